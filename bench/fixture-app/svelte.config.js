// The bench's floor: a bare page on Hark's stack (SvelteKit 2, Svelte 5, adapter-static, prerendered),
// built with the repository's node_modules. Run from this folder: `vite build` (bench/run.ts does).
import adapter from '@sveltejs/adapter-static';

/** @type {import('@sveltejs/kit').Config} */
export default {
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', strict: true }),
		prerender: { entries: ['*'] }
	}
};
