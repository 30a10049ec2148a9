import { fetchBundledSummaries } from '$lib/library/bundled';
import type { PageLoad } from './$types';

// The bundled articles for the library, from their prerendered summaries.
export const load: PageLoad = async ({ fetch }) => ({
	articles: await fetchBundledSummaries(fetch)
});
