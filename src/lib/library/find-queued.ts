/**
 * Finds a queued article by id for the end of an article: an imported one in storage (its page is
 * `/read?article=…`), or a bundled one from the prerendered `/articles.json` listing (its page is
 * `/articles/<slug>`). An article removed from the library is not found. No Svelte, no DOM.
 */
import type { HarkStorage } from '../storage/storage';
import { importedArticleHref } from './library';
import type { QueuedArticle } from './queue-end';
import { libraryKeys } from './settings-keys';

/** One bundled article in `/articles.json`. */
export interface BundledListing {
	id: string;
	headline: string;
}

/** A finder over `storage`, reading the bundled listing with `fetchListing` at most once. */
export function queuedArticleFinder(
	storage: Promise<HarkStorage>,
	fetchListing: () => Promise<BundledListing[]>
): (id: string) => Promise<QueuedArticle | null> {
	let listing: Promise<BundledListing[]> | null = null;
	return async (id) => {
		const s = await storage;
		const stored = await s.getArticle(id).catch(() => undefined);
		if (stored?.origin === 'imported')
			return { id, headline: stored.article.headline, href: importedArticleHref(id) };
		const removed = await s.getSetting<unknown>(libraryKeys.removed).catch(() => undefined);
		if (Array.isArray(removed) && removed.includes(id)) return null;
		listing ??= fetchListing().catch(() => []);
		const bundled = (await listing).find((entry) => entry.id === id);
		return bundled
			? { id, headline: bundled.headline, href: `/articles/${encodeURIComponent(id)}` }
			: null;
	};
}

/** Reads `/articles.json` with `fetchFn`. */
export async function fetchBundledListing(fetchFn: typeof fetch): Promise<BundledListing[]> {
	const response = await fetchFn('/articles.json');
	if (!response.ok) return [];
	const body: unknown = await response.json();
	return Array.isArray(body)
		? body.filter(
				(entry): entry is BundledListing =>
					typeof entry?.id === 'string' && typeof entry?.headline === 'string'
			)
		: [];
}
