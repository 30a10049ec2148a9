/**
 * The correction rules: whether a boundary proposed by Intl.Segmenter really ends a sentence,
 * decided from the word before it and the word after it only (constant work per boundary).
 */

import type { AbbreviationKind, AbbreviationTable } from './abbreviations';
import {
	isLowerAt,
	isSpaceCode,
	isUpperAt,
	isWordCharAt,
	Punctuation,
	punctuationClass,
	skipSpaces,
	trimEnd
} from './text';

/** The word before a full stop is looked at through at most this many characters. */
const maxTokenLength = 48;

const fullStop = 46;
const space = 32;
const { terminator, exclamation, closer, opener, leadingOpener } = Punctuation;
const is = (code: number, flag: number) => (punctuationClass(code) & flag) !== 0;
/** True when a dash or an ellipsis ends the text before `end`, leaving a quotation unfinished. */
function trailsOff(source: string, end: number): boolean {
	const code = source.charCodeAt(end - 1);
	if (code === 0x2014 || code === 0x2013 || code === 0x2026) return true;
	return code === fullStop && source.startsWith('...', end - 3);
}
/** A sentence so far that is only a phrase of time before an era ("In 44 ", "By about 300 "). */
const timePhraseBefore =
	/^\W*(?:in|by|around|about|from|after|before|until|since|circa|c\.|ca\.|during|between)\s+(?:\S+\s+){0,2}\d[\d,]*\s*$/i;
/** An ordinary lower-case word with a vowel, three letters or more ("cycle", "mine's"). */
const lowerCaseWord = /^(?=.*[aeiouy])[a-z][a-z'’]{2,}$/;
/** The Japanese particles that attribute a quotation just closed (「…」と言った, 「…」って). */
const quotativeParticle = /^(?:と|って)/;
/** A supplement's or appendix's label ("S2", "A12"). */
const numberedLabel = /^[A-Z]\d{1,3}[a-z]?$/;
/** A city's quadrant after a street ("Ave. NW"). */
const cityQuadrant = /^(?:NW|NE|SW|SE)$/;
/** A German street name abbreviated ("Hauptstr"). */
const compoundStreet = /\p{Ll}str$/u;
/** A capitalised word and the space after it, at the end of the text before an initial. */
const capitalisedWordBefore = /(?:^|\s)\p{Lu}\p{Ll}+\s+$/u;
const dottedInitialism = /^\p{L}{1,2}(?:\.\p{L}{1,2})+$/u;
const listMarker = /^(?:\d{1,3}|[A-Za-z]|i{1,3}|iv|vi{0,3}|ix|x|I{1,3}|IV|VI{0,3}|IX|X)[.)]$/;
const camelCaseWord = /\p{Ll}{1,2}\p{Lu}\p{L}/uy;
const numberStart = /[\p{N}#$€£¥]/u;
const romanNumeral = /^[IVXLC]{1,4}$/;
/** A number that may be a list item's or an ordinal's ("1. Finland", "am 3. Oktober"). */
const smallNumber = /^\d{1,3}$/;
/** One letter, or a doubled one as in the Spanish plurals "EE. UU." and "FF. AA.". */
const spacedAbbreviationPart = /^(\p{L})\1?$/u;
const nextSpacedAbbreviationPart = /(\p{L})\1?\./uy;
/** "(b) ", "(iv) ", "(2) " after a full stop: the next item of a list written inline. */
const letteredItem = /\((?:[a-z]|[ivx]{1,4}|\d{1,3})\)\s/y;
/** An abbreviated word in a reference: "Biol", "Chem", "Ct" (not "U.S" or "Washington"). */
const shortCapitalised = /^\p{Lu}\p{Ll}{1,5}$/u;
const shortAbbreviation = /^\p{Lu}\p{Ll}{0,5}$/u;
/** The next abbreviated word ("Chem.") or dotted initialism ("U.S.A.") after a cut. */
const nextAbbreviatedWord = /(\p{Lu}\p{Ll}{1,5})\.|(?:\p{Lu}\.){2,}/uy;
/** How far after a cut a bracket may close ("1997)"), and how far back it may have opened. */
const bracketTailReach = 24;
const maxBracketReach = 200;
/** How far an inline list ("1. Finland 2. Norway") looks for its previous or next number. */
const inlineListReach = 160;

const attributionPatterns = new WeakMap<AbbreviationTable, RegExp>();
const lowerCaseAttributionPatterns = new WeakMap<AbbreviationTable, RegExp>();
const introductionPatterns = new WeakMap<AbbreviationTable, RegExp>();
const hasLetter = /\p{L}/u;

/** Decides whether Intl.Segmenter's boundary at `cut` really ends the sentence begun at `from`. */
export function isSentenceBoundary(
	source: string,
	from: number,
	cut: number,
	table: AbbreviationTable
): boolean {
	// "example.com/Page", "Yahoo!Finance", "plasma.[81]": Intl broke inside a token, unless a
	// space was left out after a sentence ("ended.Next"). (Not after CJK punctuation, where
	// sentences follow each other without a space.)
	const before = source.charCodeAt(cut - 1);
	// 「本当に？」と彼女は聞き返した: a Japanese quotation and the particle that attributes it.
	if (
		(before === 0x300d || before === 0x300f) &&
		quotativeParticle.test(source.slice(cut, cut + 2))
	)
		return false;
	if (before < 128 && !isSpaceCode(before) && isWordCharAt(source, cut)) {
		return lacksSpaceAfterSentence(source, from, cut, table);
	}

	let next = cut;
	while (is(source.charCodeAt(next), opener)) next++;
	const opensQuote = next > cut;
	// "Why?" she asked. / He paused... and left. (But "sales fell. iPhone demand", "Date.
	// (b) The Seller" and "What a day! we won" are boundaries.)
	if (
		isLowerAt(source, next) &&
		!startsWithCamelCase(source, next) &&
		!startsLetteredItem(source, cut)
	) {
		return (
			!opensQuote &&
			(exclaimsBeforeLowerCase(source, from, cut, table) ||
				opensLowerCaseSentence(source, from, cut, next, table))
		);
	}

	if (closesBracketAfterNumber(source, from, cut)) return false;
	if (citationFollows(source, from, cut)) return false;

	// Read back from the cut: closing quotes/brackets, terminal punctuation, the word before it.
	let i = trimEnd(source, from, cut);
	const closersEnd = i;
	while (i > from && is(source.charCodeAt(i - 1), closer)) i--;
	const closerCount = closersEnd - i;
	const terminalEnd = i;
	// '"But what if—" Smith said', '"I said..." John whispered': an interrupted or trailing
	// quotation's attribution goes on.
	if (closerCount > 0 && trailsOff(source, i) && attributionFollows(source, cut, table))
		return false;
	let exclaims = false;
	while (i > from) {
		const code = source.charCodeAt(i - 1);
		if (is(code, terminator)) {
			exclaims ||= is(code, exclamation);
			i--;
		} else if (
			code === space &&
			source.charCodeAt(i - 2) === fullStop &&
			source.charCodeAt(i) === fullStop
		) {
			i--; // ". . ." (a spaced ellipsis)
		} else {
			break;
		}
	}
	const terminalLength = terminalEnd - i;
	// No terminal punctuation we know: Intl broke after CJK or other script punctuation ("。").
	if (terminalLength === 0) return true;
	const wordStart = startOfWordBefore(source, from, i);
	// "I… I don't know", "W-we... We should": a stammer goes on.
	const ellipsis = source.charCodeAt(i) === 0x2026 || terminalLength >= 3;
	if (!exclaims && ellipsis && stammers(source, wordStart, i, next)) return false;

	if (exclaims) {
		if (
			closerCount > 0 &&
			attributionFollows(source, cut, table) &&
			!quotationIntroduced(source, from, i, table)
		)
			return false;
		const word = source.slice(wordStart, i).toLowerCase();
		if (table.exclamatoryNames.has(word)) return startsSentence(source, next, opensQuote, table);
		if (table.exclamatoryWords.has(word)) return opensQuote || !lowerCaseAt(source, next);
		return true;
	}
	// Ellipses, quoted and bracketed full stops keep Intl.Segmenter's boundary, but for a short
	// abbreviation alone in brackets before a name ("Gen. (Ret.) Paul Eaton").
	const single = terminalLength === 1 && source.charCodeAt(i) === fullStop;
	if (single && closerCount === 1 && bracketsAbbreviation(source, wordStart, i, closersEnd))
		return startsSentence(source, next, opensQuote, table);
	if (!single || closerCount > 0 || wordStart === i) return true;
	// Most sentences end in a word longer than any abbreviation: decide without slicing it.
	if (i - wordStart > table.longestKey && !includesFullStop(source, wordStart, i)) return true;

	const word = source.slice(wordStart, i);
	if (smallNumber.test(word))
		return numberEndsSentence(source, word, wordStart, cut, next, opensQuote, table);
	// "z. B. Äpfel", "EE. UU. crecieron": a spaced abbreviation goes on.
	if (spacedAbbreviationPart.test(word) && continuesSpacedAbbreviation(source, next)) return false;
	const kind = isInitial(word) ? 'initial' : abbreviationKind(word, table);
	// "1600 Pennsylvania Ave. NW": a city's quadrant after a street goes on.
	if (cityQuadrant.test(nextWord(source, next)) && isUpperAt(word, 0)) return false;
	if (kind === undefined)
		return !continuesAbbreviationRun(source, from, wordStart, word, next, table);
	// "at 8:51 p.m. (1451 GMT)": a bracket after an abbreviation continues the sentence, unless
	// it opens with a sentence starter ("moved to the U.S. (He was 12.)").
	const after = source.charCodeAt(cut);
	if (after === 40 || after === 91) {
		return kind !== 'inline' && startsSentence(source, cut + 1, false, table);
	}
	// In an all-caps headline ("5 P.M. SHARP", "BOSTON, MASS. POLICE SAY") only a sentence
	// starter ends an abbreviation's sentence.
	if (kind !== 'numeric' && kind !== 'inline' && isAllCapsWordAt(source, next)) {
		return startsSentence(source, next, opensQuote, table);
	}
	/** The word as the tables hold it. */
	const key = word.toLowerCase();
	switch (kind) {
		case 'initial': {
			// "rich in vitamin C. Oranges": a letter naming a thing, not a person, ends there.
			const before = previousWord(source, from, wordStart);
			if (table.letterDesignators.has(before)) return true;
			// "Theresa M. May": after a first name and a middle initial, a surname.
			if (
				capitalisedWordBefore.test(
					source.slice(Math.max(from, wordStart - maxTokenLength), wordStart)
				) &&
				!table.sentenceStarters.has(before) &&
				table.surnameStarters.has(nextWord(source, next).toLowerCase())
			)
				return false;
			return startsSentence(source, next, opensQuote, table);
		}
		case 'honorific':
			if (!namesStreet(source, from, wordStart, word, table)) return false;
			return startsSentence(source, next, opensQuote, table);
		case 'title':
			// "at 2,000 ft. Nights are cool": after a number, a unit ("6 ft. 2 in." goes on).
			if (table.unitsAfterNumbers.has(key) && numberBefore(source, from, wordStart))
				return !startsNumber(source, next);
			// "Funeral Home, 12 Elm St. Condolences …": an address's street ends there.
			if (key === 'st' && addressBefore.test(source.slice(from, wordStart))) return true;
			return startsSentence(source, next, opensQuote, table);
		case 'initialism':
			// "was killed in 44 B.C. Octavius", but "In 44 B.C. Caesar died".
			if (table.eras.has(key) && numberBefore(source, from, wordStart))
				return !timePhraseBefore.test(source.slice(from, wordStart));
			return (
				startsSentence(source, next, opensQuote, table) ||
				(table.nationInitialisms.has(key) && opensNewSubject(source, next, table))
			);
		case 'inline':
			return false;
		case 'numeric':
			// "Fri. Apr. 12", "Ref. No. 45": another such abbreviation before the number goes on.
			// "Fig. S2", "Table A3": a supplement's or appendix's label goes on as a number does.
			return (
				!startsNumber(source, next) &&
				!numericAbbreviationAt(source, next, table) &&
				!numberedLabel.test(nextWord(source, next))
			);
		case 'time':
			return !table.timeFollowers.has(nextWord(source, next).toLowerCase());
		case 'company': {
			// "Co-founder", "Co. Ltd.", "Warner Bros. Discovery": a job title, another suffix, or a
			// name after "Bros." goes on.
			const following = hyphenatedWord(source, next).toLowerCase();
			if (table.kinds.get(following) === 'company') return false;
			// "Co. Kerry" is County Kerry; "Co. B" a company of soldiers (not "Co. A spokesman").
			if (
				key === 'co' &&
				(table.counties.has(following) ||
					(following.length === 1 &&
						isUpperAt(source, next) &&
						source.charCodeAt(next + 1) !== fullStop &&
						!table.sentenceStarters.has(following)))
			)
				return false;
			if (key === 'bros') return startsSentence(source, next, opensQuote, table);
			return !table.jobTitles.has(following);
		}
		case 'suffix':
			return !table.nameSuffixFollowers.has(nextWord(source, next).toLowerCase());
		case 'place':
			if (opensDateline(source, from, wordStart, cut)) return false;
			// "in Albany, N.Y. Officials said" and "Dover, Del. Police" close a place; "the D.C.
			// Circuit", "Mass. General Hospital" and "Del. Eleanor Holmes Norton" (a delegate)
			// name a thing or a person. ("each mo. Late fees": in lower case, not a place.)
			if (!isUpperAt(word, 0) || source.slice(from, wordStart).trimEnd().endsWith(',')) return true;
			return startsSentence(source, next, opensQuote, table);
	}
}

/**
 * For a space left out after a sentence ("ended.Next", "reading!See"): true when a lower-case
 * word (any word before ! or ?) ends in the punctuation and a plain capitalised word follows, so
 * not a file name, URL, abbreviation or a name such as "Yahoo!".
 */
function lacksSpaceAfterSentence(
	source: string,
	from: number,
	cut: number,
	table: AbbreviationTable
): boolean {
	const terminal = source.charCodeAt(cut - 1);
	const isFullStop = terminal === fullStop;
	if (!isFullStop && !is(terminal, exclamation)) return false;
	let start = cut - 1;
	const limit = Math.max(from, start - maxTokenLength);
	// A lower-case word, or a number such as a year ("in 2019.The"); any word before ! or ?.
	const isDigit = (code: number) => code >= 48 && code <= 57;
	const digits = isDigit(source.charCodeAt(start - 1));
	while (
		start > limit &&
		(digits
			? isDigit(source.charCodeAt(start - 1))
			: isLowerAt(source, start - 1) || (!isFullStop && isUpperAt(source, start - 1)))
	) {
		start--;
	}
	if (cut - 1 - start < 2) return false;
	const previous = source.charCodeAt(start - 1);
	if (start > from && !isSpaceCode(previous) && !is(previous, opener)) return false;
	const word = source.slice(start, cut - 1).toLowerCase();
	if (isFullStop ? table.kinds.has(word) : table.exclamatoryNames.has(word)) return false;
	if (!isUpperAt(source, cut) || !isLowerAt(source, cut + 1)) return false;
	let end = cut + 2;
	while (isLowerAt(source, end)) end++;
	const after = source.charCodeAt(end);
	if (Number.isNaN(after) || isSpaceCode(after)) return true;
	if (after === fullStop) {
		const afterStop = source.charCodeAt(end + 1);
		return Number.isNaN(afterStop) || isSpaceCode(afterStop);
	}
	return after === 44 || after === 59 || after === 58 || is(after, exclamation);
}

/**
 * Whether a full stop after a small number ends the sentence: not inside an inline numbered list
 * ("were 1. Finland 2. Norway 3. Denmark"), nor, in languages that write ordinals so, before the
 * noun it counts ("am 3. Oktober"), unless a sentence starter follows.
 */
function numberEndsSentence(
	source: string,
	word: string,
	wordStart: number,
	cut: number,
	next: number,
	opensQuote: boolean,
	table: AbbreviationTable
): boolean {
	const number = Number(word);
	if (inlineListGoesOn(source, wordStart, cut, number)) return false;
	if (table.ordinalNumbers) return startsSentence(source, next, opensQuote, table);
	return true;
}

/**
 * For a lower-case word after the cut: true when a bare "?" or "!" (no closing quote) ends a
 * word before it and no attribution follows ("Was it a dream? she wondered" goes on, and so do
 * "Yahoo! shares" and "5! is"). Only for languages whose verbs of speech are listed.
 */
function exclaimsBeforeLowerCase(
	source: string,
	from: number,
	cut: number,
	table: AbbreviationTable
): boolean {
	if (table.speechVerbs.size === 0) return false;
	const end = trimEnd(source, from, cut);
	if (!is(source.charCodeAt(end - 1), exclamation)) return false;
	let wordEnd = end - 1;
	while (wordEnd > from && is(source.charCodeAt(wordEnd - 1), terminator)) wordEnd--;
	let wordStart = wordEnd;
	while (wordStart > from && isWordCharAt(source, wordStart - 1)) wordStart--;
	const word = source.slice(wordStart, wordEnd);
	const lower = word.toLowerCase();
	if (
		!hasLetter.test(word) ||
		table.exclamatoryNames.has(lower) ||
		table.exclamatoryWords.has(lower) ||
		endsTitleInProse(source, from, wordEnd)
	)
		return false;
	return !lowerCaseAttributionFollows(source, cut, table);
}

/** Lower-case words that stay so inside a title ("Who Killed the Electric Car?"). */
const titleSmallWords = new Set(
	'a an and as at but by for from in into nor of on or the to with'.split(' ')
);

/**
 * True for "the 1988 film Who Framed Roger Rabbit? grossed": the word before the question or
 * exclamation mark closes a run of three or more capitalised words (small words allowed) that
 * follows a lower-case word of the same sentence — a title, not a question the writer asks.
 */
function endsTitleInProse(source: string, from: number, wordEnd: number): boolean {
	let capitalised = 0;
	let end = wordEnd;
	while (end > from) {
		let start = end;
		while (start > from && !isSpaceCode(source.charCodeAt(start - 1))) start--;
		const word = source.slice(start, end);
		if (isUpperAt(word, 0)) capitalised++;
		else if (!titleSmallWords.has(word)) return capitalised >= 3 && isLowerAt(word, 0);
		end = start;
		while (end > from && isSpaceCode(source.charCodeAt(end - 1))) end--;
	}
	return false;
}

/**
 * True for "mine's a bosch. it beeps": text written without capitals, where a full stop ends an
 * ordinary lower-case word (not an abbreviation such as "approx." or "etc.") and a word that
 * opens sentences follows.
 */
function opensLowerCaseSentence(
	source: string,
	from: number,
	cut: number,
	next: number,
	table: AbbreviationTable
): boolean {
	if (table.lowerCaseOpeners.size === 0) return false;
	const end = trimEnd(source, from, cut);
	if (source.charCodeAt(end - 1) !== fullStop || source.charCodeAt(end - 2) === fullStop)
		return false;
	const word = source.slice(startOfWordBefore(source, from, end - 1), end - 1);
	if (!lowerCaseWord.test(word) || table.kinds.has(word)) return false;
	return table.lowerCaseOpeners.has(nextWord(source, next).replace('’', "'"));
}

/** True for "she wondered" / "asked the boy" at `cut`. */
function lowerCaseAttributionFollows(
	source: string,
	cut: number,
	table: AbbreviationTable
): boolean {
	let pattern = lowerCaseAttributionPatterns.get(table);
	if (!pattern) {
		const verbs = speechVerbAlternatives(table);
		pattern = new RegExp(
			`(?:(?:he|she|they|i|we|you|it|someone|somebody|everyone|nobody)\\s+)?(?:${verbs})\\b`,
			'y'
		);
		lowerCaseAttributionPatterns.set(table, pattern);
	}
	pattern.lastIndex = cut;
	return pattern.test(source);
}

/**
 * True when `number` is an item of an inline list: 1 with " 2. " after it, or a later number whose
 * list began with "1. " within reach ("was 2. Then it rose to 3." is no list), all within reach.
 */
function inlineListGoesOn(source: string, wordStart: number, cut: number, number: number): boolean {
	if (number === 1) return source.slice(cut - 1, cut + inlineListReach).includes(' 2. ');
	return (
		listItemBefore(source, wordStart, number - 1, inlineListReach) &&
		listItemBefore(source, wordStart, 1, inlineListReach * (number - 1))
	);
}

/** True when "n. " (after a space or at the start) ends within `reach` before `index`. */
function listItemBefore(source: string, index: number, number: number, reach: number): boolean {
	const item = `${number}. `;
	const windowStart = Math.max(0, index - reach);
	// A bounded search: lastIndexOf on the whole text would scan back to its start.
	const found = source.slice(windowStart, index).lastIndexOf(item);
	if (found < 0) return false;
	const at = windowStart + found;
	return at === 0 || isSpaceCode(source.charCodeAt(at - 1));
}

/** True when the text at `index` is the next part of a spaced abbreviation ("B." in "z. B."). */
function continuesSpacedAbbreviation(source: string, index: number): boolean {
	nextSpacedAbbreviationPart.lastIndex = index;
	if (!nextSpacedAbbreviationPart.test(source)) return false;
	const after = source.charCodeAt(nextSpacedAbbreviationPart.lastIndex);
	return Number.isNaN(after) || isSpaceCode(after) || after === 44;
}

/** True when a list item such as "(b) " starts at `index`. */
function startsLetteredItem(source: string, index: number): boolean {
	if (source.charCodeAt(index) !== 40) return false;
	letteredItem.lastIndex = index;
	return letteredItem.test(source);
}

/** Where the word ending at `end` starts (after the last space or dash and any opening quotes). */
function startOfWordBefore(source: string, from: number, end: number): number {
	let i = end;
	const limit = Math.max(from, end - maxTokenLength);
	while (
		i > limit &&
		!isSpaceCode(source.charCodeAt(i - 1)) &&
		!isDashCode(source.charCodeAt(i - 1))
	)
		i--;
	while (i < end && is(source.charCodeAt(i), opener)) i++;
	return i;
}

/** An en or em dash, which often joins words without spaces ("The bill—H.R. 1—passed"). */
const isDashCode = (code: number) => code === 0x2013 || code === 0x2014;

function includesFullStop(source: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (source.charCodeAt(i) === fullStop) return true;
	return false;
}

/** A single capital letter, as in "John F. Kennedy". */
function isInitial(word: string): boolean {
	return (
		(word.length === 1 || (word.length === 2 && word.codePointAt(0)! > 0xffff)) &&
		isUpperAt(word, 0)
	);
}

/** True when a word such as "No." or "Apr." that stands before a number is at `index`. */
function numericAbbreviationAt(source: string, index: number, table: AbbreviationTable): boolean {
	const word = nextWord(source, index);
	return (
		source.charCodeAt(index + word.length) === fullStop &&
		abbreviationKind(word, table) === 'numeric'
	);
}

/**
 * An elided article or preposition before a word ("l'on.", "dell'avv."); not a possessive or a
 * contraction ("Jim's.", "don't."), which leaves one letter.
 */
const elision = /^\p{L}{1,5}['\u2019](?=\p{L}{2})/u;

/** True for "(Ret.)": brackets holding only a word of at most four letters and its full stop. */
function bracketsAbbreviation(
	source: string,
	wordStart: number,
	stop: number,
	closersEnd: number
): boolean {
	return (
		source.charCodeAt(wordStart - 1) === 40 &&
		source.charCodeAt(closersEnd - 1) === 41 &&
		stop - wordStart <= 4 &&
		/^\p{L}+$/u.test(source.slice(wordStart, stop))
	);
}

/** A house number and a street's capitalised name before "St." ("12 Elm", "221B Baker Street"). */
const addressBefore = /(?:^|\s)\d{1,5}[A-Za-z]?\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}$/u;

/** A prefix before a title ("Ex-Gov.", "ex-Sen."). */
const titlePrefix = /^(?:ex|former)-/i;

/** How `word` (the text before a full stop) behaves as an abbreviation, if it is one. */
function abbreviationKind(word: string, table: AbbreviationTable): AbbreviationKind | undefined {
	if (word.includes("'") || word.includes('\u2019')) word = word.replace(elision, '');
	if (word.includes('-') && titlePrefix.test(word)) {
		const kind = table.kinds.get(word.replace(titlePrefix, '').toLowerCase());
		return kind === 'title' || kind === 'honorific' ? kind : undefined;
	}
	// "Lt-Gen.", "Maj-Gen.": titles joined by a hyphen.
	if (
		word.includes('-') &&
		word.split('-').every((part) => table.kinds.get(part.toLowerCase()) === 'title')
	)
		return 'title';
	if (word.length > table.longestKey && !word.includes('.')) return undefined;
	const kind = table.kinds.get(word.toLowerCase());
	// "EST" (the time zone) is not "est." (estimated), nor "NO" the abbreviation "No.".
	if (kind === 'inline' || kind === 'numeric' || kind === 'time') {
		const isWord =
			word.length > 1 &&
			word === word.toUpperCase() &&
			word !== word.toLowerCase() &&
			!word.includes('.');
		if (isWord && word !== 'VS') return undefined;
	}
	if (kind) return kind;
	// "Hauptstr. 5", "Bahnhofstr. 12": a German street name, abbreviated, before its number.
	if (compoundStreet.test(word)) return 'numeric';
	return word.includes('.') && dottedInitialism.test(word) && isUpperAt(word, 0)
		? 'initialism'
		: undefined;
}

/** Moves a boundary that Intl placed after opening brackets ("。（あいつ") to before them. */
export function beforeOpeners(source: string, from: number, cut: number): number {
	let boundary = cut;
	while (boundary > from && is(source.charCodeAt(boundary - 1), leadingOpener)) boundary--;
	return boundary > from ? boundary : cut;
}

/** True when the text in `[from, to)` is only a list marker such as "1." or "a)". */
export function isListMarker(source: string, from: number, to: number): boolean {
	if (to - from > 12) return false;
	const text = source.slice(from, to).trim();
	return text.length <= 6 && listMarker.test(text);
}

/** True for brand names that start a sentence in lower case: iPhone, eBay, iOS. */
function startsWithCamelCase(source: string, index: number): boolean {
	camelCaseWord.lastIndex = index;
	return camelCaseWord.test(source);
}

/** True when the text at `index` begins with a lower-case letter. */
function lowerCaseAt(source: string, index: number): boolean {
	return lowerCaseStart.test(source.slice(index, index + 2));
}
const lowerCaseStart = /^\p{Ll}/u;

/** The word (letters, digits, one apostrophe) starting at `index`, or "". */
function nextWord(source: string, index: number): string {
	let end = index;
	while (isWordCharAt(source, end)) end++;
	const apostrophe = source.charCodeAt(end);
	if (
		(apostrophe === 39 || apostrophe === 0x2019) &&
		end > index &&
		isWordCharAt(source, end + 1)
	) {
		end++;
		while (isWordCharAt(source, end)) end++;
	}
	return source.slice(index, end);
}

/**
 * True for "in the U.S. China announced": after an initialism, a capitalised word it does not
 * qualify (as in "the U.S. Senate voted"), followed by lower-case text, is a new sentence's
 * subject. A run of capitalised words ("U.S. Central Command") goes on.
 */
function opensNewSubject(source: string, index: number, table: AbbreviationTable): boolean {
	const word = nextWord(source, index);
	if (word.length < 2 || !isUpperAt(word, 0) || !isLowerAt(word, 1)) return false;
	const key = word.toLowerCase().replace('’', "'");
	if (table.initialismFollowers.has(key) || table.initialismFollowers.has(key.replace(/'s$/, '')))
		return false;
	let after = index + word.length;
	if (source.charCodeAt(after) === 44) after++;
	if (!isSpaceCode(source.charCodeAt(after))) return false;
	while (isSpaceCode(source.charCodeAt(after))) after++;
	// "the U.S. Conference of Mayors", "U.S. Institute for Peace": a name goes on through "of".
	return isLowerAt(source, after) && !nameLinkFollowedByName.test(source.slice(after, after + 40));
}

/** "of Mayors", "for Peace", "on Foreign Relations": a lower-case link inside a capitalised name. */
const nameLinkFollowedByName = /^(?:of|for|on)\s+(?:the\s+)?\p{Lu}/u;

/** True when the text at `index` reads as the start of a new sentence after an abbreviation. */
function startsSentence(
	source: string,
	index: number,
	opensQuote: boolean,
	table: AbbreviationTable
): boolean {
	if (opensQuote) return true;
	const word = nextWord(source, index);
	if (word === '' || !isUpperAt(word, 0)) return false;
	// "W. E. B. Du Bois": a following initial continues the name.
	if (word.length === 1 && source.charCodeAt(index + 1) === fullStop) return false;
	const lower = word.toLowerCase().replace('’', "'");
	if (table.subjectNouns.has(lower) && word === word.toUpperCase()) return false;
	if (table.sentenceStarters.has(lower)) return true;
	// "Separately, …", "Globally, …": an adverb set off by a comma opens a sentence.
	if (lower.endsWith('ly') && source.charCodeAt(index + word.length) === 44) return true;
	const apostrophe = lower.indexOf("'");
	return apostrophe > 0 && table.sentenceStarters.has(lower.slice(0, apostrophe));
}

/**
 * True for "(9th Cir. 1997)": the text after the cut is a number closing a bracket that opened
 * before it, so no sentence.
 */
function closesBracketAfterNumber(source: string, from: number, cut: number): boolean {
	const first = source.charCodeAt(cut);
	if (!(first >= 48 && first <= 57)) return false;
	let i = cut + 1;
	const limit = Math.min(source.length, cut + bracketTailReach);
	while (i < limit && !isClosingBracket(source.charCodeAt(i)) && !isLetterAt(source, i)) i++;
	if (!isClosingBracket(source.charCodeAt(i))) return false;
	for (let j = cut - 1; j >= Math.max(from, cut - maxBracketReach); j--) {
		const code = source.charCodeAt(j);
		if (isClosingBracket(code)) return false;
		if (code === 40 || code === 91) return true;
	}
	return false;
}

/**
 * True for '…stairways [...]" (Smith 55).': all that follows the cut up to the sentence's end is a
 * short parenthesis without a sentence inside it, holding a number or following a quotation (a
 * citation: "(p. 12)", "(Smith 2001)"), so it belongs to the sentence before it.
 */
function citationFollows(source: string, from: number, cut: number): boolean {
	if (source.charCodeAt(cut) !== 40) return false;
	const limit = Math.min(source.length, cut + citationReach);
	let close = cut + 1;
	let hasDigit = false;
	while (close < limit && source.charCodeAt(close) !== 41) {
		const code = source.charCodeAt(close);
		if (code === 40) return false;
		hasDigit ||= code >= 48 && code <= 57;
		close++;
	}
	// A page or year, or a quotation just closed: "(It was late)." after a sentence is its own.
	if (!hasDigit && !is(source.charCodeAt(trimEnd(source, from, cut) - 1), closer)) return false;
	if (close >= limit || is(source.charCodeAt(close - 1), terminator)) return false;
	let end = close + 1;
	if (!is(source.charCodeAt(end), terminator)) return false;
	while (is(source.charCodeAt(end), terminator) || is(source.charCodeAt(end), closer)) end++;
	return end >= source.length || isSpaceCode(source.charCodeAt(end));
}
const citationReach = 60;

const isClosingBracket = (code: number) => code === 41 || code === 93;
const isLetterAt = (source: string, index: number) =>
	isLowerAt(source, index) || isUpperAt(source, index);

/**
 * True inside a run of abbreviated words in a reference ("J. Biol. Chem. 276", "Proc. Natl.
 * Acad. Sci. U.S.A.", "45 Cal. App. 4th", "129 S. Ct. 2252"): a short capitalised `word` not in
 * the table goes on when an abbreviation, initial or number precedes it and another abbreviated
 * word (not a title or sentence starter: "met Ms. Lee. Dr. Jones") or a number follows, or when
 * two abbreviated words follow. One-word sentences ("One. Two.", "Bob. Odd.") still split.
 */
function continuesAbbreviationRun(
	source: string,
	from: number,
	wordStart: number,
	word: string,
	next: number,
	table: AbbreviationTable
): boolean {
	// Without a list of sentence starters, one-word sentences ("Oui. Non. Jamais.") look alike.
	if (table.sentenceStarters.size === 0 || !shortCapitalised.test(word)) return false;
	const first = source.charCodeAt(next);
	if (first >= 48 && first <= 57) return abbreviationBefore(source, from, wordStart, table);
	const afterNext = abbreviatedWordEnd(source, next, table);
	if (afterNext < 0) return false;
	if (abbreviationBefore(source, from, wordStart, table) || numberBefore(source, from, wordStart)) {
		return true;
	}
	return abbreviatedWordEnd(source, skipSpaces(source, afterNext, source.length), table) >= 0;
}

/**
 * Where the abbreviated word ("Chem.") or dotted initialism ("U.S.A.") at `index` ends, or -1;
 * titles, dates and sentence starters in the table do not count.
 */
function abbreviatedWordEnd(source: string, index: number, table: AbbreviationTable): number {
	nextAbbreviatedWord.lastIndex = index;
	const match = nextAbbreviatedWord.exec(source);
	if (!match) return -1;
	const end = nextAbbreviatedWord.lastIndex;
	const after = source.charCodeAt(end);
	if (!Number.isNaN(after) && !isSpaceCode(after) && after !== 44) return -1;
	const key = match[1]?.toLowerCase();
	if (key === undefined) return end;
	const kind = table.kinds.get(key);
	return (kind === undefined || kind === 'initialism') && !table.sentenceStarters.has(key)
		? end
		: -1;
}

/** True when the token before `wordStart` is a number ("45" in "45 Cal. App."). */
function numberBefore(source: string, from: number, wordStart: number): boolean {
	let end = wordStart;
	while (end > from && isSpaceCode(source.charCodeAt(end - 1))) end--;
	if (end === wordStart) return false;
	const last = source.charCodeAt(end - 1);
	return last >= 48 && last <= 57;
}

/** The kinds of abbreviation that stand before a name. */
const titleKinds: ReadonlySet<AbbreviationKind | undefined> = new Set(['title', 'honorific']);

/** True when the token before `wordStart` is an abbreviation or initial ("Biol.", "S."), not a title. */
function abbreviationBefore(
	source: string,
	from: number,
	wordStart: number,
	table: AbbreviationTable
): boolean {
	let end = wordStart;
	while (end > from && isSpaceCode(source.charCodeAt(end - 1))) end--;
	if (end === wordStart || source.charCodeAt(end - 1) !== fullStop) return false;
	let start = end - 1;
	while (start > from && end - start <= 7 && isLetterAt(source, start - 1)) start--;
	const token = source.slice(start, end - 1);
	return (
		(start === from || isSpaceCode(source.charCodeAt(start - 1))) &&
		shortAbbreviation.test(token) &&
		!titleKinds.has(table.kinds.get(token.toLowerCase()))
	);
}

/**
 * The word before the one starting at `wordStart`, lower-cased ("vitamin" in "vitamin C.",
 * "terminal" in "Terminal B."), or "" when it is not a plain word.
 */
function previousWord(source: string, from: number, wordStart: number): string {
	let end = wordStart;
	while (end > from && isSpaceCode(source.charCodeAt(end - 1))) end--;
	let start = end;
	while (start > from && end - start <= maxTokenLength && isLowerAt(source, start - 1)) start--;
	if (start > from && start < end && isUpperAt(source, start - 1)) start--;
	return start > from && !isSpaceCode(source.charCodeAt(start - 1))
		? ''
		: source.slice(start, end).toLowerCase();
}

/**
 * True for "Dr." naming a street ("on Ocean Dr. Police said"): it follows a capitalised word that
 * is not a sentence starter ("Then Dr. No arrived" keeps the title).
 */
function namesStreet(
	source: string,
	from: number,
	wordStart: number,
	word: string,
	table: AbbreviationTable
): boolean {
	if (word.toLowerCase() !== 'dr') return false;
	let end = wordStart;
	while (end > from && isSpaceCode(source.charCodeAt(end - 1))) end--;
	if (end === wordStart) return false;
	let start = end;
	while (start > from && end - start <= maxTokenLength && isWordCharAt(source, start - 1)) start--;
	return (
		isUpperAt(source, start) && !table.sentenceStarters.has(source.slice(start, end).toLowerCase())
	);
}

/** The word at `index` with its hyphens dropped ("Co-founder" → "Cofounder"). */
function hyphenatedWord(source: string, index: number): string {
	return (
		/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/u.exec(source.slice(index, index + maxTokenLength))?.[0] ??
		''
	).replace(/-/g, '');
}

/**
 * True for a wire story's dateline ("PORTLAND, Ore. — A wildfire"): the sentence so far is a city
 * in capitals and a comma, and a dash follows the place.
 */
function opensDateline(source: string, from: number, wordStart: number, cut: number): boolean {
	return (
		/^[—–-]/.test(source.charAt(cut)) &&
		/^\p{Lu}[\p{Lu}\s.'’-]*,\s*$/u.test(source.slice(from, wordStart))
	);
}

/** True when the word after an ellipsis repeats the one before it (or its last part after "-"). */
function stammers(source: string, wordStart: number, wordEnd: number, next: number): boolean {
	const before = source.slice(wordStart, wordEnd);
	const repeated = before.slice(before.lastIndexOf('-') + 1).toLowerCase();
	return repeated !== '' && nextWord(source, next).toLowerCase() === repeated;
}

/** True when an all-caps word of two or more letters starts at `index` ("SHARP", "OFFICIALS"). */
function isAllCapsWordAt(source: string, index: number): boolean {
	if (!isUpperAt(source, index) || !isUpperAt(source, index + 1)) return false;
	let i = index + 2;
	while (isUpperAt(source, i)) i++;
	return !isLowerAt(source, i);
}

function startsNumber(source: string, index: number): boolean {
	if (numberStart.test(source.charAt(index))) return true;
	return romanNumeral.test(nextWord(source, index));
}

/** The verbs of speech of `table` as regex alternatives ("shot_back" is "shot back"). */
function speechVerbAlternatives(table: AbbreviationTable): string {
	return [...table.speechVerbs].map((verb) => verb.replace(/_/g, String.raw`\s+`)).join('|');
}

/**
 * True for `"Why?" Smith asked`, `"Go!" Sen. Jane Doe shouted`, `"Why?" Smith and Jones asked`,
 * `"Why?" Jones, the manager, said`, `"Safe?" Dr. Fauci was asked`, `"No!" Rivera shot back`,
 * `"Why?" I asked`: the quote's attribution follows (names, an aside between commas, an adverb, then a verb of speech).
 */
function attributionFollows(source: string, cut: number, table: AbbreviationTable): boolean {
	if (table.speechVerbs.size === 0) return false;
	let pattern = attributionPatterns.get(table);
	if (!pattern) {
		const verbs = speechVerbAlternatives(table);
		const name = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
		const adverb = String.raw`(?:\p{Ll}+ly\s+|(?:then|later|again|also|once|soon)\s+)?`;
		// A capitalised pronoun starts a new sentence ("Really?" She laughed.); names attribute, and
		// so does "I", always a capital ("Why?" I asked.), unless it says nothing ("I said nothing").
		pattern = new RegExp(
			String.raw`I\s+${adverb}(?:${verbs})\b(?!\s+(?:nothing|anything|little|no)\b)|(?!(?:He|She|They|It|We|I|You)\s)${name}(?:\s+and\s+${name})?(?:,\s[^,!?"“”\n]{1,40},)?\s+(?:(?:was|were)\s+)?${adverb}(?:${verbs})\b`,
			'uy'
		);
		attributionPatterns.set(table, pattern);
	}
	pattern.lastIndex = cut;
	return pattern.test(source);
}

/**
 * True when the quotation ending at `end` was introduced by its speaker, after a comma, a colon
 * or a verb of speech ("He asked, “Why me?”", "The crowd chanted “Go!”"): the capitalised words
 * after it start a new sentence ("Doctors said …") rather than attribute it.
 */
function quotationIntroduced(
	source: string,
	from: number,
	end: number,
	table: AbbreviationTable
): boolean {
	let open = end - 1;
	while (open > from && source[open] !== '“' && source[open] !== '"') open--;
	if (open <= from) return false;
	let pattern = introductionPatterns.get(table);
	if (!pattern) {
		pattern = new RegExp(String.raw`(?:[,:]|\b(?:${speechVerbAlternatives(table)}))\s*$`, 'u');
		introductionPatterns.set(table, pattern);
	}
	return pattern.test(source.slice(Math.max(from, open - 40), open));
}
