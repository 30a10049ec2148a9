/**
 * From script lines to utterances. The player's position is (line, offset in the line's shown text);
 * an utterance is a piece of one line, short enough that no voice runs into Chrome's ~15-second
 * cut-off (shorter still at slow speeds), rewritten for the voice ("&" → "and"), with a map from the
 * voice's word-boundary offsets back to offsets in the shown line. Pieces are worked out per line on
 * demand and cached, so a 100,000-word article costs nothing until a line is spoken.
 * Pure: no Svelte, no DOM.
 */
// Straight from the two modules, not the index: the index also brings the sentence segmenter and its
// abbreviation tables, which the article page never needs (about 5 KB of gzip it would load).
import { toSpokenText, type SpokenReplacement } from '../segmentation/spoken';
import { splitUtterances } from '../segmentation/utterances';

/** One utterance: what the voice says for part of a line. */
export interface PlannedUtterance {
	/** The script line it belongs to. */
	line: number;
	/** Offset in the line's shown text where it starts. */
	start: number;
	/** Offset in the line's shown text just past its end. */
	end: number;
	/** The text for the voice. */
	text: string;
	/** Maps an offset in `text` (a boundary's charIndex) to an offset in the line's shown text. */
	toLineOffset(spokenOffset: number): number;
	/** Whether this is the line's last piece. */
	lastInLine: boolean;
}

/** Longest utterance in characters at `rate`: ~12 s of speech, so slow speeds get shorter pieces. */
export function maxUtteranceLength(rate: number): number {
	return Math.max(60, Math.min(200, Math.round(200 * Math.min(1, rate))));
}

/** Splits and rewrites the lines of a script into utterances, lazily. */
export class UtterancePlan {
	#pieces = new Map<string, { start: number; end: number }[]>();

	constructor(
		/** The lines' shown texts, by line index. */
		private readonly lines: readonly { text: string }[],
		/** The article's language, for the spoken rewrites. */
		private readonly lang: string,
		/** The listener's pronunciation rules now (read for every utterance, so edits apply at once). */
		private readonly replacements: () => readonly SpokenReplacement[] = () => []
	) {}

	/** Number of lines. */
	get length(): number {
		return this.lines.length;
	}

	/** The pieces of `line` (offsets into its shown text) for utterances of at most `maxLength`. */
	pieces(line: number, maxLength: number): { start: number; end: number }[] {
		const key = `${line}:${maxLength}`;
		let pieces = this.#pieces.get(key);
		if (!pieces) {
			const text = this.lines[line]?.text ?? '';
			pieces = splitUtterances(text, { maxLength }).map(({ start, end }) => ({ start, end }));
			this.#pieces.set(key, pieces);
		}
		return pieces;
	}

	/**
	 * The utterance that speaks `line` from `offset`: the piece holding `offset`, started at the
	 * piece's beginning, or — with `fromWord` — at `offset` itself (recovering part-way through).
	 * Null when the line has nothing to say at or after `offset`.
	 */
	utteranceAt(
		line: number,
		offset: number,
		maxLength: number,
		{ fromWord = false }: { fromWord?: boolean } = {}
	): PlannedUtterance | null {
		const pieces = this.pieces(line, maxLength);
		const index = pieces.findIndex((p) => offset < p.end);
		const piece = pieces[index];
		if (!piece) return null;
		const start = fromWord ? Math.max(piece.start, offset) : piece.start;
		const shown = (this.lines[line]?.text ?? '').slice(start, piece.end);
		const spoken = toSpokenText(shown, this.lang, this.replacements());
		return {
			line,
			start,
			end: piece.end,
			text: spoken.spoken,
			toLineOffset: (spokenOffset) => start + spoken.toShown(spokenOffset),
			lastInLine: index === pieces.length - 1
		};
	}
}
