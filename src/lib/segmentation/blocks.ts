/**
 * Splits text into blocks at hard breaks: blank lines, and line breaks before list items,
 * headings and other short lines. A line break inside a hard-wrapped paragraph is a soft wrap and
 * stays inside its block, to be read as a space.
 */

import { isLowerAt, isUpperAt, skipSpaces, trimEnd } from './text';

/** A run of text between hard breaks, as offsets into the original text. */
export interface Block {
	start: number;
	end: number;
	/** True when the block spans soft-wrapped lines (its line breaks must be read as spaces). */
	hasSoftBreaks: boolean;
}

interface Line {
	/** First non-whitespace offset (equal to `end` for a blank line). */
	start: number;
	/** Offset just past the last non-whitespace character. */
	end: number;
	/** True when the line ended in a paragraph separator (U+2029) or form feed. */
	endsParagraph: boolean;
}

const lineBreak = /\r\n|[\n\r\v\f\u2028\u2029]/g;
/** Bullets, numbered items and Markdown headings/quotes at the start of a line. */
const listOrHeadingStart =
	/^(?:[-*+•‣◦▪▸►]\s|\d{1,3}[.)]\s|\(?[a-zA-Z]\)\s|\(\d{1,3}\)\s|#{1,6}\s|>)/;
/** Characters that may close a line of running prose. */
const closingPunctuation = /[.!?…:;,"”’')\]]$/;
const startsWithNonLetter = /^\P{L}/u;
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

/** Splits `text` into blocks separated by hard breaks; whitespace-only text yields no blocks. */
export function splitBlocks(text: string): Block[] {
	const lines = splitLines(text);
	const blocks: Block[] = [];
	let runStart = 0;
	while (runStart < lines.length) {
		if (isBlank(lines[runStart])) {
			runStart++;
			continue;
		}
		let runEnd = runStart;
		let wrapWidth = 0;
		while (runEnd < lines.length && !isBlank(lines[runEnd])) {
			const line = lines[runEnd] as Line;
			wrapWidth = Math.max(wrapWidth, line.end - line.start);
			runEnd++;
			if (line.endsParagraph) break;
		}
		let first = lines[runStart] as Line;
		for (let i = runStart; i < runEnd; i++) {
			const line = lines[i] as Line;
			const next = i + 1 < runEnd ? lines[i + 1] : undefined;
			if (next && isSoftWrap(text, line, next, wrapWidth)) continue;
			blocks.push({ start: first.start, end: line.end, hasSoftBreaks: first !== line });
			if (next) first = next;
		}
		runStart = runEnd;
	}
	return blocks;
}

function isBlank(line: Line | undefined): boolean {
	return line === undefined || line.start === line.end;
}

function splitLines(text: string): Line[] {
	const lines: Line[] = [];
	let lineStart = 0;
	lineBreak.lastIndex = 0;
	for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
		lines.push(
			trimmedLine(text, lineStart, match.index, match[0] === '\u2029' || match[0] === '\f')
		);
		lineStart = match.index + match[0].length;
	}
	lines.push(trimmedLine(text, lineStart, text.length, false));
	return lines;
}

function trimmedLine(text: string, from: number, to: number, endsParagraph: boolean): Line {
	const start = skipSpaces(text, from, to);
	return { start, end: trimEnd(text, start, to), endsParagraph };
}

/** Decides whether the break between two non-blank lines is a soft wrap inside one paragraph. */
function isSoftWrap(text: string, line: Line, next: Line, wrapWidth: number): boolean {
	const lineText = text.slice(line.start, line.end);
	const nextStart = text.slice(next.start, Math.min(next.end, next.start + 8));
	if (listOrHeadingStart.test(nextStart) || lineText.startsWith('#')) return false;
	if (isLowerAt(text, next.start)) return true;
	if (wrapWidth > maxWrapWidth) return false;
	const length = line.end - line.start;
	if (length < minWrappedLine || length < wrapWidth * minFillRatio) return false;
	return !looksLikeHeading(lineText, text, next.start);
}

/** A Title Case line without closing punctuation, followed by a capitalised line. */
function looksLikeHeading(lineText: string, text: string, nextStart: number): boolean {
	if (closingPunctuation.test(lineText) || !isUpperAt(text, nextStart)) return false;
	const lineWords = lineText.split(/\s+/).filter((word) => /\p{L}/u.test(word));
	if (lineWords.length === 0 || lineWords.length > 14) return false;
	const lastWord = lineWords[lineWords.length - 1] ?? '';
	if (!isUpperAt(lastWord, 0)) return false;
	const significant = lineWords.filter((word) => !titleCaseSmallWords.has(word.toLowerCase()));
	return significant.every((word) => startsWithNonLetter.test(word) || isUpperAt(word, 0));
}
