import { describe, expect, it } from 'vitest';
import { scoreSplitter } from './evaluation';
import { allHeldOutParagraphs as heldOutParagraphs } from './fixtures/held-out';
import { paragraphText, type LabelledParagraph } from './fixtures/labelled';
import { segmentSentences } from './index';

const sentenceTexts = (text: string, lang?: string) =>
	segmentSentences(text, lang).map((sentence) => sentence.text);

const plainIntl = (text: string, lang: string) =>
	[...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)]
		.map((segment) => segment.segment.trim())
		.filter((sentence) => sentence !== '');

/**
 * Held-out paragraphs Hark still splits differently from the label, by their text. Each is a case
 * no local rule decides without breaking others (see the list's comments); a paragraph missing
 * here that Hark gets wrong is a regression.
 */
const knownMisses = new Set<string>([
	// A unit abbreviation ends sentences ("for 3 yrs. Doctors said") more often than it starts a
	// compound adjective before a name.
	'The yield on the 10-yr. Treasury note rose to 4.3%. Bond prices fell.'
]);

describe('segmentSentences on the held-out paragraphs', () => {
	it('has at least 150 labelled sentences', () => {
		const count = heldOutParagraphs.reduce((sum, p) => sum + p.sentences.length, 0);
		expect(count).toBeGreaterThanOrEqual(150);
	});

	it('gets every paragraph right except the known misses', () => {
		const misses: LabelledParagraph[] = [];
		scoreSplitter(heldOutParagraphs, sentenceTexts, (paragraph) => misses.push(paragraph));
		const unexpected = misses
			.filter((paragraph) => !knownMisses.has(paragraphText(paragraph)))
			.map((paragraph) => ({
				expected: paragraph.sentences,
				got: sentenceTexts(paragraphText(paragraph), paragraph.lang)
			}));
		expect(unexpected).toEqual([]);
	});

	it('scores boundary F1 ≥ 0.98 and beats plain Intl.Segmenter', () => {
		const score = scoreSplitter(heldOutParagraphs, sentenceTexts);
		expect(score.f1).toBeGreaterThanOrEqual(0.98);
		expect(score.f1).toBeGreaterThan(scoreSplitter(heldOutParagraphs, plainIntl).f1);
	});
});
