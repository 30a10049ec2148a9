import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentHashOf } from '../content/content-hash';
import { parseArticle } from '../content/parse';
import { segmentArticle } from '../content/segment';
import { isArticle } from '../content/validate';
import { bylineText } from '../content/script';
import { buildArticle, normalizeSpace, openingWords } from './blocks';
import {
	checkFileBytes,
	detectFormat,
	hashText,
	importText,
	maxImportBytes,
	overImportLimit,
	utf8ByteLength
} from './index';
import { extractMarkdown, extractPlainText } from './text';

const paragraphs = (result: ReturnType<typeof importText>) =>
	result.ok
		? result.article.sections.flatMap((s) =>
				s.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.paragraph.text] : []))
			)
		: [];

describe('plain text', () => {
	it('takes the first short line as the title and blank lines as paragraphs', () => {
		const result = importText('My title\n\nFirst paragraph,\nwrapped here.\n\nSecond one.');
		expect(result.ok && result.article.headline).toBe('My title');
		expect(paragraphs(result)).toEqual(['First paragraph, wrapped here.', 'Second one.']);
		expect(result.ok && result.format).toBe('text');
	});

	it('takes each line as a paragraph when the lines are whole paragraphs, not a hard wrap', () => {
		const long = (n: number) => `Paragraph ${n} ${'runs on and on, '.repeat(14)}to its end.`;
		const result = importText(`My title\n${long(1)}\n${long(2)}\n${long(3)}`, { format: 'text' });
		expect(paragraphs(result)).toEqual([long(1), long(2), long(3)]);
		// Hard-wrapped lines still join.
		const wrapped = importText(
			'Title\n\nA first line that is wrapped at a\nfixed width, and ends here.'
		);
		expect(paragraphs(wrapped)).toEqual([
			'A first line that is wrapped at a fixed width, and ends here.'
		]);
	});

	it('keeps a heading followed at once by its sub-headings (Markdown and HTML levels)', () => {
		const result = importText(
			'# Garden Guide\n\nA short intro paragraph about gardens.\n\n## Spring\n\n### Planting\n\nPlant the seeds in rows.\n\n### Watering\n\nWater them daily.\n\n## Summer\n\nHarvest the beans.',
			{ format: 'markdown' }
		);
		expect(result.ok && result.article.sections.map((s) => s.heading)).toEqual([
			'A short intro paragraph about gardens',
			'Spring',
			'Planting',
			'Watering',
			'Summer'
		]);
	});

	it('joins a hard-wrapped line that ends in an abbreviation leading into the next line', () => {
		const result = importText(
			'A study of sleep\n\nThe study was led by Dr.\nHelen Marsh of the University of Leeds, with co-authors\nfrom Oxford.\n\nIt was funded by the Wellcome Trust.',
			{ format: 'text' }
		);
		expect(paragraphs(result)).toEqual([
			'The study was led by Dr. Helen Marsh of the University of Leeds, with co-authors from Oxford.',
			'It was funded by the Wellcome Trust.'
		]);
	});

	it('reads an article copied in the seed’s own format: header apart, player labels left out, paragraphs verbatim', () => {
		const seed = readFileSync(
			resolve(process.cwd(), '../shared/seed/000_b1d121bcdf4529b4.txt'),
			'utf8'
		);
		const lines = seed.split('\n').filter((line) => line.trim() !== '');
		const result = importText(seed, { fileName: 'article.txt' });
		if (!result.ok) throw new Error(result.error);
		const { article } = result;
		expect(article.headline).toBe(lines[0]);
		expect(article.dek).toBe(lines[1]);
		expect(article.author).toEqual({
			name: 'Marcus Williams',
			role: 'AI Journalist',
			bio: lines[3]
		});
		expect(article.perspective).toBe(lines[5]!.replace(/^"|"$/g, ''));
		// The eight body paragraphs, each verbatim; "Listen to Article" and "Click play to generate
		// audio" (the source site's player) are not text to read. The last lays out three scenarios,
		// cut out of it between sentences.
		const body = lines.slice(8);
		expect(body).toHaveLength(8);
		const texts = article.sections.flatMap((s) =>
			s.blocks.map((b) =>
				b.kind === 'paragraph'
					? b.paragraph.text
					: b.scenarios.map((scenario) => scenario.paragraphs[0]!.text).join(' ')
			)
		);
		expect(texts.slice(0, 7)).toEqual(body.slice(0, 7));
		expect(texts.slice(7).join(' ')).toBe(body[7]);
		expect(article.sections.length).toBeGreaterThan(1);
		const scenarios = article.sections.flatMap((s) =>
			s.blocks.flatMap((b) => (b.kind === 'scenarios' ? b.scenarios : []))
		);
		expect(scenarios.map((scenario) => scenario.heading)).toEqual([
			'Scenario 1: One scenario envisions a tightly scoped…',
			'Scenario 2: A second, more ambitious path could…',
			'Scenario 3: A third outcome is a cautious…'
		]);
	});

	it('does not take the first line of a hard-wrapped paragraph as the title', () => {
		const doc = extractPlainText(
			'The committee met on Tuesday and agreed,\nafter a long debate, to adjourn.'
		);
		expect(doc.title).toBe('');
		expect(doc.blocks).toHaveLength(1);
	});

	it('makes sections from paragraphs when there are no headings, headed by their opening words', () => {
		const text = [
			'Title',
			...Array.from({ length: 9 }, (_, i) => `Paragraph number ${i + 1} says something.`)
		].join('\n\n');
		const result = importText(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.article.sections.map((s) => s.heading)).toEqual([
			'Paragraph number 1 says something',
			'Paragraph number 5 says something',
			'Paragraph number 9 says something'
		]);
		expect(result.article.sections.every((s) => s.generatedHeading)).toBe(true);
	});

	it('takes a short line standing alone before a longer paragraph as a section heading', () => {
		const text =
			'Packing for the trip\n\nWhat to bring\n\nA warm coat is essential on the night train.\n\nTips\n\nBook early. Bring earplugs.\n\nBy the way\n\nShort.';
		const result = importText(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.article.headline).toBe('Packing for the trip');
		expect(result.article.sections.map((s) => [s.heading, s.generatedHeading ?? false])).toEqual([
			['What to bring', false],
			['Tips', false]
		]);
		// Not a heading: a line longer than what follows it ("By the way" before "Short.").
		expect(paragraphs(result)).toEqual([
			'A warm coat is essential on the night train.',
			'Book early. Bring earplugs.',
			'By the way',
			'Short.'
		]);
	});

	it('keeps a short first line as the title, and short lines as headings, in text read as Markdown', () => {
		const text =
			'Night trains of Europe\nA brief note on sleeper services.\n\nRoutes\nVienna to Venice, overnight.\nParis to Berlin, three nights a week.\n\n1. Book early.\n2. Bring earplugs.';
		expect(detectFormat(text)).toBe('markdown');
		const result = importText(text);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.article.headline).toBe('Night trains of Europe');
		expect(result.article.sections.map((s) => s.heading).at(-1)).toBe('Routes');
		expect(paragraphs(result)).toContain(
			'Vienna to Venice, overnight. Paris to Berlin, three nights a week.'
		);
		// A paragraph hard-wrapped at a narrow width stays one paragraph.
		const wrapped = importText(
			'# Notes\n\nThe committee met with\nSenator Smith on Tuesday and\nagreed on nothing at all.\n\nA short line here\nand the sentence goes on.\n\nShort wrapped line\nNearly as long as it.\n\n- One item.'
		);
		expect(paragraphs(wrapped)).toEqual([
			'The committee met with Senator Smith on Tuesday and agreed on nothing at all.',
			'A short line here and the sentence goes on.',
			'Short wrapped line Nearly as long as it.',
			'One item.'
		]);
	});

	it('segments the imported text into sentences', () => {
		const result = importText('Title\n\nOne sentence here. Another one follows! And a third?');
		expect(result.ok && result.article.sections[0]!.blocks[0]).toMatchObject({
			kind: 'paragraph',
			paragraph: { sentences: [{ start: 0 }, {}, {}] }
		});
	});

	it('keeps a 10 000-word sentence without punctuation', () => {
		const long = Array.from({ length: 10_000 }, (_, i) => `word${i}`).join(' ');
		const result = importText(`Long one\n\n${long}`);
		expect(paragraphs(result)).toEqual([long]);
	});

	it('keeps emoji, combining characters and right-to-left text', () => {
		const result = importText(
			'سلام\n\nهذا نص عربي طويل بما يكفي لمعرفة لغته واتجاهه بسهولة تامة.\n\nCafe\u0301 👩‍👩‍👧 ok.'
		);
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.article.dir).toBe('rtl');
		expect(result.article.lang).toBe('ar');
		expect(paragraphs(result)[1]).toBe('Cafe\u0301 👩‍👩‍👧 ok.');
	});
});

describe('Markdown', () => {
	it('takes headings as sections and strips inline markup to visible text', () => {
		const doc = extractMarkdown(
			'# The title\n\nIntro with **bold** and [a link](https://example.com) and ![img](x.png).\n\n## Part one\n\n- item one\n- item *two*\n\n## Part two\n\n> quoted text\n'
		);
		expect(doc.title).toBe('The title');
		expect(doc.blocks).toEqual([
			{ kind: 'paragraph', text: 'Intro with bold and a link and .' },
			{ kind: 'heading', text: 'Part one' },
			{ kind: 'paragraph', text: 'item one', list: { item: 1, ordered: false } },
			{ kind: 'paragraph', text: 'item two', list: { item: 2, ordered: false } },
			{ kind: 'heading', text: 'Part two' },
			{ kind: 'paragraph', text: 'quoted text' }
		]);
		const result = importText('# The title\n\nIntro.\n\n## Part one\n\nBody.\n');
		expect(
			result.ok && result.article.sections.map((s) => [s.heading, !!s.generatedHeading])
		).toEqual([
			['Intro', true],
			['Part one', false]
		]);
	});
});

describe('Markdown with an article header', () => {
	it('takes the standfirst, byline, bio and brief from the paragraphs before the first heading', () => {
		const result = importText(
			[
				'# A title',
				'A standfirst in one paragraph.',
				'AI Journalist: Ana Ruiz',
				'Reports on cities.',
				"View Journalist's Editorial Perspective",
				'"Write plainly."',
				'Listen to Article',
				'## First part',
				'The body starts here.'
			].join('\n\n'),
			{ format: 'markdown' }
		);
		if (!result.ok) throw new Error(result.error);
		expect(result.article).toMatchObject({
			headline: 'A title',
			dek: 'A standfirst in one paragraph.',
			author: { name: 'Ana Ruiz', role: 'AI Journalist', bio: 'Reports on cities.' },
			perspective: 'Write plainly.'
		});
		expect(result.article.sections.map((s) => s.heading)).toEqual(['First part']);
		expect(paragraphs(result)).toEqual(['The body starts here.']);
	});

	it('keeps a lone byline-like paragraph as the text when nothing else is there', () => {
		const result = importText('# A title\n\nBy Ana Ruiz', { format: 'markdown' });
		expect(paragraphs(result)).toEqual(['By Ana Ruiz']);
	});
});

describe('scenarios in imported articles', () => {
	const scenarioLists = (result: ReturnType<typeof importText>) =>
		result.ok
			? result.article.sections.map((s) =>
					s.blocks.map((b) =>
						b.kind === 'paragraph'
							? b.paragraph.text
							: b.scenarios.map((x) => ({
									heading: x.heading,
									text: x.paragraphs.map((p) => p.text)
								}))
					)
				)
			: [];

	it('takes "Scenario N" headings inside a section as its scenario list', () => {
		const result = importText(
			[
				'# Title',
				'## Looking ahead',
				'Two paths remain.',
				'### Scenario 1: A deal',
				'Talks resume.',
				'They end in May.',
				'### Scenario 2: Collapse',
				'Talks fail.',
				'## After',
				'More text.'
			].join('\n\n'),
			{ format: 'markdown' }
		);
		expect(scenarioLists(result)).toEqual([
			[
				'Two paths remain.',
				[
					{ heading: 'Scenario 1: A deal', text: ['Talks resume.', 'They end in May.'] },
					{ heading: 'Scenario 2: Collapse', text: ['Talks fail.'] }
				]
			],
			['More text.']
		]);
		// An author's headings are spoken as they are.
		const list = result.ok ? result.article.sections[0]!.blocks[1]! : null;
		expect(list?.kind === 'scenarios' && list.scenarios.every((x) => !x.generatedTitle)).toBe(true);
	});

	it('takes a run of paragraphs labelled "Scenario 1: …", "Scenario 2: …" as a scenario list', () => {
		const result = importText(
			[
				'Title',
				'Analysts describe three outcomes.',
				'Scenario 1: A quick deal. Talks resume in spring and end by May.',
				'Scenario 2: A long stalemate in which neither side moves and prices drift higher for years. Nobody gains.',
				'Scenario 3 — collapse. Talks fail.',
				'Either way, prices will rise.'
			].join('\n\n'),
			{ format: 'text' }
		);
		expect(scenarioLists(result)).toEqual([
			[
				'Analysts describe three outcomes.',
				[
					{
						heading: 'Scenario 1: A quick deal',
						text: ['Scenario 1: A quick deal. Talks resume in spring and end by May.']
					},
					{
						heading: 'Scenario 2: A long stalemate in which neither…',
						text: [
							'Scenario 2: A long stalemate in which neither side moves and prices drift higher for years. Nobody gains.'
						]
					},
					{ heading: 'Scenario 3: collapse', text: ['Scenario 3 — collapse. Talks fail.'] }
				],
				'Either way, prices will rise.'
			]
		]);
	});

	it('takes paragraphs opening "The first scenario …", "The second …" as a scenario list, in one section', () => {
		const result = importText(
			[
				'Title',
				'Talks stalled in March.',
				'Looking ahead, three scenarios stand out.',
				'The first scenario is a quick deal. Both sides give ground.',
				'In the second, talks drag on for years.',
				'The worst case is collapse.',
				'Across these scenarios, prices rise.'
			].join('\n\n'),
			{ format: 'text' }
		);
		// The list counts as one paragraph of a generated section's four: without the run, the second
		// and third scenarios would be cut into a second section.
		expect(scenarioLists(result)).toEqual([
			[
				'Talks stalled in March.',
				'Looking ahead, three scenarios stand out.',
				[
					{
						heading: 'Scenario 1: The first scenario is a quick deal',
						text: ['The first scenario is a quick deal. Both sides give ground.']
					},
					{
						heading: 'Scenario 2: In the second, talks drag on for years',
						text: ['In the second, talks drag on for years.']
					},
					{
						heading: 'Scenario 3: The worst case is collapse',
						text: ['The worst case is collapse.']
					}
				],
				'Across these scenarios, prices rise.'
			]
		]);
	});

	it('takes a list after a sentence introducing alternatives as a scenario list', () => {
		const result = importText(
			'# Title\n\nTalks stalled in March.\n\nAnalysts see three possible outcomes:\n\n- **A deal.** Both sides give ground.\n- **A stalemate** that drags on for years.\n  - nested detail\n- **Collapse.**\n\nPrices will rise.',
			{ format: 'markdown' }
		);
		const blocks = result.ok ? result.article.sections.flatMap((s) => s.blocks) : [];
		const list = blocks.find((b) => b.kind === 'scenarios');
		expect(
			list?.kind === 'scenarios' &&
				list.scenarios.map((s) => [s.heading, s.paragraphs.map((p) => p.text)])
		).toEqual([
			['Scenario 1: A deal', ['A deal. Both sides give ground.']],
			[
				'Scenario 2: A stalemate that drags on for years',
				['A stalemate that drags on for years.', 'nested detail']
			],
			['Scenario 3: Collapse', ['Collapse.']]
		]);
		// The introduction and what follows stay paragraphs.
		expect(blocks.at(-1)).toMatchObject({ paragraph: { text: 'Prices will rise.' } });
	});

	it.each([
		[
			'a list',
			'Dockworkers walked out on Monday.\n\nShippers have rerouted cargo.\n\nThe union wants a 9% raise.\n\nAnalysts see three possible outcomes:\n\n- A deal by Friday.\n- A strike lasting months.\n- Government intervention.'
		],
		[
			'a paragraph each',
			'Dockworkers walked out on Monday.\n\nShippers have rerouted cargo.\n\nThe union wants a 9% raise.\n\nAnalysts see three possible outcomes.\n\nThe first scenario is a deal by Friday.\n\nThe second scenario is a strike lasting months.\n\nThe third scenario is government intervention.'
		]
	])(
		'keeps scenarios written as %s with the fourth paragraph introducing them, in one generated section',
		(_, body) => {
			const result = importText(`# Port strike\n\n${body}`, { format: 'markdown' });
			const sections = result.ok ? result.article.sections : [];
			expect(sections).toHaveLength(1);
			const list = sections[0]!.blocks.at(-1)!;
			expect(list.kind === 'scenarios' && list.scenarios.length).toBe(3);
			expect(sections[0]!.blocks.at(-2)).toMatchObject({
				paragraph: { text: expect.stringMatching(/^Analysts see three possible outcomes/) }
			});
		}
	);

	it.each([
		{
			format: 'markdown' as const,
			text: '# Repotting\n\nYou will need a few things.\n\n1. A pot.\n2. Fresh soil.\n   - Peat-free, ideally.\n\nWater it well.',
			items: [
				['A pot.', { item: 1, ordered: true }],
				['Fresh soil.', { item: 2, ordered: true }],
				['Peat-free, ideally.', { item: 2, ordered: true }]
			]
		},
		{
			format: 'text' as const,
			text: 'Repotting\n\nYou will need a few things.\n\n- A pot.\n- Fresh soil.\n\nWater it well.',
			items: [
				['- A pot.', { item: 1, ordered: false, markerInText: true }],
				['- Fresh soil.', { item: 2, ordered: false, markerInText: true }]
			]
		}
	])('keeps a $format list that lays out no scenarios as a list', ({ format, text, items }) => {
		const result = importText(text, { format });
		const blocks = result.ok ? result.article.sections.flatMap((s) => s.blocks) : [];
		expect(
			blocks.map((b) => b.kind === 'paragraph' && [b.paragraph.text, b.paragraph.list])
		).toEqual([
			['You will need a few things.', undefined],
			...items,
			['Water it well.', undefined]
		]);
	});

	it('keeps "•" lines in text read as Markdown (it has a "- " list too) as a list of their own', () => {
		const result = importText(
			'Canal holiday\n\nBefore you go, book:\n\n- A boat\n- A mooring\n\nOn board you will need:\n• Waterproof jackets\n• A *windlass*\n\nHave a calm trip.',
			{ format: 'markdown' }
		);
		const blocks = result.ok ? result.article.sections.flatMap((s) => s.blocks) : [];
		expect(
			blocks.map((b) => b.kind === 'paragraph' && [b.paragraph.text, b.paragraph.list])
		).toEqual([
			['Before you go, book:', undefined],
			['A boat', { item: 1, ordered: false }],
			['A mooring', { item: 2, ordered: false }],
			['On board you will need:', undefined],
			['• Waterproof jackets', { item: 3, ordered: false, markerInText: true }],
			['• A windlass', { item: 4, ordered: false, markerInText: true }],
			['Have a calm trip.', undefined]
		]);
	});

	it('takes a pasted plain-text list after a sentence introducing possible futures as a scenario list', () => {
		const result = importText(
			'Port strike\n\nDockworkers walked out on Monday.\n\nAnalysts see three possible outcomes:\n- A deal by Friday.\n- A strike lasting months. Prices would climb.\n• Government intervention.\n\nPrices will rise.',
			{ format: 'text' }
		);
		expect(scenarioLists(result)).toEqual([
			[
				'Dockworkers walked out on Monday.',
				'Analysts see three possible outcomes:',
				[
					{ heading: 'Scenario 1: A deal by Friday', text: ['- A deal by Friday.'] },
					{
						heading: 'Scenario 2: A strike lasting months',
						text: ['- A strike lasting months. Prices would climb.']
					},
					{ heading: 'Scenario 3: Government intervention', text: ['• Government intervention.'] }
				],
				'Prices will rise.'
			]
		]);
	});

	it('leaves a list after a sentence naming no possible futures as paragraphs (a how-to’s options too)', () => {
		for (const intro of ['You will need:', 'There are two options:']) {
			const result = importText(`# Title\n\n${intro}\n\n- flour\n- water\n- salt`, {
				format: 'markdown'
			});
			expect(scenarioLists(result)).toEqual([[intro, 'flour', 'water', 'salt']]);
		}
	});

	it('leaves paragraphs opening "First, …", "Second, …" as paragraphs where no alternatives are named', () => {
		const result = importText(
			'Title\n\nBake the bread.\n\nFirst, heat the oven.\n\nSecond, mix the flour.',
			{ format: 'text' }
		);
		expect(scenarioLists(result)).toEqual([
			['Bake the bread.', 'First, heat the oven.', 'Second, mix the flour.']
		]);
	});

	it('leaves a lone "Scenario 2" paragraph, or labels out of order, as paragraphs', () => {
		const result = importText('Title\n\nScenario 2: talks fail.\n\nScenario 1: a deal.', {
			format: 'text'
		});
		expect(scenarioLists(result)).toEqual([['Scenario 2: talks fail.', 'Scenario 1: a deal.']]);
	});
});

describe('Hark’s own article files', () => {
	const file = 'content/articles/coalition-of-the-willing-venezuela.md';
	const source = readFileSync(resolve(process.cwd(), file), 'utf8');

	it('reads a file in Hark’s format as the build reads it: header, sections and scenarios', () => {
		const bundled = segmentArticle(parseArticle(source, file));
		const result = importText(source, { fileName: 'coalition.md' });
		if (!result.ok) throw new Error(result.error);
		expect(result.format).toBe('markdown');
		expect(result.article.slug).toBe(`a-${result.contentHash}`);
		expect(result.article.source).toBe('coalition.md');
		expect({ ...result.article, slug: bundled.slug, source: bundled.source }).toEqual(bundled);
		// Pasted, with no file name, it is the same article.
		const pasted = importText(source);
		expect(pasted.ok && pasted.article.sections).toEqual(bundled.sections);
	});

	it('gives the bundled article’s content hash to its file and to the seed’s text, so neither is kept twice', () => {
		const bundled = contentHashOf(segmentArticle(parseArticle(source, file)));
		const seedText = readFileSync(
			resolve(process.cwd(), '../shared/seed/000_b1d121bcdf4529b4.txt'),
			'utf8'
		);
		for (const result of [importText(source), importText(seedText)])
			expect(result.ok && result.contentHash).toBe(bundled);
		const other = importText(seedText.replace(/^.*/, 'Another headline'));
		expect(other.ok && other.contentHash).not.toBe(bundled);
	});

	it('names the line of a mistake in such a file', () => {
		const broken = source.replace('::: scenarios\n', '');
		const result = importText(broken, { fileName: 'coalition.md' });
		expect(result.ok).toBe(false);
		expect(!result.ok && result.error).toMatch(
			/^This is a Hark article file with a mistake on line \d+: a "### " scenario heading must be inside "::: scenarios"\.$/
		);
	});

	it.each([
		['Markdown with a horizontal rule first', '---\n\nSome text.\n\n---\n\nMore text.'],
		['front matter without a headline', '---\ntitle: Mine\n---\n\nSome text.']
	])('leaves other text to the other readers: %s', (_, text) => {
		const result = importText(text);
		expect(result.ok).toBe(true);
		expect(paragraphs(result).length).toBeGreaterThan(0);
	});
});

describe('format and file checks', () => {
	it.each([
		['x', 'story.html', 'html'],
		['x', 'story.HTM', 'html'],
		['x', 'notes.md', 'markdown'],
		['# x', 'notes.txt', 'text'],
		['<!doctype html><p>x</p>', undefined, 'html'],
		['<article><p>x</p></article>', undefined, 'html'],
		['# Heading\n\ntext', undefined, 'markdown'],
		['Plain words. More words.', undefined, 'text']
	] as const)('%j named %s is %s', (text, name, format) => {
		expect(detectFormat(text, name)).toBe(format);
	});

	it('refuses binary, empty and oversized files with the limit named', () => {
		expect(checkFileBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]), 'photo.txt')).toMatch(
			/not a text file/
		);
		expect(checkFileBytes(new Uint8Array(0), 'empty.txt')).toMatch(/empty/);
		expect(checkFileBytes(new Uint8Array(maxImportBytes + 1), 'big.txt')).toMatch(/up to 5 MB/);
		expect(checkFileBytes(new TextEncoder().encode('Just text.\n'), 'ok.txt')).toBeNull();
	});

	it('refuses pasted text over 5 MB in UTF-8, and measures text near the limit exactly', () => {
		const words = 'Wörds ünder the limit. '; // 25 bytes in 23 UTF-16 units
		const under = words.repeat(Math.floor(maxImportBytes / 25));
		expect(overImportLimit(under)).toBe(false);
		expect(overImportLimit(`${under}€€€`)).toBe(true);
		expect(overImportLimit('x'.repeat(maxImportBytes))).toBe(false);
		expect(overImportLimit('x'.repeat(maxImportBytes + 1))).toBe(true);
		expect(importText(`${under}€€€`)).toEqual({
			ok: false,
			error: expect.stringMatching(/over 5 MB/)
		});
	});

	it.each([
		['', 0],
		['abc', 3],
		['é', 2],
		['€', 3],
		['😀', 4],
		['\ud83d', 3],
		['a\ude00b', 5]
	])('counts %j as %i bytes of UTF-8', (text, bytes) => {
		expect(utf8ByteLength(text)).toBe(bytes);
	});

	it('counts UTF-8 bytes exactly as TextEncoder writes them', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 60 }),
					fc.string({ unit: 'grapheme', maxLength: 30 }),
					fc.string({ maxLength: 60 })
				),
				(text) => {
					expect(utf8ByteLength(text)).toBe(new TextEncoder().encode(text).length);
				}
			),
			{ numRuns: 200 }
		);
	});

	it('refuses empty and whitespace-only input', () => {
		for (const input of ['', '   ', '\n\n\t\n'])
			expect(importText(input)).toEqual({ ok: false, error: expect.stringMatching(/no text/) });
	});

	it('hashes text stably and distinguishes different texts', () => {
		expect(hashText('abc')).toBe(hashText('abc'));
		expect(hashText('abc')).not.toBe(hashText('abd'));
		const a = importText('Same\n\nText here.');
		const b = importText('Same\n\nText here.');
		expect(a.ok && b.ok && a.article.slug === b.article.slug).toBe(true);
	});
});

describe('building articles', () => {
	it('drops a heading that repeats the title and headings with no text after them; keeps a heading before another', () => {
		const article = buildArticle(
			{
				title: 'Title',
				byline: 'By Someone',
				lang: 'en',
				dir: 'ltr',
				source: 'Site',
				blocks: [
					{ kind: 'heading', text: 'Title' },
					{ kind: 'paragraph', text: 'Intro.' },
					{ kind: 'heading', text: 'Empty' },
					{ kind: 'heading', text: 'Real' },
					{ kind: 'paragraph', text: 'Body.' },
					{ kind: 'heading', text: 'Share this' },
					{ kind: 'heading', text: 'Related' }
				]
			},
			'id'
		);
		// "Empty" heads "Real" (a page's parent heading): kept, holding only its heading.
		expect(article?.sections.map((s) => [s.heading, s.blocks.length])).toEqual([
			['Intro', 1],
			['Empty', 0],
			['Real', 1]
		]);
		expect(article && isArticle(article)).toBe(true);
		// The page's "By" is not kept: the byline is shown and spoken "By Someone", not "By By Someone".
		expect(article?.author?.name).toBe('Someone');
	});

	it.each([
		['By Ana Ruiz', 'Ana Ruiz'],
		['Ana Ruiz', 'Ana Ruiz'],
		['by  ana ruiz', 'By Ana Ruiz'],
		['By Ana Ruiz', 'By Ana Ruiz']
	])('drops an opening paragraph %j that only repeats the byline %j', (opening, byline) => {
		const article = buildArticle(
			{
				title: 'Title',
				byline,
				lang: 'en',
				dir: 'ltr',
				source: null,
				blocks: [
					{ kind: 'heading', text: 'Title' },
					{ kind: 'paragraph', text: opening },
					{ kind: 'heading', text: 'Part 1' },
					{ kind: 'paragraph', text: 'Body.' }
				]
			},
			'id'
		);
		expect(article?.sections.map((s) => s.heading)).toEqual(['Part 1']);
		expect(article?.author?.name).toBe('Ana Ruiz');
	});

	it('takes the word for "by" off a byline in the page’s language ("Par Ana Ruiz" on a French page)', () => {
		const article = buildArticle(
			{
				title: 'Titre',
				byline: 'Par Ana Ruiz',
				lang: 'fr',
				dir: 'ltr',
				source: null,
				blocks: [
					{ kind: 'paragraph', text: 'Par Ana Ruiz' },
					{ kind: 'heading', text: 'Partie 1' },
					{ kind: 'paragraph', text: 'Le texte.' }
				]
			},
			'id'
		);
		expect(article?.author?.name).toBe('Ana Ruiz');
		expect(article?.sections.map((s) => s.heading)).toEqual(['Partie 1']);
		expect(article && bylineText(article)).toBe('Par Ana Ruiz');
	});

	it('keeps an opening paragraph that says more than the byline', () => {
		const article = buildArticle(
			{
				title: 'Title',
				byline: 'Ana Ruiz',
				lang: 'en',
				dir: 'ltr',
				source: null,
				blocks: [
					{ kind: 'paragraph', text: 'Ana Ruiz reports from Lima.' },
					{ kind: 'paragraph', text: 'Body.' }
				]
			},
			'id'
		);
		const texts = article?.sections.flatMap((s) =>
			s.blocks.map((b) => (b.kind === 'paragraph' ? b.paragraph.text : ''))
		);
		expect(texts).toEqual(['Ana Ruiz reports from Lima.', 'Body.']);
	});

	it('returns null when there is no paragraph at all', () => {
		expect(
			buildArticle(
				{
					title: 't',
					byline: null,
					lang: null,
					dir: null,
					source: null,
					blocks: [{ kind: 'heading', text: 'h' }]
				},
				'x'
			)
		).toBeNull();
	});

	it('makes headings from opening words', () => {
		expect(openingWords('One two three four five six seven', 6)).toBe(
			'One two three four five six…'
		);
		expect(openingWords('Short one.', 6)).toBe('Short one');
	});
});

describe('properties', () => {
	it('never throws, and the article holds exactly the visible text of plain-text input', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ maxLength: 400 }),
					fc.string({ unit: 'grapheme', maxLength: 300 }),
					fc.array(fc.lorem({ maxCount: 8 }), { maxLength: 6 }).map((ps) => ps.join('\n\n'))
				),
				(input) => {
					const result = importText(input, { format: 'text' });
					if (!result.ok) {
						expect(normalizeSpace(input)).toBe('');
						return;
					}
					const visible = normalizeSpace(input);
					const body = normalizeSpace(paragraphs(result).join(' '));
					// The text is the input's visible text exactly: all of it in the body, or the first
					// line as the title and the rest in the body.
					const headline = result.article.headline;
					expect([body, normalizeSpace(`${headline} ${body}`)]).toContain(visible);
				}
			),
			{ numRuns: 300 }
		);
	});
});
