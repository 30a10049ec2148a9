/**
 * Boundary scoring for sentence segmenters against labelled paragraphs (used by tests and the
 * benchmark). Boundaries are counted in non-whitespace characters, so segmenters that normalise
 * whitespace (such as sbd) are scored on the same footing as offset-based ones.
 */

import { paragraphText, type LabelledParagraph } from './fixtures/labelled';

/** Precision, recall and F1 over sentence boundaries, plus the share of paragraphs split exactly. */
export interface BoundaryScore {
	precision: number;
	recall: number;
	f1: number;
	/** Share of paragraphs whose boundaries are all right. */
	paragraphAccuracy: number;
	truePositives: number;
	falsePositives: number;
	falseNegatives: number;
	paragraphs: number;
}

/** A segmenter under test: paragraph text (and language) in, sentence strings out. */
export type SentenceSplitter = (text: string, lang: string) => readonly string[];

const whitespace = /\s/g;

/** Boundary positions between `sentences`, counted in non-whitespace characters from the start. */
export function boundaryPositions(sentences: readonly string[]): number[] {
	const positions: number[] = [];
	let count = 0;
	for (let i = 0; i < sentences.length; i++) {
		const length = (sentences[i] as string).replace(whitespace, '').length;
		if (length === 0) continue;
		if (count > 0) positions.push(count);
		count += length;
	}
	return positions;
}

/** Scores `split` on `paragraphs`; `onMiss` receives each paragraph it gets wrong. */
export function scoreSplitter(
	paragraphs: readonly LabelledParagraph[],
	split: SentenceSplitter,
	onMiss?: (paragraph: LabelledParagraph, predicted: readonly string[]) => void
): BoundaryScore {
	let truePositives = 0;
	let falsePositives = 0;
	let falseNegatives = 0;
	let exact = 0;
	for (const paragraph of paragraphs) {
		const predicted = split(paragraphText(paragraph), paragraph.lang ?? 'en');
		const expected = new Set(boundaryPositions(paragraph.sentences));
		const found = new Set(boundaryPositions(predicted));
		let hits = 0;
		for (const position of found) if (expected.has(position)) hits++;
		truePositives += hits;
		falsePositives += found.size - hits;
		falseNegatives += expected.size - hits;
		if (hits === expected.size && hits === found.size) exact++;
		else onMiss?.(paragraph, predicted);
	}
	const precision = truePositives / Math.max(1, truePositives + falsePositives);
	const recall = truePositives / Math.max(1, truePositives + falseNegatives);
	return {
		precision,
		recall,
		f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
		paragraphAccuracy: exact / Math.max(1, paragraphs.length),
		truePositives,
		falsePositives,
		falseNegatives,
		paragraphs: paragraphs.length
	};
}
