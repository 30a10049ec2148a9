import { describe, expect, it } from 'vitest';
import { toSpokenText } from '../segmentation/spoken';
import {
	bundledLexicon,
	entryProblems,
	isLexicon,
	replacementsFor,
	type LexiconEntry
} from './lexicon';

const entry = (over: Partial<LexiconEntry>): LexiconEntry => ({
	id: 'x',
	shown: 'Maduro',
	spoken: 'Madoo-ro',
	wholeWord: true,
	caseSensitive: true,
	lang: 'en',
	...over
});

describe('replacementsFor', () => {
	it.each([
		{ lang: 'en-GB', entries: [entry({})], count: 1 },
		{ lang: 'fr', entries: [entry({})], count: 0 },
		{ lang: 'fr', entries: [entry({ lang: '' })], count: 1 },
		{ lang: 'en', entries: [entry({ shown: '  ' })], count: 0 }
	])('$lang gets $count rules', ({ lang, entries, count }) => {
		expect(replacementsFor(entries, lang)).toHaveLength(count);
	});

	it.each([
		{
			over: {},
			shown: 'President Maduro’s government',
			spoken: 'President Madoo-ro’s government'
		},
		{ over: {}, shown: 'maduro and MADURO', spoken: 'maduro and MADURO' },
		{
			over: { caseSensitive: false },
			shown: 'maduro and MADURO',
			spoken: 'Madoo-ro and Madoo-ro'
		},
		{ over: { shown: 'NATO', spoken: 'Nay-toe' }, shown: 'NATOs NATO', spoken: 'NATOs Nay-toe' },
		{
			over: { shown: 'NATO', spoken: 'Nay-toe', wholeWord: false },
			shown: 'NATOs',
			spoken: 'Nay-toes'
		},
		{
			over: { shown: 'Coalition of the Willing', spoken: 'the coalition', caseSensitive: false },
			shown: 'A coalition of the willing formed.',
			spoken: 'A the coalition formed.'
		}
	])('"$shown" is said "$spoken"', ({ over, shown, spoken }) => {
		const result = toSpokenText(shown, 'en', replacementsFor([entry(over)], 'en'));
		expect(result.spoken).toBe(spoken);
	});

	it('maps the voice’s positions back to the shown text (the highlight does not move)', () => {
		const shown = 'Maduro spoke today.';
		const result = toSpokenText(
			shown,
			'en',
			replacementsFor(bundledLexicon, 'en', 'eSpeak English')
		);
		expect(result.spoken).toBe('Madoo-ro spoke today.');
		const spokenToday = result.spoken.indexOf('today');
		expect(result.toShown(spokenToday)).toBe(shown.indexOf('today'));
		expect(result.toShown(0)).toBe(0);
	});
});

describe('voice-specific entries', () => {
	it.each([
		{ voice: 'English (America) espeak-ng', said: 'Madoo-ro' },
		{ voice: 'eSpeak English', said: 'Madoo-ro' },
		{ voice: 'Google US English', said: 'Maduro' },
		{ voice: null, said: 'Maduro' }
	])('the bundled "Maduro" entry with $voice → $said', ({ voice, said }) => {
		expect(toSpokenText('Maduro', 'en', replacementsFor(bundledLexicon, 'en', voice)).spoken).toBe(
			said
		);
	});
});

describe('validation', () => {
	it.each([
		{ value: [], ok: true },
		{ value: [entry({})], ok: true },
		{ value: [entry({ shown: '' })], ok: false },
		{ value: [{ shown: 'x' }], ok: false },
		{ value: 'nope', ok: false }
	])('isLexicon($value) → $ok', ({ value, ok }) => expect(isLexicon(value)).toBe(ok));

	it.each([
		{ e: { shown: 'a', spoken: 'b', lang: '' }, problems: 0 },
		{ e: { shown: '', spoken: 'b', lang: 'en' }, problems: 1 },
		{ e: { shown: '', spoken: ' ', lang: 'english!' }, problems: 3 }
	])('entryProblems($e) → $problems', ({ e, problems }) => {
		expect(entryProblems(e)).toHaveLength(problems);
	});
});
