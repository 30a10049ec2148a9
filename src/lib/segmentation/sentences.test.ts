import { describe, expect, it } from 'vitest';
import { scoreSplitter } from './evaluation';
import { labelledParagraphs, paragraphText, type LabelledParagraph } from './fixtures/labelled';
import { segmentSentences } from './index';

const sentenceTexts = (text: string, lang?: string) =>
	segmentSentences(text, lang).map((sentence) => sentence.text);

const byCategory = new Map<string, LabelledParagraph[]>();
for (const paragraph of labelledParagraphs) {
	const list = byCategory.get(paragraph.category) ?? [];
	list.push(paragraph);
	byCategory.set(paragraph.category, list);
}

describe('segmentSentences on the labelled paragraphs', () => {
	for (const [category, paragraphs] of byCategory) {
		describe(category, () => {
			it.each(paragraphs.map((paragraph) => [paragraphText(paragraph), paragraph] as const))(
				'%j',
				(text, paragraph) => {
					expect(sentenceTexts(text, paragraph.lang)).toEqual(paragraph.sentences);
				}
			);
		});
	}

	it('scores boundary F1 ≥ 0.98 and ≥ 85% of paragraphs exactly right', () => {
		const score = scoreSplitter(labelledParagraphs, sentenceTexts);
		expect(score.f1).toBeGreaterThanOrEqual(0.98);
		expect(score.paragraphAccuracy).toBeGreaterThanOrEqual(0.85);
	});

	it('beats plain Intl.Segmenter on the same paragraphs', () => {
		const plain = (text: string, lang: string) =>
			[...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)]
				.map((segment) => segment.segment.trim())
				.filter((sentence) => sentence !== '');
		const ours = scoreSplitter(labelledParagraphs, sentenceTexts);
		expect(ours.f1).toBeGreaterThan(scoreSplitter(labelledParagraphs, plain).f1);
	});
});

describe('segmentSentences offsets', () => {
	it('returns trimmed sentences whose text is the input slice', () => {
		const text = '  Dr. Lee spoke first.   Then the mayor spoke.\n\n  Questions followed.  ';
		const sentences = segmentSentences(text);
		expect(sentences.map((sentence) => sentence.text)).toEqual([
			'Dr. Lee spoke first.',
			'Then the mayor spoke.',
			'Questions followed.'
		]);
		for (const sentence of sentences) {
			expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
		}
		expect(sentences[0]?.start).toBe(2);
	});

	it('returns no sentences for empty or blank text', () => {
		expect(segmentSentences('')).toEqual([]);
		expect(segmentSentences(' \n\t\n ')).toEqual([]);
	});

	it('keeps soft-wrapped line breaks inside the sentence text', () => {
		const text =
			'The bridge was closed for repairs that were expected to last until the\nend of the month. Drivers used the ferry.';
		expect(sentenceTexts(text)).toEqual([
			'The bridge was closed for repairs that were expected to last until the\nend of the month.',
			'Drivers used the ferry.'
		]);
	});

	it('treats a line break after a short title-like line as a boundary', () => {
		expect(sentenceTexts('Overview\nThe agency was created in 1970.')).toEqual([
			'Overview',
			'The agency was created in 1970.'
		]);
	});

	it('treats one paragraph per line as separate paragraphs', () => {
		const text = `${'The first paragraph is long enough to be a whole paragraph on its own line, and it does not end with a full stop because the writer forgot'.repeat(2)}\nThe second paragraph starts here.`;
		expect(sentenceTexts(text)).toHaveLength(2);
	});

	it('segments a paragraph longer than one Intl.Segmenter window the same as its parts', () => {
		const sentence = 'The U.S. Senate met at 10 a.m. Tuesday, and Dr. Ortiz testified. ';
		const text = sentence.repeat(120).trim();
		const sentences = segmentSentences(text);
		expect(sentences).toHaveLength(120);
		expect(new Set(sentences.map((s) => s.text))).toEqual(new Set([sentence.trim()]));
	});

	it('falls back to Intl.Segmenter for an unknown or invalid language tag', () => {
		expect(sentenceTexts('One. Two.', 'xx')).toEqual(['One.', 'Two.']);
		expect(sentenceTexts('One. Two.', 'not a tag!')).toEqual(['One.', 'Two.']);
	});

	it('segments Japanese, which has no spaces between sentences', () => {
		const japanese = '東京は晴れです。大阪は雨です。';
		expect(sentenceTexts(japanese, 'ja')).toEqual(['東京は晴れです。', '大阪は雨です。']);
	});

	it('moves a boundary Intl puts after an opening bracket to before it', () => {
		expect(sentenceTexts('彼は言った。（本当だ）', 'ja')).toEqual(['彼は言った。', '（本当だ）']);
	});
});
