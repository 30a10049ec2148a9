import { fetchBundledSummaries } from '$lib/library/bundled';
import type { PageLoad } from './$types';

// The bundled articles' ids, from the prerendered summaries the library and the queue read too.
export const load: PageLoad = async ({ fetch }) => ({
	bundled: (await fetchBundledSummaries(fetch)).map((summary) => summary.slug)
});
