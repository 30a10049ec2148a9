/**
 * Sentence segmentation: Intl.Segmenter proposes boundaries window by window, then one linear
 * pass keeps or drops each proposed boundary by looking at the word before it and the word after
 * it (see boundaries.ts), and forces a boundary at every hard break (see blocks.ts). Intl sees
 * line breaks as spaces, so soft wraps never split a sentence.
 */

import { abbreviationsFor, type AbbreviationTable } from './abbreviations';
import { findHardBreaks } from './blocks';
import { beforeOpeners, isListMarker, isSentenceBoundary } from './boundaries';
import {
	footnoteSigns,
	hasWordChar,
	isSpaceCode,
	isUpperAt,
	Punctuation,
	punctuationClass,
	skipSpaces,
	superscriptDigits,
	trimEnd
} from './text';

/** A sentence as offsets into the segmented text; `text === input.slice(start, end)`, trimmed. */
export interface Sentence {
	start: number;
	end: number;
	text: string;
}

/** Intl.Segmenter slows down with string length on Node 20, so it only sees windows this long. */
const segmenterWindow = 1024;

/**
 * Boundaries Intl.Segmenter never proposes: an ellipsis character before a capital ("We waited…
 * The end"), a full stop before a number ("in 2019. 2020 was") or a lower-case brand ("iPhone"),
 * a dash opening the next line of dialogue ("—¿Vienes? —No."; Unicode counts dashes as sentence
 * continuations), a lettered list item ("Date. (b) The Seller"), a sentence after citation
 * markers ("in 1998.[4] He", "in 1832.¹ It") and a missing space after the full stop ("ended.Next";
 * boundaries.ts decides whether that is a typo or a token such as "Node.Js") and a line of
 * dialogue after an interrupted one ("“I don’t—” “Don’t what?”"; narration after it goes on: "“I
 * think—” She stopped.") and a sentence after a quotation trailing off ("“If only…” She stopped.") and a lower-case word after a full stop (text written without
 * capitals: "mine's a bosch. it beeps"; boundaries.ts keeps "approx. five" and most others).
 * Deliberately not a Unicode-mode pattern, so the engine scans the text fast.
 */
const missedBoundary = new RegExp(
	String.raw`…\s+(?=["“‘(]?[A-ZÀ-ÖØ-Þ])|(?<!\.)\.\s+(?=[0-9$€£¥]|[a-z]{1,2}[A-Z][A-Za-z])|[.!?…]["”’»)]*\s+(?=[—–―]\s?[¿¡"“«]?[A-ZÀ-ÖØ-Þ])|[.!?]["”’)]*\s+(?=\((?:[a-z]|[ivx]{1,4}|\d{1,3})\)\s)|[.!?]["”’]?(?:\[[^\]\n]{1,20}\]|[${superscriptDigits}]+)+\s+(?=["“‘(]?[A-ZÀ-ÖØ-Þ])|\.(?<=[a-z]{2}\.)(?=[A-Z][a-z])|[—–]["”’]\s+(?=["“‘][A-ZÀ-ÖØ-Þ])|…["”’]\s+(?=[A-ZÀ-ÖØ-Þ])|\.(?<=[a-z]{3}\.)\s+(?=[a-z])`,
	'g'
);

const lineBreakChars = /[\n\r\v\f\u2028\u2029]/g;

const segmenters = new Map<string, Intl.Segmenter>();

/** Splits `text` into trimmed sentences with offsets; `lang` is a BCP 47 tag (default English). */
export function segmentSentences(text: string, lang = 'en'): Sentence[] {
	const table = abbreviationsFor(lang);
	const hardBreaks = findHardBreaks(text, table);
	const proposed = proposedBoundaries(segmenterFor(lang), text, hardBreaks);
	const missed = missedBoundaries(text);
	const sentences: Sentence[] = [];
	correctBoundaries(text, proposed, missed, hardBreaks, table, (from, to) => {
		const start = skipSpaces(text, from, to);
		const end = trimEnd(text, start, to);
		if (end > start) sentences.push({ start, end, text: text.slice(start, end) });
	});
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
 * A window ends where Intl.Segmenter's boundaries cannot depend on the text after it: at a hard
 * break, or before a capital that follows a full stop, question or exclamation mark and a space
 * (Intl always breaks there). Failing both, the window's last boundary may be wrong: it is
 * dropped and the next window starts at the boundary before it (or the window grows).
 */
function proposedBoundaries(
	segmenter: Intl.Segmenter,
	source: string,
	hardBreaks: readonly number[]
): number[] {
	const cuts: number[] = [];
	let from = 0;
	let size = segmenterWindow;
	let nextBreak = 0;
	while (from < source.length) {
		let to = Math.min(source.length, from + size);
		while (nextBreak < hardBreaks.length && (hardBreaks[nextBreak] as number) <= from) nextBreak++;
		let final = to === source.length;
		if (!final) {
			let lastBreakInReach = -1;
			for (let i = nextBreak; i < hardBreaks.length && (hardBreaks[i] as number) <= to; i++) {
				lastBreakInReach = hardBreaks[i] as number;
			}
			// Prefer a window of at least a quarter of the size: fewer, longer Intl calls.
			const safeEnd =
				lastBreakInReach > from + (size >> 2)
					? lastBreakInReach
					: Math.max(lastBreakInReach, sentenceStartBefore(source, from + (size >> 2), to));
			if (safeEnd > from) {
				to = safeEnd;
				final = true;
			}
		}
		const windowStart = cuts.length;
		// Line breaks become spaces: hard breaks are forced later, and a paragraph separator would
		// only add an empty segment per blank line.
		const windowText = source.slice(from, to).replace(lineBreakChars, ' ');
		for (const segment of segmenter.segment(windowText)) {
			if (segment.index > 0) cuts.push(from + segment.index);
		}
		if (final) {
			// Intl treats the end of the window as a boundary; it is one.
			if (to < source.length) cuts.push(to);
			from = to;
			size = segmenterWindow;
		} else if (cuts.length - windowStart < 2) {
			cuts.length = windowStart;
			size *= 2;
		} else {
			cuts.pop();
			from = cuts[cuts.length - 1] as number;
			size = segmenterWindow;
		}
	}
	return cuts;
}

/**
 * The last offset in (from, to] that starts a capitalised word after ". ", "? " or "! " (with
 * closing quotes or brackets allowed before the space), where Intl.Segmenter always breaks; -1 if
 * there is none.
 */
function sentenceStartBefore(source: string, from: number, to: number): number {
	for (let i = to - 1; i > from; i--) {
		if (!isSpaceCode(source.charCodeAt(i - 1)) || !isUpperAt(source, i)) continue;
		let j = i - 1;
		while (j > from && isSpaceCode(source.charCodeAt(j - 1))) j--;
		while (j > from && (punctuationClass(source.charCodeAt(j - 1)) & Punctuation.closer) !== 0) {
			j--;
		}
		const terminal = source.charCodeAt(j - 1);
		if (terminal === 46 || terminal === 63 || terminal === 33) return i;
	}
	return -1;
}

function missedBoundaries(source: string): number[] {
	const cuts: number[] = [];
	missedBoundary.lastIndex = 0;
	for (let match = missedBoundary.exec(source); match; match = missedBoundary.exec(source)) {
		cuts.push(match.index + match[0].length);
	}
	return cuts;
}

/**
 * Walks the candidate cuts (three ascending lists, merged on the fly) once, calling `emit` for
 * each sentence range that survives. Hard breaks always survive.
 */
function correctBoundaries(
	source: string,
	proposed: readonly number[],
	missed: readonly number[],
	hard: readonly number[],
	table: AbbreviationTable,
	emit: (from: number, to: number) => void
): void {
	const end = source.length;
	let p = 0;
	let m = 0;
	let h = 0;
	const nextCut = () => {
		const a = p < proposed.length ? (proposed[p] as number) : end;
		const b = m < missed.length ? (missed[m] as number) : end;
		const c = h < hard.length ? (hard[h] as number) : end;
		return a < b ? (a < c ? a : c) : b < c ? b : c;
	};
	let cut = nextCut();
	let groupStart = 0;
	let groupHasWord = hasWordChar(source, 0, cut);
	while (cut < end) {
		let isHard = false;
		while (p < proposed.length && proposed[p] === cut) p++;
		while (m < missed.length && missed[m] === cut) m++;
		while (h < hard.length && hard[h] === cut) {
			h++;
			isHard = true;
		}
		const following = nextCut();
		// "« Tu viens ? » demanda-t-elle": Intl breaks before a spaced closing quote; judge the
		// boundary after it.
		const at = isHard ? cut : afterSpacedClosers(source, cut, following);
		const nextHasWord = hasWordChar(source, at, following);
		const keep =
			isHard ||
			(groupHasWord &&
				nextHasWord &&
				!isListMarker(source, groupStart, at) &&
				isSentenceBoundary(source, groupStart, at, table));
		if (keep) {
			const boundary = isHard
				? cut
				: afterFootnoteMarkers(
						source,
						afterTrailingEmoji(source, beforeOpeners(source, groupStart, at), following),
						following
					);
			emit(groupStart, boundary);
			groupStart = boundary;
			groupHasWord = nextHasWord;
		} else {
			groupHasWord ||= nextHasWord;
		}
		cut = following;
	}
	emit(groupStart, end);
}

/** Closing quotes and brackets that never open a sentence (so not ' " ’, which may). */
const closesOnly = (code: number) =>
	code === 0x201d || code === 0xbb || code === 0x203a || code === 41 || code === 93 || code === 125;

/** Past the closing quotes and spaces at `cut` ("? » demanda"), up to `limit`; else `cut`. */
function afterSpacedClosers(source: string, cut: number, limit: number): number {
	if (!closesOnly(source.charCodeAt(cut))) return cut;
	let i = cut;
	while (i < limit && (closesOnly(source.charCodeAt(i)) || isSpaceCode(source.charCodeAt(i)))) i++;
	return i;
}

/** Footnote markers after a sentence's punctuation ("last quarter.* Profits", "endangered.† Few"). */
const footnoteMarkers = new RegExp(`[${footnoteSigns}${superscriptDigits}]+(?=\\s)`, 'y');

/**
 * A footnote marker right after a sentence's closing punctuation belongs to that sentence: moves
 * `boundary` past it when it is followed by a space and text before `limit`.
 */
function afterFootnoteMarkers(source: string, boundary: number, limit: number): number {
	const before = source.charCodeAt(boundary - 1);
	if (isSpaceCode(before) || Number.isNaN(before)) return boundary;
	footnoteMarkers.lastIndex = boundary;
	if (!footnoteMarkers.test(source)) return boundary;
	const after = footnoteMarkers.lastIndex;
	return after < limit && hasWordChar(source, after, limit) ? after : boundary;
}

/** Emoji and the spaces after them: "Best day ever! 🎉 Thanks…" (from ☀ U+2600 up). */
const trailingEmoji =
	/(?:[\p{Extended_Pictographic}\p{Regional_Indicator}](?:[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}]|\u200d|\ufe0f)*\s*)+/uy;

/**
 * An emoji after a sentence's closing punctuation belongs to that sentence: moves `boundary`
 * past emoji (and spaces) at it when text follows before `limit`.
 */
function afterTrailingEmoji(source: string, boundary: number, limit: number): number {
	const code = source.charCodeAt(boundary);
	if (code < 0x2600 || (code > 0x27bf && (code < 0xd83c || code > 0xd83e))) return boundary;
	trailingEmoji.lastIndex = boundary;
	if (!trailingEmoji.test(source)) return boundary;
	const after = trailingEmoji.lastIndex;
	return after < limit && hasWordChar(source, after, limit) ? after : boundary;
}
