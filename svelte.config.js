import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// HARK_BUILD_DIR / HARK_KIT_DIR let several builds live side by side (e.g. parallel test runs, the benchmark).
const buildDir = process.env.HARK_BUILD_DIR ?? 'build';

// static/reading-prefs.js and static/early-presses.js are written inline into every page's <head> by
// src/hooks.server.ts (no request before first paint); the policy allows exactly those scripts by hash.
const inlineScriptHash = (/** @type {string} */ file) =>
	createHash('sha256')
		.update(readFileSync(new URL(file, import.meta.url), 'utf8'))
		.digest('base64');

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	// Every component of Hark's own is compiled in runes mode, even one without a rune, so the bundle
	// never carries Svelte's legacy-mode runtime for it.
	vitePlugin: {
		dynamicCompileOptions: ({ filename }) =>
			filename.includes('/node_modules/') ? undefined : { runes: true }
	},
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
		// hashes of SvelteKit's own inline script and of the two head scripts (hooks.server.ts). A static host should also send
		// `frame-ancestors 'none'` as a header (a <meta> cannot carry it): see the README and _headers.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': [
					'self',
					`sha256-${inlineScriptHash('./static/reading-prefs.js')}`,
					`sha256-${inlineScriptHash('./static/early-presses.js')}`
				],
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
