import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelledParagraphs, paragraphText } from './fixtures/labelled';
import { segmentSentences, splitUtterances, toSpokenText, type Sentence } from './index';

const whitespace = /\s/;
const lineBreaks = /[\n\r\v\f\u2028\u2029]/g;
const nonWhitespace = (text: string) => [...text].filter((ch) => !whitespace.test(ch)).join('');

/** Words, abbreviations, punctuation, quotes and line breaks in news-like proportions. */
const proseToken = fc.oneof(
	{ weight: 8, arbitrary: fc.constantFrom('the', 'vote', 'Senate', 'said', 'He', 'It', 'rose') },
	{ weight: 3, arbitrary: fc.constantFrom('U.S.', 'Dr.', 'Inc.', 'a.m.', 'No.', 'Jan.', 'e.g.') },
	{ weight: 3, arbitrary: fc.constantFrom('.', '?', '!', '…', '...', ';', ':', '—', ',') },
	{ weight: 2, arbitrary: fc.constantFrom('"', '“', '”', '(', ')', "'", '’') },
	{ weight: 2, arbitrary: fc.constantFrom(' ', ' ', '\n', '\n\n', '\t', '\r\n') },
	{ weight: 1, arbitrary: fc.constantFrom('3.5%', '$1.2', 'v2.0', 'F.', '1.', '- ', '# ') },
	{ weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) }
);
const prose = fc.array(proseToken, { maxLength: 80 }).map((tokens) => tokens.join(' '));
const anyText = fc.oneof(
	prose,
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.string({ unit: 'grapheme', maxLength: 200 }),
	fc.constantFrom(...labelledParagraphs.map(paragraphText))
);

function expectWellFormed(text: string, sentences: Sentence[]): void {
	let previousEnd = 0;
	for (const sentence of sentences) {
		expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
		expect(sentence.end).toBeGreaterThan(sentence.start);
		expect(sentence.end).toBeLessThanOrEqual(text.length);
		expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
		expect(sentence.text.trim()).toBe(sentence.text);
		expect(text.slice(previousEnd, sentence.start).trim()).toBe('');
		previousEnd = sentence.end;
	}
	expect(text.slice(previousEnd).trim()).toBe('');
}

describe('segmentSentences properties', () => {
	it('covers every non-whitespace character exactly once, in order, with sane offsets', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				const sentences = segmentSentences(text);
				expectWellFormed(text, sentences);
				expect(sentences.map((s) => nonWhitespace(s.text)).join('')).toBe(nonWhitespace(text));
			}),
			{ numRuns: 400 }
		);
	});

	it('never returns an empty sentence', () => {
		fc.assert(
			fc.property(anyText, (text) => {
				for (const sentence of segmentSentences(text)) expect(sentence.text).not.toBe('');
			})
		);
	});

	it('is deterministic', () => {
		fc.assert(
			fc.property(anyText, fc.constantFrom('en', 'de', 'ja', 'xx'), (text, lang) => {
				expect(segmentSentences(text, lang)).toEqual(segmentSentences(text, lang));
			})
		);
	});

	it('segments paragraphs separated by blank lines independently', () => {
		const paragraph = prose.map((text) => text.replace(lineBreaks, ' '));
		fc.assert(
			fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
				let offset = 0;
				const expected: Sentence[] = [];
				for (const text of paragraphs) {
					for (const sentence of segmentSentences(text)) {
						expected.push({
							...sentence,
							start: sentence.start + offset,
							end: sentence.end + offset
						});
					}
					offset += text.length + 2;
				}
				expect(segmentSentences(paragraphs.join('\n\n'))).toEqual(expected);
			})
		);
	});

	it('gives a long paragraph the same sentences as its parts (Intl.Segmenter windows)', () => {
		const joinable = labelledParagraphs.filter(
			(paragraph) =>
				!paragraph.lang &&
				!paragraph.text &&
				/\b[a-z]{4,}\.$/.test(paragraph.sentences.at(-1) ?? '') &&
				/^[A-Z]/.test(paragraph.sentences[0] ?? '')
		);
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom(...joinable), { minLength: 80, maxLength: 120 }),
				(list) => {
					const text = list.map(paragraphText).join(' ');
					expect(text.length).toBeGreaterThan(2048);
					const expected = list.flatMap((paragraph) => paragraph.sentences);
					expect(segmentSentences(text).map((s) => s.text)).toEqual(expected);
				}
			),
			{ numRuns: 20 }
		);
	});

	it('neither throws nor hangs on hostile input', () => {
		const hostile = [
			'a'.repeat(100_000),
			'word '.repeat(20_000),
			'. '.repeat(50_000),
			'!?'.repeat(50_000),
			'\n'.repeat(100_000),
			'\u0000\u0001\u0002\u001f\u007f'.repeat(20_000),
			'U.S. '.repeat(20_000),
			'\ud800'.repeat(50_000),
			'“'.repeat(100_000),
			`${'x'.repeat(70)}\n`.repeat(1_400)
		];
		for (const text of hostile) {
			const started = performance.now();
			const sentences = segmentSentences(text);
			expect(performance.now() - started).toBeLessThan(5_000);
			expectWellFormed(text, sentences);
		}
	});
});

describe('splitUtterances properties', () => {
	it('never exceeds the bound unless a single word does, and covers the sentence', () => {
		fc.assert(
			fc.property(anyText, fc.integer({ min: 1, max: 250 }), (text, maxLength) => {
				const utterances = splitUtterances(text, { maxLength });
				let previousEnd = 0;
				for (const utterance of utterances) {
					expect(utterance.text).toBe(text.slice(utterance.start, utterance.end));
					expect(utterance.text).not.toBe('');
					expect(utterance.start).toBeGreaterThanOrEqual(previousEnd);
					expect(text.slice(previousEnd, utterance.start).trim()).toBe('');
					if (utterance.text.length > maxLength) expect(utterance.text).not.toMatch(/\s/);
					previousEnd = utterance.end;
				}
				expect(text.slice(previousEnd).trim()).toBe('');
			}),
			{ numRuns: 300 }
		);
	});

	it('handles a 100 000-character sentence without punctuation quickly', () => {
		const text = 'word '.repeat(20_000);
		const started = performance.now();
		const utterances = splitUtterances(text);
		expect(performance.now() - started).toBeLessThan(2_000);
		for (const utterance of utterances) expect(utterance.text.length).toBeLessThanOrEqual(200);
	});
});

describe('toSpokenText properties', () => {
	it('maps spoken offsets monotonically into the shown text', () => {
		fc.assert(
			fc.property(anyText, (shown) => {
				const { spoken, toShown, toSpoken } = toSpokenText(shown);
				let previous = 0;
				for (let offset = 0; offset <= spoken.length; offset++) {
					const mapped = toShown(offset);
					expect(mapped).toBeGreaterThanOrEqual(previous);
					expect(mapped).toBeLessThanOrEqual(shown.length);
					previous = mapped;
				}
				expect(toSpoken(shown.length)).toBe(spoken.length);
			}),
			{ numRuns: 200 }
		);
	});

	it('maps every kept character back to the same character in the shown text', () => {
		const kept = fc.string({ unit: fc.constantFrom(...Array.from('abcXYZ019 .,;:!?\'"-()é中👍')) });
		const invisible = ['\u00ad', '\u200b', '\ufeff', '\u0000', '\u0007', '\u009f'];
		const removed = fc.constantFrom(...invisible);
		fc.assert(
			fc.property(fc.array(fc.oneof(kept, removed), { maxLength: 30 }), (parts) => {
				const shown = parts.join('');
				// A list item's bullet ("- x") is removed too (spoken.test.ts has its cases).
				fc.pre(!/^-\s/.test(shown));
				const { spoken, toShown } = toSpokenText(shown);
				expect(spoken).toBe(parts.filter((part) => !invisible.includes(part)).join(''));
				for (let offset = 0; offset < spoken.length; offset++) {
					expect(shown[toShown(offset)]).toBe(spoken[offset]);
				}
			})
		);
	});
});
