import { json } from '@sveltejs/kit';
import { bundledSummaries } from '$lib/server/articles';
import type { BundledListing } from '$lib/library/find-queued';
import type { RequestHandler } from './$types';

// The bundled articles' ids and headlines, for the queue (a prerendered file, precached for offline).
export const prerender = true;

export const GET: RequestHandler = () =>
	json(
		bundledSummaries().map((summary): BundledListing => ({
			id: summary.slug,
			headline: summary.headline
		}))
	);
