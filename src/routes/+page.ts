import type { ArticleSummary } from '$lib/content/model';
import type { PageLoad } from './$types';

// The bundled articles for the library, from their prerendered summaries.
export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch('/library.json');
	const articles: ArticleSummary[] = response.ok ? await response.json() : [];
	return { articles };
};
