import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addSample, isRateMap, timeLeftText, trustedRate } from './speaking-rate';

describe('addSample', () => {
	it.each([
		{ words: 10, ms: 4_000, rate: 1, expected: 150 },
		{ words: 10, ms: 2_000, rate: 2, expected: 150 },
		{ words: 20, ms: 6_000, rate: 1, expected: 200 }
	])('$words words in $ms ms at rate $rate → $expected wpm', ({ words, ms, rate, expected }) => {
		expect(addSample(undefined, words, ms, rate)?.wordsPerMinute).toBeCloseTo(expected);
	});

	it.each([
		{ words: 2, ms: 1_000, why: 'too short' },
		{ words: 10, ms: 60_000, why: 'implausibly slow (a stall)' },
		{ words: 10, ms: 100, why: 'implausibly fast (a cut-off)' },
		{ words: 10, ms: 0, why: 'no time' }
	])('ignores an utterance that is $why', ({ words, ms }) => {
		const before = { wordsPerMinute: 170, samples: 5 };
		expect(addSample(before, words, ms, 1)).toBe(before);
	});

	it('averages, trusting the measurement after three utterances', () => {
		let sample = addSample(undefined, 10, 4_000, 1);
		expect(trustedRate(sample)).toBeNull();
		sample = addSample(sample, 10, 4_000, 1);
		expect(trustedRate(sample)).toBeNull();
		sample = addSample(sample, 10, 3_000, 1);
		expect(trustedRate(sample)).toBeCloseTo((150 + 150 + 200) / 3);
	});

	it.each([
		[35, 60],
		[31, 60],
		[40, 400],
		[4, 400]
	])('keeps %i words heard at exactly %i wpm, an end of the plausible range', (words, wpm) => {
		expect(addSample(undefined, words, (words * 60_000) / wpm, 1)?.wordsPerMinute).toBe(wpm);
	});

	it('stays between the slowest and fastest speeds heard', () => {
		fc.assert(
			fc.property(
				fc.array(
					fc.record({
						words: fc.integer({ min: 4, max: 40 }),
						wpm: fc.integer({ min: 60, max: 400 })
					}),
					{
						minLength: 1
					}
				),
				(heard) => {
					let sample;
					// The time of `words` at `wpm`, exact where it can be: (words / wpm) × 60 000 makes
					// 31 words at 60 wpm last a hair too long, a speed below the plausible range.
					for (const { words, wpm } of heard)
						sample = addSample(sample, words, (words * 60_000) / wpm, 1);
					const speeds = heard.map((h) => h.wpm);
					expect(sample!.wordsPerMinute).toBeGreaterThanOrEqual(Math.min(...speeds) - 1e-6);
					expect(sample!.wordsPerMinute).toBeLessThanOrEqual(Math.max(...speeds) + 1e-6);
				}
			)
		);
	});
});

describe('isRateMap', () => {
	it.each([
		{ value: {}, ok: true },
		{ value: { v: { wordsPerMinute: 170, samples: 3 } }, ok: true },
		{ value: { v: { wordsPerMinute: 'fast', samples: 3 } }, ok: false },
		{ value: [], ok: false },
		{ value: null, ok: false }
	])('$value → $ok', ({ value, ok }) => expect(isRateMap(value)).toBe(ok));
});

describe('timeLeftText', () => {
	it.each([
		{ section: 150, article: 720, text: '3 min left in section, 12 min left in article' },
		{ section: 20, article: 20, text: 'under 1 min left in section, under 1 min left in article' }
	])('$section s / $article s → $text', ({ section, article, text }) => {
		expect(timeLeftText(section, article)).toBe(text);
	});
});
