/**
 * Text layout: blocks end at hard breaks (blank lines, and line breaks before list items, headings
 * and other short lines). A line break inside a hard-wrapped paragraph is a soft wrap: it stays
 * inside its block and is read as a space.
 */

import type { AbbreviationTable } from './abbreviations';
import { bullets, isLowerAt, isUpperAt, skipSpaces, trimEnd } from './text';

/** Bullets, numbered items and Markdown headings/quotes at the start of a line. */
const listOrHeadingStart = new RegExp(
	String.raw`^(?:${bullets}\s|\d{1,3}[.)]\s|\(?[a-zA-Z]\)\s|\(\d{1,3}\)\s|#{1,6}\s|>)`
);
/** Characters that may close a line of running prose. */
const closingPunctuation = /[.!?…:;,"”’')\]]$/;
const startsWithNonLetter = /^\P{L}/u;
const hasLetter = /\p{L}/u;
/** Line breaks other than "\n" and "\r\n"; when a text has none, lines are found with indexOf. */
const otherLineBreaks = /[\v\f\u2028\u2029]|\r(?!\n)/;
const lineBreak = /\r\n|[\n\r\v\f\u2028\u2029]/g;
/** Words that never close a paragraph: a line ending in one runs on ("enrolled at⏎St. Mary's"). */
const joiningWord = /(?:^|\s)(?:a|an|the|of|to|at|in|by|for|from|with|into|and|or|but|nor|via)$/;

/** Whether a line ends in a word that joins it to the next ("… met with"): a hard wrap, not an end. */
export const endsInJoiningWord = (line: string): boolean => joiningWord.test(line);
/** Small words that stay lower-case in Title Case headings. */
const titleCaseSmallWords = new Set(
	'a an and as at but by for from in into nor of on or over the to up via vs with'.split(' ')
);

/** Hard-wrapped prose is assumed to be at most this wide; wider lines are whole paragraphs. */
const maxWrapWidth = 200;
/** A soft-wrapped line fills at least this share of the widest line of its run. */
const minFillRatio = 0.6;
/** Lines shorter than this are never soft-wrapped (bylines, "Listen to Article", …). */
const minWrappedLine = 30;
/**
 * A line this full (a share of the widest other line of its run, the run's last line aside) is
 * a wrap, not a heading: a wrapped column fills its lines, a heading rarely matches their width.
 */
const filledLine = 0.85;
/** The word a line opens with. */
const leadingWord = /^\p{L}+/u;
/** A word that is a name or a number ("Elm", "50th"): a title after it is a street. */
const nameOrNumber = /^[\p{Lu}\p{N}]/u;
/** The abbreviation that ends a line, as written and without its final period ("Dr", "e.g"). */
const abbreviationAtEnd = /(?:^|[\s(“"‘'])((?:\p{L}{1,2}\.)*\p{L}+)\.$/u;

/**
 * Offsets where blocks start (after the first block), ascending: the hard breaks of `text`.
 * Line breaks that are not hard breaks are soft wraps. `abbreviations` (the text's language's)
 * tell a line ending in "Dr." or "e.g." — which cannot end a paragraph — from a short line.
 */
export function findHardBreaks(text: string, abbreviations: AbbreviationTable): number[] {
	const hardBreaks: number[] = [];
	// The current run of consecutive non-blank lines, as [start, end) pairs of trimmed offsets.
	const run: number[] = [];
	let seenBlock = false;
	const simple = !otherLineBreaks.test(text);
	lineBreak.lastIndex = 0;
	let from = 0;
	while (from <= text.length) {
		let to = text.length;
		let next = text.length + 1;
		let endsParagraph = false;
		if (simple) {
			const newline = text.indexOf('\n', from);
			if (newline >= 0) [to, next] = [newline, newline + 1];
		} else {
			const match = lineBreak.exec(text);
			if (match) {
				[to, next] = [match.index, match.index + match[0].length];
				endsParagraph = match[0] === '\u2029' || match[0] === '\f';
			}
		}
		const start = skipSpaces(text, from, to);
		const end = trimEnd(text, start, to);
		if (start < end) run.push(start, end);
		if ((start === end || endsParagraph || next > text.length) && run.length > 0) {
			if (seenBlock) hardBreaks.push(run[0] as number);
			seenBlock = true;
			if (run.length > 2) addBreaksInsideRun(text, run, hardBreaks, abbreviations);
			run.length = 0;
		}
		from = next;
	}
	return hardBreaks;
}

/** Adds the hard breaks between the lines of one run of several non-blank lines. */
function addBreaksInsideRun(
	text: string,
	run: readonly number[],
	hardBreaks: number[],
	abbreviations: AbbreviationTable
): void {
	const widths: number[] = [];
	let wrapWidth = 0;
	for (let i = 0; i < run.length; i += 2) {
		const width = (run[i + 1] as number) - (run[i] as number);
		widths.push(width);
		wrapWidth = Math.max(wrapWidth, width);
	}
	// The two widest lines but the run's last (a paragraph's last line is often short).
	let widest = -1;
	let secondWidest = -1;
	for (let i = 0; i + 1 < widths.length; i++) {
		if (widest < 0 || (widths[i] as number) > (widths[widest] as number))
			[widest, secondWidest] = [i, widest];
		else if (secondWidest < 0 || (widths[i] as number) > (widths[secondWidest] as number))
			secondWidest = i;
	}
	for (let i = 2; i < run.length; i += 2) {
		const lineStart = run[i - 2] as number;
		const lineEnd = run[i - 1] as number;
		const nextStart = run[i] as number;
		const nextEnd = run[i + 1] as number;
		// The widest line of the run other than this one (and the last).
		const other = i / 2 - 1 === widest ? secondWidest : widest;
		const line = {
			start: lineStart,
			end: lineEnd,
			otherWidest: other < 0 ? 0 : (widths[other] as number)
		};
		if (!isSoftWrap(text, line, nextStart, nextEnd, wrapWidth, abbreviations)) {
			hardBreaks.push(nextStart);
		}
	}
}

/** Decides whether the break between two non-blank lines is a soft wrap inside one paragraph. */
function isSoftWrap(
	text: string,
	line: { start: number; end: number; otherWidest: number },
	nextStart: number,
	nextEnd: number,
	wrapWidth: number,
	abbreviations: AbbreviationTable
): boolean {
	const lineText = text.slice(line.start, line.end);
	const nextOpening = text.slice(nextStart, Math.min(nextEnd, nextStart + 8));
	if (listOrHeadingStart.test(nextOpening) || lineText.startsWith('#')) return false;
	if (isLowerAt(text, nextStart)) return true;
	if (wrapWidth > maxWrapWidth) return false;
	if (joiningWord.test(lineText)) return true;
	if (endsInLeadingAbbreviation(lineText, text, nextStart, abbreviations)) return true;
	const length = line.end - line.start;
	if (length < minWrappedLine || length < wrapWidth * minFillRatio) return false;
	if (line.otherWidest >= minWrappedLine && length >= line.otherWidest * filledLine) return true;
	return !looksLikeHeading(lineText, text, nextStart);
}

/**
 * Whether a line ends in an abbreviation that leads into what follows — a title before a name
 * ("Dr.⏎Helen Marsh"), "e.g.", "vs.", "No." before a number, "a.m." before a weekday — so the
 * line cannot end there.
 */
function endsInLeadingAbbreviation(
	lineText: string,
	text: string,
	nextStart: number,
	abbreviations: AbbreviationTable
): boolean {
	const match = abbreviationAtEnd.exec(lineText);
	const written = match?.[1];
	// A capital letter alone is an initial or a label ("Plan B."), not "b." (born) or "v." (versus).
	if (!written || (written.length === 1 && isUpperAt(written, 0))) return false;
	const kind = abbreviations.kinds.get(written.toLowerCase());
	// "Elm St.", "Ocean Dr.", "50th St.": after a name or a number a title is a street, which can
	// end a line.
	const before = lineText.slice(0, match.index).trimEnd();
	const afterName = nameOrNumber.test(before.slice(before.lastIndexOf(' ') + 1));
	switch (kind) {
		case 'honorific':
			return !afterName;
		case 'inline':
			return true;
		case 'title':
			return !afterName && isUpperAt(text, nextStart);
		case 'numeric': {
			const first = text.charCodeAt(nextStart);
			return first >= 48 && first <= 57;
		}
		case 'time': {
			// "9 a.m.⏎Tuesday", "10 p.m.⏎ET".
			const nextWord = leadingWord.exec(text.slice(nextStart, nextStart + 24))?.[0] ?? '';
			return abbreviations.timeFollowers.has(nextWord.toLowerCase());
		}
		default:
			return false;
	}
}

/** A Title Case line without closing punctuation, followed by a capitalised line. */
function looksLikeHeading(lineText: string, text: string, nextStart: number): boolean {
	if (closingPunctuation.test(lineText) || !isUpperAt(text, nextStart)) return false;
	const lineWords = lineText.split(/\s+/).filter((word) => hasLetter.test(word));
	if (lineWords.length === 0 || lineWords.length > 14) return false;
	const lastWord = lineWords[lineWords.length - 1] ?? '';
	if (!isUpperAt(lastWord, 0)) return false;
	const significant = lineWords.filter((word) => !titleCaseSmallWords.has(word.toLowerCase()));
	return significant.every((word) => startsWithNonLetter.test(word) || isUpperAt(word, 0));
}
