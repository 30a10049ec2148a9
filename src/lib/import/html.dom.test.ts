/** The page title Hark gives an imported web page (Readability's rules, with dashes as separators). */
import { describe, expect, it } from 'vitest';
import { blocksOf, extractHtml } from './html';
import { importText } from './index';

const paragraph =
	'The committee met on Tuesday to weigh the proposal, and its members spoke at length about the costs, the benefits and the people it would touch. ';
const page = (title: string, head = '') =>
	`<!doctype html><html lang="en"><head><title>${title}</title>${head}</head><body><article>${`<p>${paragraph.repeat(3)}</p>`.repeat(4)}</article></body></html>`;
const titleOf = (html: string) =>
	extractHtml(html, window as unknown as Window & typeof globalThis).title;

describe('the title of an imported web page', () => {
	it.each([
		['Lorem ipsum dolor sit amet – My website', 'Lorem ipsum dolor sit amet'],
		['How the river changed its course — The Valley Gazette', 'How the river changed its course'],
		[
			'Zuckerberg offers peek at acquisition strategies - CNET',
			'Zuckerberg offers peek at acquisition strategies'
		],
		// Only the part after the last separator goes, as at any other.
		['What the council decided | Local News – Town Daily', 'What the council decided | Local News'],
		// Four words or fewer left: the whole title, with the page's own dash.
		[
			'Evolve: Shared Mutable History — evolve extension for Mercurial',
			'Evolve: Shared Mutable History — evolve extension for Mercurial'
		],
		['Brexit vote explained — BBC News', 'Brexit vote explained — BBC News'],
		// A dash inside words, or without spaces, separates nothing.
		[
			'The pre–war politics of the region, explained in full',
			'The pre–war politics of the region, explained in full'
		],
		[
			'Prices rose 5—7 per cent across the region last year',
			'Prices rose 5—7 per cent across the region last year'
		]
	])('%s → %s', (title, expected) => {
		expect(titleOf(page(title))).toBe(expected);
	});

	it("takes the page's og:title as given, dashes and all", () => {
		const head = '<meta property="og:title" content="A field guide — second edition">';
		expect(titleOf(page('A field guide — second edition — Nature Press', head))).toBe(
			'A field guide — second edition'
		);
	});
});

describe('a short pasted HTML fragment', () => {
	it('takes its <h1> as the headline, not as a section', () => {
		const html =
			'<h1>Library Stays Open Later</h1><p>The central library will stay open until nine on weeknights from next month, the council said on Friday.</p><p>Staff numbers will rise by four.</p>';
		const result = importText(html, {
			format: 'html',
			extractHtml: (text) => extractHtml(text, window as unknown as Window & typeof globalThis)
		});
		expect(result.ok && result.article.headline).toBe('Library Stays Open Later');
		expect(
			result.ok &&
				result.article.sections.flatMap((s) => [s.heading, ...s.blocks.map((b) => b.kind)])
		).not.toContain('Library Stays Open Later');
	});
});

describe('lists in an imported web page', () => {
	it('numbers each outermost list item, bulleted or numbered; its paragraphs and nested items share it', () => {
		const root = document.createElement('div');
		root.innerHTML =
			'<p>Intro.</p><ul><li>One</li><li><p>Two.</p><p>More of two.</p><ol><li>Inside two</li></ol></li></ul><p>After.</p><ol><li>Three</li></ol>';
		expect(blocksOf(root)).toEqual([
			{ kind: 'paragraph', text: 'Intro.' },
			{ kind: 'paragraph', text: 'One', list: { item: 1, ordered: false } },
			{ kind: 'paragraph', text: 'Two.', list: { item: 2, ordered: false } },
			{ kind: 'paragraph', text: 'More of two.', list: { item: 2, ordered: false } },
			{ kind: 'paragraph', text: 'Inside two', list: { item: 2, ordered: false } },
			{ kind: 'paragraph', text: 'After.' },
			{ kind: 'paragraph', text: 'Three', list: { item: 3, ordered: true } }
		]);
	});

	it('keeps a list that lays out no scenarios as a list in the article', () => {
		const html = `<!doctype html><html lang="en"><head><title>Repotting</title></head><body><article><h1>Repotting</h1><p>${paragraph}</p><p>You will need a few things.</p><ol><li>A pot.</li><li>Fresh soil.</li></ol><p>Water it well.</p></article></body></html>`;
		const result = importText(html, {
			format: 'html',
			extractHtml: (text) => extractHtml(text, window as unknown as Window & typeof globalThis)
		});
		const blocks = result.ok ? result.article.sections.flatMap((s) => s.blocks) : [];
		expect(
			blocks.slice(1).map((b) => b.kind === 'paragraph' && [b.paragraph.text, b.paragraph.list])
		).toEqual([
			['You will need a few things.', undefined],
			['A pot.', { item: 1, ordered: true }],
			['Fresh soil.', { item: 2, ordered: true }],
			['Water it well.', undefined]
		]);
	});

	it('takes a list after a sentence introducing alternatives as a scenario list', () => {
		const html = `<!doctype html><html lang="en"><head><title>Talks stall</title></head><body><article><h1>Talks stall</h1><p>${paragraph}</p><p>Analysts see three possible outcomes:</p><ul><li><strong>A deal.</strong> Both sides give ground.</li><li><strong>A stalemate</strong> that drags on for years.<ul><li>Nested detail.</li></ul></li><li><strong>Collapse.</strong></li></ul><p>Prices will rise.</p></article></body></html>`;
		const result = importText(html, {
			format: 'html',
			extractHtml: (text) => extractHtml(text, window as unknown as Window & typeof globalThis)
		});
		const blocks = result.ok ? result.article.sections.flatMap((s) => s.blocks) : [];
		const list = blocks.find((b) => b.kind === 'scenarios');
		expect(
			list?.kind === 'scenarios' &&
				list.scenarios.map((s) => [s.heading, s.paragraphs.map((p) => p.text)])
		).toEqual([
			['Scenario 1: A deal', ['A deal. Both sides give ground.']],
			[
				'Scenario 2: A stalemate that drags on for years',
				['A stalemate that drags on for years.', 'Nested detail.']
			],
			['Scenario 3: Collapse', ['Collapse.']]
		]);
		expect(blocks.at(-1)).toMatchObject({ paragraph: { text: 'Prices will rise.' } });
	});
});

describe('line breaks in an imported web page', () => {
	it('part the words on either side (<br> inside a paragraph, a heading or inline text)', () => {
		const root = document.createElement('div');
		root.innerHTML =
			'<h2>Roses<br>and violets</h2><p>Roses are red<br>Violets are blue<br/>Sugar is sweet</p><p>Send letters to:<br>12 High Street<br><b>London</b></p><div><span>Line one<br>line two</span></div>';
		expect(blocksOf(root).map((b) => b.text.replace(/\s+/g, ' ').trim())).toEqual([
			'Roses and violets',
			'Roses are red Violets are blue Sugar is sweet',
			'Send letters to: 12 High Street London',
			'Line one line two'
		]);
	});
});

describe('page furniture inside an imported article', () => {
	it('leaves out a page’s own table of contents, headings’ links to themselves, “Reply” links and cookie banners', () => {
		const body = `<p>${paragraph.repeat(3)}</p>`;
		const html = `<!doctype html><html lang="en"><head><title>Town notes</title></head><body><div class="cookie-banner">We use cookies. <button>Accept all</button></div><article>
			<div id="cookie-consent-box">This site stores cookies on your device.</div>
			<div id="toc" class="toc"><h2>Contents</h2><ul><li><a href="#history">1 History</a></li><li><a href="#today">2 Today</a></li></ul></div>
			<h2 id="history">History <a href="#history" class="bookmark">#</a></h2>${body}
			<h2 id="today"><a href="#today" class="anchor" aria-hidden="true"></a>Today<span class="mw-editsection">[<a href="/edit">edit</a>]</span></h2>${body}
			<h3>2 comments</h3><p>A reader wrote that the notes were useful and asked for more of them soon. <a class="comment-reply-link" href="/reply">Reply</a></p>
		</article></body></html>`;
		const extracted = extractHtml(html, window as unknown as Window & typeof globalThis);
		const texts = extracted.blocks.map((b) => `${b.kind}: ${normalizeSpaceForTest(b.text)}`);
		expect(texts.filter((t) => t.startsWith('heading'))).toEqual([
			'heading: History',
			'heading: Today',
			'heading: 2 comments'
		]);
		expect(texts.join('\n')).not.toMatch(/1 History|Reply|\[edit\]|cookies/);
		expect(extracted.dek ?? '').not.toMatch(/cookies/);
	});
});

const normalizeSpaceForTest = (text: string) => text.replace(/\s+/g, ' ').trim();
