import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// HARK_BUILD_DIR / HARK_KIT_DIR let several builds live side by side (e.g. parallel test runs, the benchmark).
const buildDir = process.env.HARK_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: undefined, strict: true }),
		outDir: process.env.HARK_KIT_DIR ?? '.svelte-kit',
		// Absolute asset paths, so the 404 page works at any depth of URL.
		paths: { relative: false },
		// Styles go inside each page rather than in render-blocking requests (a phone on a slow
		// connection paints after one round trip; see the README's Performance section).
		inlineStyleThreshold: 16 * 1024,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*', '/404']
		},
		serviceWorker: { register: false },
		// A strict Content-Security-Policy, written into every prerendered page as a <meta> tag with
		// hashes of SvelteKit's own inline script. A static host should also send
		// `frame-ancestors 'none'` as a header (a <meta> cannot carry it): see the README and _headers.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'media-src': ['self', 'data:', 'blob:'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['none'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
