/**
 * Sentence segmentation: Intl.Segmenter proposes boundaries block by block, then one linear pass
 * keeps or drops each proposed boundary by looking at the word before it and the word after it.
 */

import { abbreviationsFor, type AbbreviationKind, type AbbreviationTable } from './abbreviations';
import { splitBlocks } from './blocks';
import {
	hasWordChar,
	isLowerAt,
	isSpaceAt,
	isUpperAt,
	isWordCharAt,
	skipSpaces,
	trimEnd
} from './text';

/** A sentence as offsets into the segmented text; `text === input.slice(start, end)`, trimmed. */
export interface Sentence {
	start: number;
	end: number;
	text: string;
}

/** Intl.Segmenter slows down with string length on Node 20, so it only sees windows this long. */
const segmenterWindow = 2048;
/** The word before a period is looked at through at most this many characters. */
const maxTokenLength = 48;

const terminators = new Set(['.', '?', '!', '‽', '…']);
const closers = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}']);
/** Opening brackets and quotes that never end a sentence (straight quotes are ambiguous). */
const leadingOpeners = new Set([
	'(',
	'[',
	'{',
	'“',
	'‘',
	'«',
	'（',
	'「',
	'『',
	'【',
	'〔',
	'《',
	'〈',
	'［'
]);
const openers = new Set(['"', "'", '“', '‘', '«', '‹', '(', '[', '{', '¿', '¡']);
const singleLetter = /^\p{Lu}$/u;
const dottedInitialism = /^\p{L}{1,2}(?:\.\p{L}{1,2})+$/u;
const listMarker = /^(?:\d{1,3}|[A-Za-z]|i{1,3}|iv|vi{0,3}|ix|x|I{1,3}|IV|VI{0,3}|IX|X)[.)]$/;
const nextWordPattern = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/uy;
const numberStart = /[\p{N}#$€£¥]/u;
const romanNumeral = /^[IVXLC]+$/;

const missedBoundary = /…\s+(?=["“‘(]?\p{Lu})|(?<!\.)\.\s+(?=[\p{N}$€£¥]|\p{Ll}{1,2}\p{Lu}\p{L})/gu;
const camelCaseWord = /\p{Ll}{1,2}\p{Lu}\p{L}/uy;

const segmenters = new Map<string, Intl.Segmenter>();
const attributionPatterns = new WeakMap<AbbreviationTable, RegExp>();

/** Splits `text` into trimmed sentences with offsets; `lang` is a BCP 47 tag (default English). */
export function segmentSentences(text: string, lang = 'en'): Sentence[] {
	const table = abbreviationsFor(lang);
	const segmenter = segmenterFor(lang);
	const sentences: Sentence[] = [];
	for (const block of splitBlocks(text)) {
		let source = text.slice(block.start, block.end);
		if (block.hasSoftBreaks) source = source.replace(/[\n\r\v\f\u2028\u2029]/g, ' ');
		const cuts = withMissedBoundaries(source, proposedBoundaries(segmenter, source));
		correctBoundaries(source, cuts, table, (from, to) => {
			const start = skipSpaces(source, from, to);
			const end = trimEnd(source, start, to);
			if (end > start) {
				sentences.push({
					start: block.start + start,
					end: block.start + end,
					text: text.slice(block.start + start, block.start + end)
				});
			}
		});
	}
	return sentences;
}

function segmenterFor(lang: string): Intl.Segmenter {
	let segmenter = segmenters.get(lang);
	if (!segmenter) {
		try {
			segmenter = new Intl.Segmenter(lang || undefined, { granularity: 'sentence' });
		} catch {
			segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
		}
		segmenters.set(lang, segmenter);
	}
	return segmenter;
}

/**
 * Intl.Segmenter's boundaries inside `source` (excluding 0 and the end), found window by window.
 * A window's last boundary may depend on text past the window, so it is dropped and the next
 * window starts at the boundary before it; a window with fewer than two boundaries grows.
 */
function proposedBoundaries(segmenter: Intl.Segmenter, source: string): number[] {
	const cuts: number[] = [];
	let from = 0;
	let size = segmenterWindow;
	while (from < source.length) {
		const to = Math.min(source.length, from + size);
		const windowCuts: number[] = [];
		for (const segment of segmenter.segment(source.slice(from, to))) {
			if (segment.index > 0) windowCuts.push(from + segment.index);
		}
		if (to === source.length) {
			for (const cut of windowCuts) cuts.push(cut);
			break;
		}
		if (windowCuts.length < 2) {
			size *= 2;
			continue;
		}
		windowCuts.pop();
		for (const cut of windowCuts) cuts.push(cut);
		from = windowCuts[windowCuts.length - 1] as number;
		size = segmenterWindow;
	}
	return cuts;
}

/**
 * Adds the candidates Intl.Segmenter never proposes, in order: an ellipsis character before a
 * capital ("We waited… The end"), a full stop before a number ("in 2019. 2020 was") or before a
 * lower-case brand name ("sales fell. iPhone demand").
 */
function withMissedBoundaries(source: string, cuts: number[]): number[] {
	missedBoundary.lastIndex = 0;
	let match = missedBoundary.exec(source);
	if (!match) return cuts;
	const merged: number[] = [];
	let k = 0;
	for (; match; match = missedBoundary.exec(source)) {
		const cut = match.index + match[0].length;
		while (k < cuts.length && (cuts[k] as number) < cut) merged.push(cuts[k++] as number);
		if (cuts[k] !== cut) merged.push(cut);
	}
	while (k < cuts.length) merged.push(cuts[k++] as number);
	return merged;
}

/** Walks the proposed cuts once, calling `emit` for each sentence range that survives. */
function correctBoundaries(
	source: string,
	cuts: readonly number[],
	table: AbbreviationTable,
	emit: (from: number, to: number) => void
): void {
	let groupStart = 0;
	let groupHasWord = hasWordChar(source, 0, cuts[0] ?? source.length);
	for (let k = 0; k < cuts.length; k++) {
		const cut = cuts[k] as number;
		const nextEnd = cuts[k + 1] ?? source.length;
		const nextHasWord = hasWordChar(source, cut, nextEnd);
		const keep =
			groupHasWord &&
			nextHasWord &&
			!isListMarker(source, groupStart, cut) &&
			isSentenceBoundary(source, groupStart, cut, table);
		if (keep) {
			const boundary = beforeOpeners(source, groupStart, cut);
			emit(groupStart, boundary);
			groupStart = boundary;
			groupHasWord = nextHasWord;
		} else {
			groupHasWord ||= nextHasWord;
		}
	}
	emit(groupStart, source.length);
}

/** Moves a boundary that Intl placed after opening brackets ("。（あいつ") to before them. */
function beforeOpeners(source: string, from: number, cut: number): number {
	let boundary = cut;
	while (boundary > from && leadingOpeners.has(source[boundary - 1] as string)) boundary--;
	return boundary > from ? boundary : cut;
}

/** True when the text so far is only a list marker such as "1." or "(a)". */
function isListMarker(source: string, from: number, to: number): boolean {
	const start = skipSpaces(source, from, to);
	const end = trimEnd(source, start, to);
	return end - start <= 6 && listMarker.test(source.slice(start, end));
}

/** What precedes a proposed boundary: terminal punctuation, closing quotes and the word before. */
interface Ending {
	/** Terminal punctuation run, e.g. ".", "?!", "...", ". . .". */
	terminal: string;
	/** Number of closing quotes/brackets after the terminal punctuation. */
	closers: number;
	/** The word before the terminal punctuation, without opening quotes or brackets. */
	word: string;
}

function readEnding(source: string, from: number, cut: number): Ending {
	let i = trimEnd(source, from, cut);
	const closersEnd = i;
	while (i > from && closers.has(source[i - 1] as string)) i--;
	const closerCount = closersEnd - i;
	const terminalEnd = i;
	while (i > from) {
		const ch = source[i - 1] as string;
		if (terminators.has(ch)) i--;
		else if (ch === ' ' && source[i - 2] === '.' && source[i] === '.') i--;
		else break;
	}
	const terminal = source.slice(i, terminalEnd);
	const wordEnd = i;
	const limit = Math.max(from, wordEnd - maxTokenLength);
	while (i > limit && !isSpaceAt(source, i - 1)) i--;
	while (i < wordEnd && openers.has(source[i] as string)) i++;
	return { terminal, closers: closerCount, word: source.slice(i, wordEnd) };
}

/** Decides whether Intl.Segmenter's boundary at `cut` really ends the sentence begun at `from`. */
function isSentenceBoundary(
	source: string,
	from: number,
	cut: number,
	table: AbbreviationTable
): boolean {
	// "example.com/Page", "Yahoo!Finance", "plasma.[81]": Intl broke inside a token. (Not after
	// CJK punctuation, where sentences follow each other without a space.)
	if (
		source.charCodeAt(cut - 1) < 128 &&
		!isSpaceAt(source, cut - 1) &&
		isWordCharAt(source, cut)
	) {
		return false;
	}
	let next = cut;
	while (next < source.length && openers.has(source[next] as string)) next++;
	const opensQuote = next > cut;
	if (isLowerAt(source, next) && !startsWithCamelCase(source, next)) return false;

	const ending = readEnding(source, from, cut);
	const { terminal, word } = ending;
	if (terminal === '') return true;

	if (terminal.includes('?') || terminal.includes('!') || terminal.includes('‽')) {
		if (ending.closers > 0 && attributionFollows(source, cut, table)) return false;
		const name = word.toLowerCase();
		if (table.exclamatoryNames.has(name)) return startsSentence(source, next, opensQuote, table);
		return true;
	}
	// Ellipses, quoted and bracketed full stops keep Intl.Segmenter's boundary.
	if (terminal !== '.' || ending.closers > 0 || word === '') return true;

	const kind = singleLetter.test(word) ? 'initial' : abbreviationKind(word, table);
	// "at 8:51 p.m. (1451 GMT)": a bracket after an abbreviation continues the sentence.
	if (kind && (source[cut] === '(' || source[cut] === '[')) return false;
	switch (kind) {
		case 'initial':
		case 'title':
		case 'initialism':
			return startsSentence(source, next, opensQuote, table);
		case 'inline':
			return false;
		case 'numeric':
			return !startsNumber(source, next);
		case 'time':
			return !table.timeFollowers.has(nextWord(source, next).toLowerCase());
		default:
			return true;
	}
}

/** How `word` (the text before a full stop) behaves as an abbreviation, if it is one. */
function abbreviationKind(word: string, table: AbbreviationTable): AbbreviationKind | undefined {
	const kind = table.kinds.get(word.toLowerCase());
	// "EST" (the time zone) is not "est." (estimated), nor "NO" the abbreviation "No.".
	if (kind === 'inline' || kind === 'numeric' || kind === 'time') {
		if (word.length > 1 && word === word.toUpperCase() && !word.includes('.')) return undefined;
	}
	if (kind) return kind;
	return dottedInitialism.test(word) && isUpperAt(word, 0) ? 'initialism' : undefined;
}

/** True for brand names that start a sentence in lower case: iPhone, eBay, iOS. */
function startsWithCamelCase(source: string, index: number): boolean {
	camelCaseWord.lastIndex = index;
	return camelCaseWord.test(source);
}

/** The word (letters, digits, one apostrophe) starting at `index`, or "". */
function nextWord(source: string, index: number): string {
	nextWordPattern.lastIndex = index;
	return nextWordPattern.exec(source)?.[0] ?? '';
}

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
	if (source[index + word.length] === '.' && word.length === 1) return false;
	const lower = word.toLowerCase().replace('’', "'");
	if (table.sentenceStarters.has(lower)) return true;
	const apostrophe = lower.indexOf("'");
	return apostrophe > 0 && table.sentenceStarters.has(lower.slice(0, apostrophe));
}

function startsNumber(source: string, index: number): boolean {
	if (numberStart.test(source[index] ?? '')) return true;
	const word = nextWord(source, index);
	return word.length <= 4 && romanNumeral.test(word);
}

/** True for `"Why?" Smith asked` / `"Go!" Sen. Jane Doe shouted`: the quote's attribution follows. */
function attributionFollows(source: string, cut: number, table: AbbreviationTable): boolean {
	if (table.speechVerbs.size === 0) return false;
	let pattern = attributionPatterns.get(table);
	if (!pattern) {
		const verbs = [...table.speechVerbs].join('|');
		pattern = new RegExp(`(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,4}(?:${verbs})\\b`, 'uy');
		attributionPatterns.set(table, pattern);
	}
	pattern.lastIndex = cut;
	return pattern.test(source);
}
