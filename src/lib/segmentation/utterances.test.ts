import { describe, expect, it } from 'vitest';
import { splitUtterances } from './index';

const pieces = (text: string, maxLength?: number) =>
	splitUtterances(text, { maxLength }).map((utterance) => utterance.text);

describe('splitUtterances', () => {
	it.each([
		['A short sentence stays whole.', 200, ['A short sentence stays whole.']],
		['Budget Talks Stall in Albany', 200, ['Budget Talks Stall in Albany']],
		['  Padded text is trimmed.  ', 200, ['Padded text is trimmed.']],
		['', 200, []],
		['   ', 200, []],
		[
			'The first clause is long enough to matter; the second clause follows it.',
			50,
			['The first clause is long enough to matter;', 'the second clause follows it.']
		],
		[
			'There were three options on the table: sell the company, hold it, or buy more.',
			50,
			['There were three options on the table:', 'sell the company, hold it, or buy more.']
		],
		[
			'The decision was announced late on Friday—after the markets had closed for the week.',
			60,
			['The decision was announced late on Friday—', 'after the markets had closed for the week.']
		],
		[
			'The mayor was blunt about the budget – the city is broke and has no reserves.',
			50,
			['The mayor was blunt about the budget –', 'the city is broke and has no reserves.']
		],
		[
			'The council approved the plan after a long debate, but the mayor has not signed it yet.',
			60,
			['The council approved the plan after a long debate,', 'but the mayor has not signed it yet.']
		],
		[
			'Residents of the northern districts, many of them elderly, waited hours for buses.',
			50,
			['Residents of the northern districts,', 'many of them elderly, waited hours for buses.']
		],
		[
			'The report that the committee published on Tuesday runs to four hundred pages',
			40,
			['The report that the committee published', 'on Tuesday runs to four hundred pages']
		],
		[
			'Officials said the storm could bring heavy snow and strong winds to the region',
			45,
			['Officials said the storm could bring heavy', 'snow and strong winds to the region']
		],
		[
			'Supercalifragilisticexpialidocious is long',
			10,
			['Supercalifragilisticexpialidocious', 'is long']
		],
		[
			'https://example.com/a/very/long/path/that/never/ends',
			20,
			['https://example.com/a/very/long/path/that/never/ends']
		],
		['a b c d e f', 3, ['a b', 'c d', 'e f']],
		['Yes; no.', 1, ['Yes;', 'no.']]
	] as [string, number, string[]][])('%j with maxLength %i', (text, maxLength, expected) => {
		expect(pieces(text, maxLength)).toEqual(expected);
	});

	it('defaults to 200 characters', () => {
		const sentence = `${'word '.repeat(100)}end.`;
		const utterances = splitUtterances(sentence);
		expect(utterances.length).toBeGreaterThan(2);
		for (const utterance of utterances) expect(utterance.text.length).toBeLessThanOrEqual(200);
	});

	it('prefers a clause boundary to a later comma', () => {
		const sentence =
			'Lawmakers debated the measure for hours; opponents, who had vowed to block it, eventually relented, and it passed late at night after a series of amendments.';
		expect(pieces(sentence, 100)[0]).toBe('Lawmakers debated the measure for hours;');
	});

	it('gives offsets into the sentence', () => {
		const sentence = ' The vote was close; the result was contested. ';
		for (const utterance of splitUtterances(sentence, { maxLength: 25 })) {
			expect(sentence.slice(utterance.start, utterance.end)).toBe(utterance.text);
		}
	});

	it('shifts offsets by the given offset, e.g. the sentence start in the article', () => {
		const article = 'Intro. The vote was close; the result was contested.';
		const sentenceStart = 7;
		const sentence = article.slice(sentenceStart);
		const utterances = splitUtterances(sentence, { maxLength: 25, offset: sentenceStart });
		expect(utterances.map((u) => u.text)).toEqual([
			'The vote was close;',
			'the result was contested.'
		]);
		for (const utterance of utterances) {
			expect(article.slice(utterance.start, utterance.end)).toBe(utterance.text);
		}
	});

	it('never splits inside a word', () => {
		const sentence = 'Antidisestablishmentarianism remains a notoriously long word';
		for (const utterance of splitUtterances(sentence, { maxLength: 12 })) {
			expect(sentence.split(' ')).toEqual(expect.arrayContaining(utterance.text.split(' ')));
		}
	});
});
