/**
 * JavaScript a page loads, from Chromium's own network log (CDP `Network` events): every response
 * that is a script, with the bytes that crossed the wire (gzip, as the compressing server sends it)
 * and the bytes once decoded. The page is opened in a fresh phone-sized context and left until the
 * network has been idle, so scripts loaded after the first paint (lazy chunks, the service worker's
 * registration) count too; the service worker's own fetches are another target and do not. Every
 * other response is tallied by type too (document, styles, fonts, images…), for the page's weight.
 */
import type { Browser } from '@playwright/test';
import { phone } from './support/browser';

/** One script the page loaded. */
export interface ScriptLoad {
	url: string;
	/** Bytes of the response body as sent (gzip-compressed when the server compressed it). */
	gzipBytes: number;
	/** Bytes once decoded. */
	rawBytes: number;
}

/** The scripts one page load fetched. */
export interface ScriptWeight {
	url: string;
	scripts: ScriptLoad[];
	/** Sum of `gzipBytes`. */
	gzipBytes: number;
	/** Sum of `rawBytes`. */
	rawBytes: number;
	/** Every response the page loaded, by Chromium's resource type: count and bytes as sent. */
	byType: Record<string, { count: number; bytes: number }>;
}

interface Pending {
	url: string;
	type: string;
	isScript: boolean;
	contentLength: number | null;
	gzip: boolean;
	rawBytes: number;
}

/** Loads `url` once and sums the JavaScript it fetched. */
export async function measureScripts(browser: Browser, url: string): Promise<ScriptWeight> {
	const context = await browser.newContext(phone);
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		const requests = new Map<string, Pending>();
		const scripts: ScriptLoad[] = [];
		cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
			const headers = Object.fromEntries(
				Object.entries(response.headers).map(([k, v]) => [k.toLowerCase(), String(v)])
			);
			const contentLength = headers['content-length'];
			requests.set(requestId, {
				url: response.url,
				type,
				isScript: type === 'Script' || /javascript/.test(response.mimeType),
				contentLength: contentLength ? Number(contentLength) : null,
				gzip: /gzip|br|deflate|zstd/.test(headers['content-encoding'] ?? ''),
				rawBytes: 0
			});
		});
		cdp.on('Network.dataReceived', ({ requestId, dataLength }) => {
			const pending = requests.get(requestId);
			if (pending) pending.rawBytes += dataLength;
		});
		const byType: ScriptWeight['byType'] = {};
		cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
			const pending = requests.get(requestId);
			if (!pending) return;
			// The body as sent: Content-Length when the server gave one, else the wire bytes.
			const gzipBytes = pending.contentLength ?? encodedDataLength;
			const total = (byType[pending.type] ??= { count: 0, bytes: 0 });
			total.count++;
			total.bytes += gzipBytes;
			if (!pending.isScript) return;
			scripts.push({ url: pending.url, gzipBytes, rawBytes: pending.rawBytes || gzipBytes });
		});
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		await page.goto(url, { waitUntil: 'networkidle' });
		await page.waitForTimeout(500);
		const sum = (key: 'gzipBytes' | 'rawBytes') => scripts.reduce((total, s) => total + s[key], 0);
		return { url, scripts, gzipBytes: sum('gzipBytes'), rawBytes: sum('rawBytes'), byType };
	} finally {
		await context.close();
	}
}
