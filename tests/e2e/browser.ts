/** Where the browser tests find Chromium, and the flags it needs on this kind of machine. */
import { existsSync } from 'node:fs';
import type { BrowserContext, BrowserType, Page } from '@playwright/test';

/** $CHROMIUM_PATH, then Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(
		(p): p is string => !!p
	);
	const found = candidates.find((path) => existsSync(path));
	if (!found)
		throw new Error(
			'No Chromium found at $CHROMIUM_PATH or /usr/bin/chromium: run "sudo apt-get install -y chromium".'
		);
	return found;
}

/** Flags for headless Chromium in a closed network, as root. */
export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];

/** A browser profile kept on disk: closing and launching it again is a browser restart. */
export interface ProfileBrowser {
	/** Launches Chromium on the profile; returns its context and first page. */
	launch(): Promise<{ context: BrowserContext; page: Page }>;
	/** Every request any launch made to an origin other than `baseURL`'s (a test asserts it empty). */
	foreign: string[];
}

/**
 * Chromium on the profile folder `profile` (persistent, unlike a test's incognito context), with the
 * app's origin at `baseURL` and no service worker, watching for requests to other origins as the
 * fixtures do for ordinary tests.
 */
export function profileBrowser(
	chromium: BrowserType,
	profile: string,
	baseURL: string
): ProfileBrowser {
	const own = new URL(baseURL).origin;
	const foreign: string[] = [];
	return {
		foreign,
		async launch() {
			const context = await chromium.launchPersistentContext(profile, {
				executablePath: chromiumPath(),
				args: chromiumFlags,
				baseURL,
				serviceWorkers: 'block'
			});
			context.on('request', (request) => {
				const url = request.url();
				if (!/^(data|blob|about|chrome-extension):/.test(url) && new URL(url).origin !== own)
					foreign.push(url);
			});
			return { context, page: context.pages()[0] ?? (await context.newPage()) };
		}
	};
}
