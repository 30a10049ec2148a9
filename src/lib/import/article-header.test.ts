import { describe, expect, it } from 'vitest';
import { readArticleHeader, readByline } from './article-header';

const body = [
	'Washington is quietly weighing a new variant of a familiar playbook.',
	'Historical memory colors the current debate.'
];

describe('bylines', () => {
	it.each([
		['By Ana Ruiz', { name: 'Ana Ruiz', role: null }],
		['by Ana Ruiz and Tom Lee', { name: 'Ana Ruiz and Tom Lee', role: null }],
		['AI Journalist: Marcus Williams', { name: 'Marcus Williams', role: 'AI Journalist' }],
		[
			'Staff reporter: Jean-Luc de la Tour',
			{ name: 'Jean-Luc de la Tour', role: 'Staff reporter' }
		],
		['Correspondents: Ana Ruiz & Tom Lee', { name: 'Ana Ruiz & Tom Lee', role: 'Correspondents' }],
		// Not bylines: a sentence, a label that names no writer, a lower-case "name".
		['By the time we arrived, the shop had closed.', null],
		['Note: Prices Rose', null],
		['Update: Officials Said More', null],
		['AI Journalist: the one who wrote this', null],
		['By 2030', null]
	])('%s', (paragraph, expected) => {
		expect(readByline(paragraph)).toEqual(expected);
	});
});

describe('the header of an article copied as plain text', () => {
	it('tells standfirst, byline, bio, brief and player labels from the body (the AI journalist format)', () => {
		const header = readArticleHeader([
			'A developing story in Washington centers on discussions to form a coalition.',
			'AI Journalist: Marcus Williams',
			'Investigative political correspondent with deep expertise in government accountability.',
			"View Journalist's Editorial Perspective",
			'"You are Marcus Williams, an investigative AI journalist covering politics."',
			'Listen to Article',
			'Click play to generate audio',
			...body
		]);
		expect(header).toEqual({
			dek: 'A developing story in Washington centers on discussions to form a coalition.',
			byline: 'Marcus Williams',
			authorRole: 'AI Journalist',
			authorBio:
				'Investigative political correspondent with deep expertise in government accountability.',
			perspective: 'You are Marcus Williams, an investigative AI journalist covering politics.',
			body
		});
	});

	it.each([
		[
			'a plain byline first, no standfirst',
			['By Ana Ruiz', ...body],
			{ byline: 'Ana Ruiz', dek: null, body }
		],
		[
			'a standfirst and a byline; the paragraph after it is body (nothing labels it a bio)',
			['The short version.', 'By Ana Ruiz', 'A bio-length first paragraph.', ...body],
			{
				byline: 'Ana Ruiz',
				dek: 'The short version.',
				authorBio: null,
				body: ['A bio-length first paragraph.', ...body]
			}
		],
		[
			'the player labels alone, at the top',
			['Listen to this article', ...body],
			{ byline: null, dek: null, body }
		],
		[
			'a brief whose text quotes something keeps its quotation marks',
			[
				'View Journalist’s Editorial Perspective',
				'“Focus on” the facts and “never” speculate.',
				...body
			],
			{ perspective: '“Focus on” the facts and “never” speculate.', body }
		]
	])('%s', (_, paragraphs, expected) => {
		expect(readArticleHeader(paragraphs)).toMatchObject(expected);
	});

	it.each([
		['no header at all', body],
		['a byline in the third paragraph (it is body)', ['One.', 'Two.', 'By Ana Ruiz', ...body]],
		['a "standfirst" too long to be one', ['x '.repeat(400), 'By Ana Ruiz', ...body]],
		['nothing but a header', ['A standfirst.', 'By Ana Ruiz', 'Listen to Article']],
		['a player label inside the body', [body[0]!, 'Listen now', body[1]!]]
	])('leaves the text as it is: %s', (_, paragraphs) => {
		expect(readArticleHeader(paragraphs)).toEqual({
			dek: null,
			byline: null,
			authorRole: null,
			authorBio: null,
			perspective: null,
			body: paragraphs
		});
	});
});
