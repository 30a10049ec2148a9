import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyParts, escapeHtml, paragraphMarkup, paragraphsMarkup } from './markup';
import type { Block, Paragraph } from './model';

const unescape = (html: string) =>
	html
		.replace(/<span class="sentence" data-line="\d+">|<\/span>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

describe('paragraph markup', () => {
	it.each([
		{
			name: 'two sentences with a space between',
			paragraph: { text: 'One. Two.', sentences: [{ start: 0, end: 4 }, { start: 5, end: 9 }] },
			firstLine: 7,
			html: '<span class="sentence" data-line="7">One.</span> <span class="sentence" data-line="8">Two.</span>'
		},
		{
			name: 'text before, between and after the sentences is kept',
			paragraph: { text: '  A.  B.  ', sentences: [{ start: 2, end: 4 }, { start: 6, end: 8 }] },
			firstLine: 0,
			html: '  <span class="sentence" data-line="0">A.</span>  <span class="sentence" data-line="1">B.</span>  '
		},
		{
			name: 'markup in the text is escaped, never parsed',
			paragraph: {
				text: '<img src=x onerror="alert(1)"> & \'quotes\'',
				sentences: [{ start: 0, end: 41 }]
			},
			firstLine: 3,
			html: '<span class="sentence" data-line="3">&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;</span>'
		},
		{
			name: 'a paragraph not yet segmented is plain escaped text',
			paragraph: { text: 'a < b', sentences: [] },
			firstLine: 0,
			html: 'a &lt; b'
		}
	])('$name', ({ paragraph, firstLine, html }) => {
		expect(paragraphMarkup(paragraph as Paragraph, firstLine)).toBe(html);
	});

	it('escapes the five characters HTML could read as markup', () => {
		expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
	});

	it('keeps the text exactly, marks each sentence once in order, and lets no tag through', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', maxLength: 200 }),
				fc.array(fc.nat(200), { maxLength: 12 }),
				fc.nat(10_000),
				(text, cuts, firstLine) => {
					const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
					const sentences = [];
					for (let i = 0; i + 1 < points.length; i += 2)
						sentences.push({ start: points[i] as number, end: points[i + 1] as number });
					const html = paragraphMarkup({ text, sentences }, firstLine);
					expect(unescape(html)).toBe(text);
					const lines = [...html.matchAll(/data-line="(\d+)"/g)].map((m) => Number(m[1]));
					expect(lines).toEqual(sentences.map((_, i) => firstLine + i));
					expect(html.replace(/<span class="sentence" data-line="\d+">|<\/span>/g, '')).not.toMatch(/[<>]/);
				}
			)
		);
	});
});

describe('section bodies', () => {
	const one: Paragraph = { text: 'One. Two.', sentences: [{ start: 0, end: 4 }, { start: 5, end: 9 }] };
	const three: Paragraph = { text: 'Three <3', sentences: [{ start: 0, end: 8 }] };
	const lines = new Map([
		[one, 4],
		[three, 6]
	]);
	const firstLine = (p: Paragraph) => lines.get(p) ?? 0;

	it('puts paragraphs in <p> elements, each marked from its own first line', () => {
		expect(paragraphsMarkup([one, three], firstLine)).toBe(
			'<p><span class="sentence" data-line="4">One.</span> <span class="sentence" data-line="5">Two.</span></p>' +
				'<p><span class="sentence" data-line="6">Three &lt;3</span></p>'
		);
		expect(paragraphsMarkup([], firstLine)).toBe('');
	});

	describe('lists', () => {
		const plain = (text: string, list?: Paragraph['list']): Paragraph =>
			list ? { text, sentences: [], list } : { text, sentences: [] };
		const none = () => 0;
		it.each([
			{
				name: 'a bulleted list between paragraphs, an item each',
				paragraphs: [
					plain('Intro'),
					plain('A', { item: 1, ordered: false }),
					plain('B', { item: 2, ordered: false }),
					plain('After')
				],
				html: '<p>Intro</p><ul><li><p>A</p></li><li><p>B</p></li></ul><p>After</p>'
			},
			{
				name: "an item's paragraphs (and the items nested in it) share its <li>",
				paragraphs: [
					plain('One', { item: 1, ordered: true }),
					plain('More of one', { item: 1, ordered: true }),
					plain('Two', { item: 2, ordered: true })
				],
				html: '<ol><li><p>One</p><p>More of one</p></li><li><p>Two</p></li></ol>'
			},
			{
				name: 'text keeping its own bullets: no second bullet, still a list',
				paragraphs: [
					plain('- A', { item: 1, ordered: false, markerInText: true }),
					plain('- B', { item: 2, ordered: false, markerInText: true })
				],
				html: '<ul class="marked" role="list"><li><p>- A</p></li><li><p>- B</p></li></ul>'
			},
			{
				name: 'a numbered list straight after a bulleted one is a list of its own',
				paragraphs: [
					plain('A', { item: 1, ordered: false }),
					plain('One', { item: 2, ordered: true })
				],
				html: '<ul><li><p>A</p></li></ul><ol><li><p>One</p></li></ol>'
			},
			{
				name: 'items that do not follow on (another list) start a new one',
				paragraphs: [plain('A', { item: 1, ordered: false }), plain('C', { item: 3, ordered: false })],
				html: '<ul><li><p>A</p></li></ul><ul><li><p>C</p></li></ul>'
			}
		])('$name', ({ paragraphs, html }) => {
			expect(paragraphsMarkup(paragraphs, none)).toBe(html);
		});

		it('opens and closes every list and item it writes, whatever the paragraphs', () => {
			const place = fc.option(
				fc.record({ item: fc.integer({ min: 1, max: 4 }), ordered: fc.boolean() }),
				{ nil: undefined }
			);
			fc.assert(
				fc.property(fc.array(place, { maxLength: 12 }), (places) => {
					const html = paragraphsMarkup(
						places.map((list, i) => plain(`p${i}`, list)),
						none
					);
					const count = (tag: string) => html.split(tag).length - 1;
					for (const tag of ['ul', 'ol', 'li', 'p'])
						expect(count(`<${tag}>`) + count(`<${tag} `)).toBe(count(`</${tag}>`));
					// Every paragraph is there, in order.
					expect(html.replace(/<[^>]+>/g, '')).toBe(places.map((_, i) => `p${i}`).join(''));
					// A list item is only ever inside a list, and a list only holds items.
					expect(html).not.toMatch(/<\/(?:ul|ol)><\/li>|<(?:ul|ol)[^>]*><p>|<\/p><li>/);
				})
			);
		});
	});

	it('makes one HTML part of each run of paragraphs and keeps scenario lists between them', () => {
		const scenarios = [{ id: 's1', number: 1, heading: 'Scenario 1', paragraphs: [] }];
		const blocks: Block[] = [
			{ kind: 'paragraph', paragraph: one },
			{ kind: 'paragraph', paragraph: three },
			{ kind: 'scenarios', scenarios },
			{ kind: 'paragraph', paragraph: three }
		];
		expect(bodyParts(blocks, firstLine)).toEqual([
			{ kind: 'paragraphs', html: paragraphsMarkup([one, three], firstLine) },
			{ kind: 'scenarios', scenarios },
			{ kind: 'paragraphs', html: paragraphsMarkup([three], firstLine) }
		]);
		expect(bodyParts([{ kind: 'scenarios', scenarios }], firstLine)).toEqual([
			{ kind: 'scenarios', scenarios }
		]);
	});
});
