import { describe, expect, it } from 'vitest';
import { toSpokenText, type SpokenReplacement } from './index';

describe('toSpokenText built-in clean-ups', () => {
	it.each([
		['Plain text stays as it is.', 'en', 'Plain text stays as it is.'],
		['Rates rose 3.5% in May.', 'en', 'Rates rose 3.5% in May.'],
		['Salt & pepper', 'en', 'Salt and pepper'],
		['R&D spending', 'en', 'R and D spending'],
		['Salt &amp; pepper', 'en', 'Salt and pepper'],
		['Salz & Pfeffer', 'de', 'Salz und Pfeffer'],
		['Sel & poivre', 'fr', 'Sel et poivre'],
		['Sale & pepe', 'it', 'Sale e pepe'],
		['Children < 5 years', 'en', 'Children less than 5 years'],
		['Scores > 90 passed', 'en', 'Scores greater than 90 passed'],
		['x <= 3', 'en', 'x less than or equal to 3'],
		['x &lt; 3', 'en', 'x less than 3'],
		['The <b>bold</b> claim', 'en', 'The  bold  claim'],
		['A <span class="x">styled</span> word', 'en', 'A  styled  word'],
		// A word in angle brackets that is not an HTML tag is text the reader sees, and is read.
		['Press the <Enter> key.', 'en', 'Press the  Enter  key.'],
		['Then include <stdio.h> in your program.', 'en', 'Then include  stdio.h  in your program.'],
		['If 3 < 5 and 7 > 2', 'en', 'If 3 less than 5 and 7 greater than 2'],
		['Line<br/>break', 'en', 'Line break'],
		['Kinder < 5', 'de', 'Kinder   5'],
		['soft\u00adhyphen', 'en', 'softhyphen'],
		['zero\u200bwidth', 'en', 'zerowidth'],
		['\ufeffBOM at start', 'en', 'BOM at start'],
		['bell\u0007 char', 'en', 'bell char'],
		['lone \ud800 surrogate', 'en', 'lone  surrogate'],
		['emoji 👍 stays', 'en', 'emoji 👍 stays'],
		['a -> b', 'en', 'a   b'],
		['He said &quot;no&quot;', 'en', 'He said no'],
		['non&nbsp;breaking', 'en', 'non breaking'],
		// A bullet opening a list item is silent; elsewhere, or before a number, it stays.
		['* Collapse.', 'en', ' Collapse.'],
		['• Un accord', 'fr', ' Un accord'],
		['5 * 3 is 15', 'en', '5 * 3 is 15'],
		['-5 degrees', 'en', '-5 degrees'],
		// Footnote and citation markers are silent; a power is read.
		['in 1832.¹ Now', 'en', 'in 1832. Now'],
		['last quarter.* Profits', 'en', 'last quarter. Profits'],
		['Smith† and Jones‡ said.[4]', 'en', 'Smith and Jones said.'],
		['a 50 m² room; E = mc².', 'en', 'a 50 m² room; E = mc².'],
		// Markdown emphasis markers in pasted text are silent; snake_case is not emphasis.
		['*Dear Ruth,* it began, _never_ **twice**.', 'en', 'Dear Ruth, it began, never twice.'],
		['set max_value to 3', 'en', 'set max_value to 3']
	])('%j (%s) → %j', (shown, lang, spoken) => {
		expect(toSpokenText(shown, lang).spoken).toBe(spoken);
	});
});

describe('toSpokenText with replacements (a pronunciation lexicon)', () => {
	const lexicon: SpokenReplacement[] = [
		{ find: 'Nguyen', replace: 'Win' },
		{ find: 'US', replace: 'U S', caseSensitive: true },
		{ find: 'Dr.', replace: 'Doctor' },
		{ find: 'New York City', replace: 'New York City' },
		{ find: 'km', replace: 'kilometres' },
		{ find: { source: '(\\d+)\\s?mph' }, replace: '$1 miles per hour' },
		{ find: /\bNo\.\s?(\d+)/, replace: 'number $1' },
		{ find: 'AT&T', replace: 'A T and T' }
	];

	it.each([
		['Mr. Nguyen spoke.', 'Mr. Win spoke.'],
		['mr. nguyen spoke.', 'mr. Win spoke.'],
		['The US and us.', 'The U S and us.'],
		['Dr. Osei', 'Doctor Osei'],
		['Nguyens', 'Nguyens'],
		['a 5 km walk', 'a 5 kilometres walk'],
		['winds of 85 mph', 'winds of 85 miles per hour'],
		['the No. 5 seed', 'the number 5 seed'],
		['AT&T fell', 'A T and T fell'],
		['Nothing to replace here.', 'Nothing to replace here.']
	])('%j → %j', (shown, spoken) => {
		expect(toSpokenText(shown, 'en', lexicon).spoken).toBe(spoken);
	});

	it('lets caller replacements win over built-in ones at the same place', () => {
		expect(
			toSpokenText('Q&A', 'en', [{ find: 'Q&A', replace: 'questions and answers' }]).spoken
		).toBe('questions and answers');
	});

	it('lets the longest literal win', () => {
		const replacements = [
			{ find: 'New York', replace: 'NY' },
			{ find: 'New York Times', replace: 'the Times' }
		];
		expect(toSpokenText('The New York Times', 'en', replacements).spoken).toBe('The the Times');
	});

	it('accepts JSON-friendly pattern specs with flags', () => {
		const replacements = [{ find: { source: 'colou?r', flags: 'i' }, replace: 'colour' }];
		expect(toSpokenText('COLOR and color', 'en', replacements).spoken).toBe('colour and colour');
	});

	it('skips a lexicon entry whose pattern is invalid', () => {
		const replacements = [
			{ find: { source: '(' }, replace: 'x' },
			{ find: 'Nguyen', replace: 'Win' }
		];
		expect(toSpokenText('Mr. Nguyen (left)', 'en', replacements).spoken).toBe('Mr. Win (left)');
	});

	it('honours whole-word matching unless turned off', () => {
		expect(toSpokenText('cat category', 'en', [{ find: 'cat', replace: 'dog' }]).spoken).toBe(
			'dog category'
		);
		expect(
			toSpokenText('cat category', 'en', [{ find: 'cat', replace: 'dog', wholeWord: false }]).spoken
		).toBe('dog dogegory');
	});
});

describe('toSpokenText offset maps', () => {
	it('maps every word of the spoken text back to the shown word', () => {
		const shown = 'R&D at AT&T rose 5% for Dr. Nguyen.';
		const result = toSpokenText(shown, 'en', [
			{ find: 'AT&T', replace: 'A T and T' },
			{ find: 'Nguyen', replace: 'Win' }
		]);
		expect(result.spoken).toBe('R and D at A T and T rose 5% for Dr. Win.');
		const mapped = [...result.spoken.matchAll(/\S+/g)].map((word) => [
			word[0],
			result.toShown(word.index)
		]);
		expect(mapped).toEqual([
			['R', 0],
			['and', 1],
			['D', 2],
			['at', 4],
			['A', 7],
			['T', 7],
			['and', 7],
			['T', 7],
			['rose', 12],
			['5%', 17],
			['for', 20],
			['Dr.', 24],
			['Win.', 28]
		]);
	});

	it('is the identity when nothing changes', () => {
		const result = toSpokenText('Nothing changes here.');
		for (let offset = 0; offset <= result.spoken.length; offset++) {
			expect(result.toShown(offset)).toBe(offset);
			expect(result.toSpoken(offset)).toBe(offset);
		}
	});

	it('maps across removed characters to the next shown character', () => {
		const shown = 'a\u00adb c';
		const result = toSpokenText(shown);
		expect(result.spoken).toBe('ab c');
		expect(result.toShown(1)).toBe(2);
		expect(result.toShown(3)).toBe(4);
		expect(result.toSpoken(4)).toBe(3);
	});

	it('clamps offsets outside the text', () => {
		const result = toSpokenText('Salt & pepper');
		expect(result.toShown(-5)).toBe(0);
		expect(result.toShown(1000)).toBe('Salt & pepper'.length);
		expect(result.toSpoken(1000)).toBe(result.spoken.length);
	});
});
