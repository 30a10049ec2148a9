import { fetchBundledListing } from '$lib/library/find-queued';
import type { PageLoad } from './$types';

// The bundled articles' ids, from the prerendered listing the queue reads too.
export const load: PageLoad = async ({ fetch }) => ({
	bundled: (await fetchBundledListing(fetch)).map((entry) => entry.id)
});
