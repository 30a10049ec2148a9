/**
 * Utterances: a sentence (or a heading) cut into pieces a speech engine reads in one go, so no
 * utterance runs into Chrome's ~15-second cut-off. Long sentences are cut at clause boundaries
 * first, then at commas, then at spaces, never inside a word.
 */

import { isSpaceAt, skipSpaces, trimEnd } from './text';

/** One piece of a sentence for the voice, as offsets into the string given to `splitUtterances`. */
export interface Utterance {
	start: number;
	end: number;
	text: string;
}

/** Options for `splitUtterances`. */
export interface UtteranceOptions {
	/** Longest utterance in UTF-16 code units (default 200, about 12 seconds of speech). */
	maxLength?: number;
	/**
	 * Added to every `start` and `end` (default 0): pass a sentence's own `start` to get offsets
	 * into the whole text. `text` is then `whole.slice(start, end)` rather than a slice of `sentence`.
	 */
	offset?: number;
}

/** Cut priorities, best first (indexes into the per-kind best-cut array). */
const CutKind = {
	/** After ; : — – ? ! … */
	Clause: 0,
	/** After a comma that precedes a conjunction or relative pronoun. */
	CommaConjunction: 1,
	/** After any other comma or closing bracket. */
	Comma: 2,
	/** At a space before a conjunction or relative pronoun. */
	SpaceConjunction: 3,
	/** At any other space. */
	Space: 4
} as const;
type CutKind = (typeof CutKind)[keyof typeof CutKind];

const defaultMaxLength = 200;
/** Prefer cuts that leave the current piece at least this share of the bound. */
const minFillRatio = 0.3;
const clausePunctuation = new Set([';', ':', '—', '–', '?', '!', '…']);
const commaLike = new Set([',', '，', '、', ')', ']']);
const conjunction =
	/(?:and|but|or|nor|yet|so|while|whereas|which|who|whom|whose|where|when|although|though|because|since|unless|until|after|before|as|if|including|except|then)(?![\p{L}\p{N}])/iuy;

/** Splits `sentence` into utterances no longer than `maxLength`, unless a single word is longer. */
export function splitUtterances(sentence: string, options: UtteranceOptions = {}): Utterance[] {
	const maxLength = Math.max(1, Math.floor(options.maxLength ?? defaultMaxLength));
	const offset = options.offset ?? 0;
	const end = trimEnd(sentence, 0, sentence.length);
	const utterances: Utterance[] = [];
	let start = skipSpaces(sentence, 0, end);
	while (start < end) {
		const cut = end - start <= maxLength ? end : chooseCut(sentence, start, end, maxLength);
		const pieceEnd = trimEnd(sentence, start, cut);
		utterances.push({
			start: start + offset,
			end: pieceEnd + offset,
			text: sentence.slice(start, pieceEnd)
		});
		start = skipSpaces(sentence, cut, end);
	}
	return utterances;
}

/** The best place to end the piece that starts at `start`, at most `maxLength` further on. */
function chooseCut(text: string, start: number, end: number, maxLength: number): number {
	const limit = Math.min(end, start + maxLength);
	const minCut = start + Math.ceil(maxLength * minFillRatio);
	const best: number[] = [-1, -1, -1, -1, -1];
	for (let i = start + 1; i <= limit; i++) {
		const before = text[i - 1] as string;
		if (isSpaceAt(text, i)) {
			if (isSpaceAt(text, i - 1)) continue;
			best[cutKindBefore(text, before, i)] = i;
		} else if (before === '—' && !isSpaceAt(text, i)) {
			best[CutKind.Clause] = i;
		}
	}
	for (const cut of best) if (cut >= minCut) return cut;
	const anyCut = Math.max(...best);
	if (anyCut > start) return anyCut;
	// No space within the bound: the piece is one long word, ending at the next space.
	let wordEnd = limit;
	while (wordEnd < end && !isSpaceAt(text, wordEnd)) wordEnd++;
	return wordEnd;
}

function cutKindBefore(text: string, before: string, spaceIndex: number): CutKind {
	if (clausePunctuation.has(before)) return CutKind.Clause;
	if (commaLike.has(before) && before !== ',') return CutKind.Comma;
	conjunction.lastIndex = skipSpaces(text, spaceIndex, text.length);
	const beforeConjunction = conjunction.test(text);
	if (before === ',') return beforeConjunction ? CutKind.CommaConjunction : CutKind.Comma;
	return beforeConjunction ? CutKind.SpaceConjunction : CutKind.Space;
}
