/** The page title Hark gives an imported web page (Readability's rules, with dashes as separators). */
import { describe, expect, it } from 'vitest';
import { extractHtml } from './html';

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
