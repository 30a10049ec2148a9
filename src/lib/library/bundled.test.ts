import { describe, expect, it } from 'vitest';
import { bundledArticleWithText, fetchBundledSummaries } from './bundled';

describe('fetchBundledSummaries', () => {
	const summary = { slug: 'a', headline: 'A', lang: 'en', wordCount: 10, listeningMinutes: 1 };

	it('reads /library.json', async () => {
		const asked: string[] = [];
		const fetchFn = (async (url: string) => {
			asked.push(url);
			return new Response(JSON.stringify([summary]));
		}) as typeof fetch;
		expect(await fetchBundledSummaries(fetchFn)).toEqual([summary]);
		expect(asked).toEqual(['/library.json']);
	});

	it.each([
		{ body: [summary, { slug: 3 }, { headline: 'No slug' }, null], expected: [summary] },
		{ body: { not: 'a list' }, expected: [] }
	])('keeps only well-formed entries of $body', async ({ body, expected }) => {
		const fetchFn = (async () => new Response(JSON.stringify(body))) as typeof fetch;
		expect(await fetchBundledSummaries(fetchFn)).toEqual(expected);
	});

	it('a failed response is an empty list', async () => {
		const fetchFn = (async () => new Response('', { status: 404 })) as typeof fetch;
		expect(await fetchBundledSummaries(fetchFn)).toEqual([]);
	});
});

describe('bundledArticleWithText', () => {
	const listing = [
		{
			slug: 'a b',
			headline: 'A',
			lang: 'en',
			wordCount: 10,
			listeningMinutes: 1,
			contentHash: 'h1'
		},
		{ slug: 'c', headline: 'C', lang: 'en', wordCount: 10, listeningMinutes: 1, contentHash: 'h2' }
	];
	const fetchFn = (async () => new Response(JSON.stringify(listing))) as typeof fetch;

	it.each([
		['h1', '/articles/a%20b'],
		['h2', '/articles/c'],
		['h3', null]
	])('finds the page of the bundled article with hash %s', async (hash, expected) => {
		expect(await bundledArticleWithText(fetchFn, hash)).toBe(expected);
	});

	it('finds none when the list cannot be read', async () => {
		const failing = (async () => new Response('', { status: 503 })) as typeof fetch;
		expect(await bundledArticleWithText(failing, 'h1')).toBeNull();
	});
});
