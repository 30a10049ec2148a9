import { error } from '@sveltejs/kit';
import { buildScript } from '$lib/content/script';
import { bundledArticles } from '$lib/server/articles';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	[...bundledArticles().keys()].map((slug) => ({ slug }));

export const load: PageServerLoad = ({ params }) => {
	const article = bundledArticles().get(params.slug);
	if (!article) error(404, 'No article here');
	return {
		article,
		words: buildScript(article).words,
		skipLinks: [
			{ href: '#article', label: 'Skip to article' },
			{ href: '#player', label: 'Skip to player' }
		]
	};
};
