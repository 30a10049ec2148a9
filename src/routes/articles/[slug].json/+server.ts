import { error, json } from '@sveltejs/kit';
import { bundledArticleEntries, bundledArticles } from '$lib/server/articles';
import type { EntryGenerator, RequestHandler } from './$types';

// Each bundled article as JSON: its page's `load` reads it (inlined into the prerendered page, so
// opening the page fetches nothing; fetched, or answered by the service worker, on navigation).
export const prerender = true;

export const entries: EntryGenerator = bundledArticleEntries;

export const GET: RequestHandler = ({ params }) => {
	const article = bundledArticles().get(params.slug);
	if (!article) error(404, 'No article here');
	return json(article);
};
