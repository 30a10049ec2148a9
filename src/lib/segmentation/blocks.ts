/**
 * Text layout: blocks end at hard breaks (blank lines, and line breaks before list items, headings
 * and other short lines). A line break inside a hard-wrapped paragraph is a soft wrap: it stays
 * inside its block and is read as a space.
 */

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
 * Offsets where blocks start (after the first block), ascending: the hard breaks of `text`.
 * Line breaks that are not hard breaks are soft wraps.
 */
export function findHardBreaks(text: string): number[] {
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
			if (run.length > 2) addBreaksInsideRun(text, run, hardBreaks);
			run.length = 0;
		}
		from = next;
	}
	return hardBreaks;
}

/** Adds the hard breaks between the lines of one run of several non-blank lines. */
function addBreaksInsideRun(text: string, run: readonly number[], hardBreaks: number[]): void {
	let wrapWidth = 0;
	for (let i = 0; i < run.length; i += 2) {
		wrapWidth = Math.max(wrapWidth, (run[i + 1] as number) - (run[i] as number));
	}
	for (let i = 2; i < run.length; i += 2) {
		const lineStart = run[i - 2] as number;
		const lineEnd = run[i - 1] as number;
		const nextStart = run[i] as number;
		const nextEnd = run[i + 1] as number;
		if (!isSoftWrap(text, lineStart, lineEnd, nextStart, nextEnd, wrapWidth)) {
			hardBreaks.push(nextStart);
		}
	}
}

/** Decides whether the break between two non-blank lines is a soft wrap inside one paragraph. */
function isSoftWrap(
	text: string,
	lineStart: number,
	lineEnd: number,
	nextStart: number,
	nextEnd: number,
	wrapWidth: number
): boolean {
	const lineText = text.slice(lineStart, lineEnd);
	const nextOpening = text.slice(nextStart, Math.min(nextEnd, nextStart + 8));
	if (listOrHeadingStart.test(nextOpening) || lineText.startsWith('#')) return false;
	if (isLowerAt(text, nextStart)) return true;
	if (wrapWidth > maxWrapWidth) return false;
	if (joiningWord.test(lineText)) return true;
	const length = lineEnd - lineStart;
	if (length < minWrappedLine || length < wrapWidth * minFillRatio) return false;
	return !looksLikeHeading(lineText, text, nextStart);
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
