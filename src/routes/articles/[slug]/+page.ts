import { error } from '@sveltejs/kit';
import type { Article } from '$lib/content/model';
import type { PageLoad } from './$types';

// A universal load reading the article's JSON (no server load anywhere, so SvelteKit's client ships
// without its server-data decoding).
export const load: PageLoad = async ({ params, fetch }) => {
	const response = await fetch(`/articles/${encodeURIComponent(params.slug)}.json`);
	if (!response.ok) error(404, 'No article here');
	const article = (await response.json()) as Article;
	return {
		article,
		skipLinks: [
			{ href: '#article', label: 'Skip to article' },
			{ href: '#player', label: 'Skip to player' }
		]
	};
};
