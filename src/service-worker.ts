/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Hark's service worker (Workbox modules; the precache list is injected at build time by
 * @vite-pwa/sveltekit, see src/lib/pwa/pwa-options.ts).
 *
 * - Every page is prerendered, so the precache holds the whole site: the app shell, each page's HTML
 *   and the JSON its `load` reads, scripts, styles, icons and the manifest. Precached URLs are
 *   answered from the cache first, online or offline, so the offline reload is no slower than the
 *   online one. Query strings are ignored for the lookup (the pages read them in the browser:
 *   `/read?article=…`).
 * - Each build's precache is versioned by content hashes; entries of older builds are removed when a
 *   new worker activates, and caches of older Workbox versions by `cleanupOutdatedCaches`.
 * - Anything else of Hark's own goes to the network. When the network cannot answer, a page (or the
 *   JSON a page's `load` reads, e.g. `/articles/<slug>.json`) gets the 404 page with status 404 — what
 *   the static host answers for an unknown URL — never the home page.
 * - Hashed build files (`/_app/immutable/`) are routed straight to the precache by the browser
 *   (ServiceWorker static routing, where supported), without waking this worker for each of them: a
 *   page's twenty-odd scripts then load as fast as from the HTTP cache, online or offline.
 * - A new version waits until the page asks it to take over (the "Reload" in the update notice posts
 *   SKIP_WAITING); the first version takes control of open pages at once, so they work offline.
 */
import { version } from '$service-worker';
import { cacheNames, clientsClaim } from 'workbox-core';
import {
	cleanupOutdatedCaches,
	matchPrecache,
	precacheAndRoute,
	type PrecacheEntry
} from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

/** The messages a page may send this self. */
type PageMessage = { type: 'SKIP_WAITING' } | { type: 'GET_VERSION' };

/** The ServiceWorker static routing API (Chromium 123+), not yet in TypeScript's lib. */
interface RouterRule {
	condition: { urlPattern: string; requestMethod?: string };
	source: 'network' | 'fetch-event' | 'cache' | { cacheName: string };
}
type RoutingInstallEvent = ExtendableEvent & { addRoutes?: (rules: RouterRule[]) => Promise<void> };

self.addEventListener('install', (event: RoutingInstallEvent) => {
	// A file that misses the cache goes to the network, as it would without the rule.
	event.waitUntil(
		event
			.addRoutes?.([
				{
					condition: { urlPattern: '/_app/immutable/*', requestMethod: 'GET' },
					source: { cacheName: cacheNames.precache }
				}
			])
			.catch(() => {}) ?? Promise.resolve()
	);
});

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });

/** The prerendered 404 page, with the status a static host gives it. */
async function notFound(): Promise<Response> {
	const page = await matchPrecache('/404');
	if (!page) return new Response('Not found', { status: 404, statusText: 'Not Found' });
	return new Response(page.body, { status: 404, statusText: 'Not Found', headers: page.headers });
}

// Everything of Hark's own that is not precached: the network, or the 404 page when it cannot answer.
registerRoute(
	({ url, request }) => url.origin === self.location.origin && request.method === 'GET',
	async ({ request, url }) => {
		try {
			return await fetch(request);
		} catch (error) {
			if (request.mode === 'navigate' || url.pathname.endsWith('.json')) return notFound();
			throw error;
		}
	}
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
	const message = event.data as PageMessage | null;
	if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
	else if (message?.type === 'GET_VERSION') event.ports[0]?.postMessage({ version });
});

clientsClaim();
