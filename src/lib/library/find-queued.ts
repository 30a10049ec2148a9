/**
 * Finds a queued article by id for the end of an article: an imported one in storage (its page is
 * `/read?article=…`), or a bundled one from the prerendered `/library.json` summaries (its page is
 * `/articles/<slug>`). An article removed from the library is not found. No Svelte, no DOM.
 */
import type { ArticleSummary } from '../content/model';
import type { HarkStorage } from '../storage/storage';
import { importedArticleHref } from './library';
import type { QueuedArticle } from './queue-end';
import { libraryKeys } from './settings-keys';

/** What the finder needs of a bundled article's summary. */
export type BundledListing = Pick<ArticleSummary, 'slug' | 'headline'>;

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
		const bundled = (await listing).find((entry) => entry.slug === id);
		return bundled
			? { id, headline: bundled.headline, href: `/articles/${encodeURIComponent(id)}` }
			: null;
	};
}
