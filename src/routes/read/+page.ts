import type { PageLoad } from './$types';

// Imported articles live only on the device: the page is a prerendered shell that reads the article
// from IndexedDB in the browser.
export const ssr = false;

export const load: PageLoad = ({ url }) => ({
	articleId: url.searchParams.get('article'),
	skipLinks: [
		{ href: '#article', label: 'Skip to article' },
		{ href: '#player', label: 'Skip to player' }
	]
});
