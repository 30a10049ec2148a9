/**
 * The articles that ship with Hark, as the browser reads them: the prerendered `/library.json`
 * (their summaries), which the library lists and the queue looks headlines up in. Precached, so it
 * is there offline too. No Svelte, no DOM.
 */
import type { ArticleSummary } from '../content/model';

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
