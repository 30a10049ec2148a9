/**
 * The articles that ship with Hark, as the browser reads them: the prerendered `/library.json`
 * (their summaries), which the library lists and the queue looks headlines up in. Precached, so it
 * is there offline too. No Svelte, no DOM.
 */
import type { ArticleSummary, BundledSummary } from '../content/model';

/** Reads `/library.json` with `fetchFn`: the well-formed summaries, or none if it cannot be read. */
export async function fetchBundledSummaries(fetchFn: typeof fetch): Promise<ArticleSummary[]> {
	const response = await fetchFn('/library.json');
	if (!response.ok) return [];
	const body: unknown = await response.json();
	return Array.isArray(body)
		? body.filter(
				(entry): entry is ArticleSummary =>
					typeof entry?.slug === 'string' && typeof entry?.headline === 'string'
			)
		: [];
}

/**
 * The page of the bundled article whose text has `contentHash` (content-hash.ts), so an article
 * brought again is opened where it already is; null when none has it, or the list cannot be read.
 */
export async function bundledArticleWithText(
	fetchFn: typeof fetch,
	contentHash: string
): Promise<string | null> {
	const found = (await fetchBundledSummaries(fetchFn)).find(
		(summary) => (summary as Partial<BundledSummary>).contentHash === contentHash
	);
	return found ? `/articles/${encodeURIComponent(found.slug)}` : null;
}
