/**
 * Spoken text versus shown text. The voice reads a rewritten copy of the shown text (a
 * pronunciation lexicon, "&" → "and", markup and control characters removed); an offset map turns
 * the voice's word-boundary `charIndex` (an offset in the spoken text) back into a shown offset.
 */

import { bullets, footnoteSigns, superscriptDigits } from './text';

/** A regular expression stored as plain data (JSON-friendly), e.g. `{ source: '\\bNASA\\b' }`. */
export interface PatternSpec {
	source: string;
	/** RegExp flags among "i", "m", "s" ("g" and "u" are always added). */
	flags?: string;
}

/** One shown → spoken rewrite; a pronunciation-lexicon entry has exactly this shape. */
export interface SpokenReplacement {
	/** Literal text, phrase or pattern to find in the shown text. */
	find: string | RegExp | PatternSpec;
	/** Text the voice reads instead; `$&`, `$1`… refer to the match of a pattern. */
	replace: string;
	/** Match only whole words or phrases (default true). Ignored for patterns. */
	wholeWord?: boolean;
	/** Match letter case exactly (default false; for patterns, default is the pattern's own flag). */
	caseSensitive?: boolean;
}

/** The text to speak and the mapping between its offsets and the shown text's offsets. */
export interface SpokenText {
	shown: string;
	spoken: string;
	/** Maps an offset in `spoken` (e.g. a boundary event's charIndex) to an offset in `shown`. */
	toShown(spokenOffset: number): number;
	/** Maps an offset in `shown` to the matching offset in `spoken` (e.g. to resume mid-sentence). */
	toSpoken(shownOffset: number): number;
}

/** One accepted rewrite: shown[shownStart, shownEnd) is spoken as spoken[spokenStart, spokenEnd). */
interface Edit {
	shownStart: number;
	shownEnd: number;
	spokenStart: number;
	spokenEnd: number;
}

interface Match {
	start: number;
	end: number;
	replacement: string;
	priority: number;
}

interface CompiledRule {
	pattern: RegExp;
	/** For grouped literals: lookup from the (case-folded) match to its replacement. */
	literals?: Map<string, string>;
	caseSensitive: boolean;
	replace: string;
}

const wordBefore = '(?<![\\p{L}\\p{N}_])';
const wordAfter = '(?![\\p{L}\\p{N}_])';
const letterOrDigit = /[\p{L}\p{N}]/u;

/** Words for "&" per primary language; other languages keep the character. */
const ampersandWords: Record<string, string> = {
	en: 'and',
	de: 'und',
	fr: 'et',
	es: 'y',
	it: 'e',
	pt: 'e',
	nl: 'en',
	sv: 'och',
	da: 'og',
	nb: 'og',
	no: 'og'
};

/** HTML elements whose tags, left in pasted text, are markup rather than words. */
const htmlElements =
	'a|abbr|b|bdi|bdo|big|blockquote|br|center|cite|code|dd|del|dfn|div|dl|dt|em|figcaption|figure|font|h[1-6]|hr|i|img|ins|kbd|li|mark|ol|p|pre|q|s|samp|small|span|strike|strong|sub|sup|table|tbody|td|th|thead|tr|tt|u|ul|var|wbr';

/** Built-in clean-ups applied after any caller replacements, for every language. */
const builtInReplacements: SpokenReplacement[] = [
	// Stray markup: an HTML element's tag, a closing tag or a tag with attributes is silent but must
	// not glue words together ("The <b>bold</b> claim").
	{
		find: {
			source: `</?(?:${htmlElements})(?:\\s[^<>]{0,200})?/?>|</[A-Za-z][^<>]{0,200}>|<[A-Za-z][\\w-]*\\s[^<>]*=[^<>]{0,200}>`,
			flags: 'i'
		},
		replace: ' '
	},
	// Any other word in angle brackets is text the reader sees: "Press <Enter>", "<stdio.h>".
	{ find: { source: '<([A-Za-z][\\w.+/-]{0,60})>' }, replace: ' $1 ' },
	{ find: { source: '&(?:nbsp|#160);', flags: 'i' }, replace: ' ' },
	{ find: { source: '&(?:quot|apos|#3[49]|#x2[27]);', flags: 'i' }, replace: '' },
	// Control and invisible characters some voices choke on or spell out (soft hyphen, BOM, …).
	{
		find: {
			source:
				'[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF\\uFFF9-\\uFFFC]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]'
		},
		replace: ''
	},
	// Arrows such as -> and <= are read as nothing rather than "less than" / "greater than".
	{ find: { source: '<-+|-+>|=>|<=>' }, replace: ' ' },
	// A list item's bullet in pasted text ("* Collapse.") is layout, not a word ("asterisk").
	{ find: { source: `^${bullets}(?=\\s)` }, replace: '' },
	// Footnote and citation markers ("in 1832.¹", "quarter.*", "said.[4]", "Smith†") are silent;
	// a superscript after a letter or number is a power ("m²") and is read.
	{
		find: {
			source: `(?<=[.!?,;:"”’)])[${superscriptDigits}]+|(?<=[\\p{L}\\p{N}.!?,;:"”’)])(?:\\[(?:\\d{1,3}|[a-z])\\]|[${footnoteSigns}]+)(?=[\\s.,;:!?)”’"]|$)`
		},
		replace: ''
	},
	// Markdown emphasis in pasted text ("*Dear Ruth,*", "_never_") is not read as "asterisk".
	{
		find: {
			source: '(?<=^|\\s)[*_]{1,2}(?=\\p{L})|(?<=[\\p{L}.!?,;:])_{1,2}(?=[\\s.,;:!?)]|$)'
		},
		replace: ''
	}
];

const englishReplacements: SpokenReplacement[] = [
	{ find: { source: '<=|≤' }, replace: 'less than or equal to' },
	{ find: { source: '>=|≥' }, replace: 'greater than or equal to' },
	{ find: { source: '&(?:lt|#60);|<', flags: 'i' }, replace: 'less than' },
	{ find: { source: '&(?:gt|#62);|>', flags: 'i' }, replace: 'greater than' }
];

const otherLanguageReplacements: SpokenReplacement[] = [
	{ find: { source: '&(?:lt|gt|#6[02]);|[<>]', flags: 'i' }, replace: ' ' }
];

const compiledBuiltIns = new Map<string, CompiledRule[]>();

/**
 * Rewrites `shown` into the text a voice should read. Matches never overlap: the leftmost wins,
 * and at the same offset caller `replacements` (e.g. a lexicon) win over built-in clean-ups,
 * earlier rules over later ones, and longer literals over shorter ones.
 */
export function toSpokenText(
	shown: string,
	lang = 'en',
	replacements: readonly SpokenReplacement[] = []
): SpokenText {
	const rules = [...compileRules(replacements), ...builtInRulesFor(lang)];
	const matches: Match[] = [];
	rules.forEach((rule, priority) => collectMatches(shown, rule, priority, matches));
	matches.sort((a, b) => a.start - b.start || a.priority - b.priority || b.end - a.end);

	const edits: Edit[] = [];
	let spoken = '';
	let shownPos = 0;
	for (const match of matches) {
		if (match.start < shownPos) continue;
		spoken += shown.slice(shownPos, match.start);
		const replacement = padded(shown, match.start, match.end, match.replacement);
		edits.push({
			shownStart: match.start,
			shownEnd: match.end,
			spokenStart: spoken.length,
			spokenEnd: spoken.length + replacement.length
		});
		spoken += replacement;
		shownPos = match.end;
	}
	spoken += shown.slice(shownPos);

	return {
		shown,
		spoken,
		toShown: (offset) => mapOffset(edits, offset, 'spoken', shown.length),
		toSpoken: (offset) => mapOffset(edits, offset, 'shown', spoken.length)
	};
}

function builtInRulesFor(lang: string): CompiledRule[] {
	const primary = lang.slice(0, 2).toLowerCase() || 'en';
	let rules = compiledBuiltIns.get(primary);
	if (!rules) {
		const ampersand = ampersandWords[primary];
		rules = compileRules([
			...builtInReplacements,
			...(primary === 'en' ? englishReplacements : otherLanguageReplacements),
			{ find: { source: '&(?:amp|#38);|&', flags: 'i' }, replace: ampersand ?? '&' }
		]);
		compiledBuiltIns.set(primary, rules);
	}
	return rules;
}

/** Compiles replacements in order; literal finds are grouped into one alternation per option set. */
function compileRules(replacements: readonly SpokenReplacement[]): CompiledRule[] {
	const rules: CompiledRule[] = [];
	const literalGroups = new Map<string, { literals: Map<string, string>; rule: CompiledRule }>();
	for (const replacement of replacements) {
		const { find, replace } = replacement;
		if (typeof find !== 'string') {
			const ownFlags = (find.flags ?? '').replace(/[^ims]/g, '');
			const caseSensitive = replacement.caseSensitive ?? !ownFlags.includes('i');
			const pattern = compilePattern(
				find.source,
				ownFlags.replace('i', '') + (caseSensitive ? 'g' : 'gi')
			);
			if (pattern) rules.push({ pattern, caseSensitive, replace });
			continue;
		}
		const caseSensitive = replacement.caseSensitive ?? false;
		if (find === '') continue;
		const wholeWord = replacement.wholeWord ?? true;
		const groupKey = `${caseSensitive}:${wholeWord}`;
		let group = literalGroups.get(groupKey);
		if (!group) {
			group = {
				literals: new Map(),
				rule: { pattern: /$^/gu, caseSensitive, replace: '' }
			};
			group.rule.literals = group.literals;
			literalGroups.set(groupKey, group);
			rules.push(group.rule);
		}
		const key = caseSensitive ? find : find.toLowerCase();
		if (!group.literals.has(key)) group.literals.set(key, replace);
	}
	for (const [groupKey, { literals, rule }] of literalGroups) {
		rule.pattern = literalPattern(
			[...literals.keys()],
			groupKey.endsWith('true'),
			rule.caseSensitive
		);
	}
	return rules;
}

/** Compiles a pattern in Unicode mode, or without it if the source needs that; null if invalid. */
function compilePattern(source: string, flags: string): RegExp | null {
	for (const mode of ['u', '']) {
		try {
			return new RegExp(source, flags + mode);
		} catch {
			// Try the next mode; a lexicon entry with a broken pattern is skipped.
		}
	}
	return null;
}

function literalPattern(literals: string[], wholeWord: boolean, caseSensitive: boolean): RegExp {
	const alternatives = [...literals]
		.sort((a, b) => b.length - a.length)
		.map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('|');
	const body = wholeWord ? `${wordBefore}(?:${alternatives})${wordAfter}` : `(?:${alternatives})`;
	return new RegExp(body, caseSensitive ? 'gu' : 'giu');
}

function collectMatches(shown: string, rule: CompiledRule, priority: number, out: Match[]): void {
	const { pattern } = rule;
	pattern.lastIndex = 0;
	for (let match = pattern.exec(shown); match; match = pattern.exec(shown)) {
		const text = match[0];
		if (text === '') {
			pattern.lastIndex++;
			continue;
		}
		const replacement = rule.literals
			? (rule.literals.get(rule.caseSensitive ? text : text.toLowerCase()) ?? text)
			: expandReplacement(rule.replace, match);
		out.push({ start: match.index, end: match.index + text.length, replacement, priority });
	}
}

/** Expands `$&`, `$1`…`$99`, `$<name>` and `$$` in a pattern replacement. */
function expandReplacement(replace: string, match: RegExpExecArray): string {
	if (!replace.includes('$')) return replace;
	return replace.replace(/\$(\$|&|\d{1,2}|<[^>]*>)/g, (whole, ref: string) => {
		if (ref === '$') return '$';
		if (ref === '&') return match[0];
		if (ref.startsWith('<')) return match.groups?.[ref.slice(1, -1)] ?? '';
		const group = Number(ref);
		return group < match.length ? (match[group] ?? '') : whole;
	});
}

/** Adds a space where a word replacing a symbol would run into a neighbour ("R&D" → "R and D"). */
function padded(shown: string, start: number, end: number, replacement: string): string {
	const joins = (
		inside: string | undefined,
		outside: string | undefined,
		spoken: string | undefined
	) =>
		!letterOrDigit.test(inside ?? '') &&
		letterOrDigit.test(outside ?? '') &&
		letterOrDigit.test(spoken ?? '');
	let result = replacement;
	if (result === '') return result;
	if (joins(shown[start], shown[start - 1], result[0])) result = ' ' + result;
	if (joins(shown[end - 1], shown[end], result.at(-1))) result += ' ';
	return result;
}

/** Maps an offset through the edits, from the `from` side ('spoken' or 'shown') to the other. */
function mapOffset(edits: readonly Edit[], offset: number, from: 'spoken' | 'shown', max: number) {
	const startOf = (edit: Edit) => (from === 'spoken' ? edit.spokenStart : edit.shownStart);
	let low = 0;
	let high = edits.length - 1;
	let found = -1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (startOf(edits[mid] as Edit) <= offset) {
			found = mid;
			low = mid + 1;
		} else {
			high = mid - 1;
		}
	}
	let mapped = offset;
	const edit = edits[found];
	if (edit) {
		const [fromEnd, toStart, toEnd] =
			from === 'spoken'
				? [edit.spokenEnd, edit.shownStart, edit.shownEnd]
				: [edit.shownEnd, edit.spokenStart, edit.spokenEnd];
		// Inside a rewritten span every offset maps to the span's start (the whole word lights up).
		mapped = offset < fromEnd ? toStart : toEnd + (offset - fromEnd);
	}
	return Math.max(0, Math.min(max, Math.round(mapped)));
}
