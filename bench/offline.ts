/**
 * Offline reload of the article page, beside the online one, in the same run: Chromium reloads the
 * seed article over and over in three contexts, taking turns so the shared machine's noise falls on
 * all alike —
 *   online:          no service worker, every reload goes to the static server (gzip, like a CDN;
 *                    the HTML revalidated, hashed assets from the HTTP cache, as a browser does);
 *   online + SW:     the service worker installed, the network there;
 *   offline + SW:    the service worker installed, the browser offline.
 * Each figure is the median over the runs of the navigation's `loadEventEnd` (from the start of the
 * reload to the end of the load event), with the document's `responseEnd` beside it. Acceptance:
 * offline ≤ online.
 *
 * Standalone: `npx tsx bench/offline.ts [build dir] [runs]` (default: build, 15 runs). `npm run bench`
 * calls `measureOfflineReload`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../tests/e2e/browser';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../..');
const articlePath = '/articles/coalition-of-the-willing-venezuela';

/** One way of reloading, measured. */
export interface ReloadFigures {
	/** Median time from the start of the reload to the end of its load event, in ms. */
	medianLoadMs: number;
	/** Median time until the document itself had arrived (`responseEnd`), in ms. */
	medianDocumentMs: number;
	/** Every run's load time, in ms, in order. */
	loadMs: number[];
}

/** Everything `measureOfflineReload` measures. */
export interface OfflineReloadResult {
	/** The page reloaded. */
	path: string;
	/** Measured reloads per way (after warm-up). */
	runs: number;
	online: ReloadFigures;
	onlineWithServiceWorker: ReloadFigures;
	offline: ReloadFigures;
	/** offline median load ÷ online median load. */
	offlineToOnline: number;
	/** The acceptance line: offline ≤ online. */
	offlineNotSlower: boolean;
}

/** Options for `measureOfflineReload`. */
export interface OfflineReloadOptions {
	/** The built site (default `build`). */
	buildDir?: string;
	/** Port for the static server (default 4444, the bench's port for this job). */
	port?: number;
	/** Measured reloads per way (default 15). */
	runs?: number;
	/** Reloads per way not counted, to warm caches and the worker (default 2). */
	warmup?: number;
	/** A Chromium to use (default: one launched, and closed, here). */
	browser?: Browser;
}

/** Serves `dir` with scripts/serve.js (gzip on); resolves with a stop function once it listens. */
async function serve(dir: string, port: number): Promise<() => Promise<void>> {
	const server = spawn(
		process.execPath,
		[resolve(repoRoot, 'scripts/serve.js'), dir, '--port', String(port), '--compress'],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	await new Promise<void>((ready, fail) => {
		server.stdout!.on(
			'data',
			(chunk: Buffer) => String(chunk).includes('Hark is running') && ready()
		);
		server.once('exit', (code) => fail(new Error(`serve.js exited with ${code}`)));
	});
	return async () => {
		if (server.exitCode !== null) return;
		const exited = once(server, 'exit');
		server.kill('SIGTERM');
		await exited;
	};
}

/** Reloads the page and reads the navigation's timing. */
async function timedReload(page: Page): Promise<{ load: number; document: number }> {
	await page.reload({ waitUntil: 'load' });
	return page.evaluate(async () => {
		// loadEventEnd is set just after the load event's handlers return.
		for (;;) {
			const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
			if (entry && entry.loadEventEnd > 0)
				return {
					load: entry.loadEventEnd - entry.startTime,
					document: entry.responseEnd - entry.startTime
				};
			await new Promise((next) => setTimeout(next, 5));
		}
	});
}

/** Opens the article in a context, with its service worker in control when `serviceWorker`. */
async function openArticle(context: BrowserContext, origin: string, serviceWorker: boolean) {
	const page = await context.newPage();
	if (serviceWorker) {
		await page.goto(`${origin}/`);
		await page.evaluate(async () => {
			await navigator.serviceWorker.ready;
			if (navigator.serviceWorker.controller) return;
			await new Promise((done) =>
				navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
			);
		});
	}
	await page.goto(`${origin}${articlePath}`);
	return page;
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Measures the article page's reload offline (service worker) beside online, in one run. */
export async function measureOfflineReload(
	options: OfflineReloadOptions = {}
): Promise<OfflineReloadResult> {
	const { buildDir = 'build', port = 4444, runs = 15, warmup = 2 } = options;
	const stop = await serve(resolve(repoRoot, buildDir), port);
	const origin = `http://127.0.0.1:${port}`;
	const browser =
		options.browser ??
		(await chromium.launch({ executablePath: chromiumPath(), args: chromiumFlags }));
	const contexts: BrowserContext[] = [];
	try {
		const ways = [
			{ name: 'online', serviceWorker: false, offline: false },
			{ name: 'onlineWithServiceWorker', serviceWorker: true, offline: false },
			{ name: 'offline', serviceWorker: true, offline: true }
		] as const;
		const pages: Page[] = [];
		for (const way of ways) {
			const context = await browser.newContext({
				serviceWorkers: way.serviceWorker ? 'allow' : 'block'
			});
			contexts.push(context);
			pages.push(await openArticle(context, origin, way.serviceWorker));
			if (way.offline) await context.setOffline(true);
		}
		const samples = ways.map(() => ({ load: [] as number[], document: [] as number[] }));
		for (let run = 0; run < warmup + runs; run++) {
			// Take turns, so noise on the shared machine falls on every way alike.
			for (const [index, page] of pages.entries()) {
				const timing = await timedReload(page);
				if (run < warmup) continue;
				samples[index]!.load.push(timing.load);
				samples[index]!.document.push(timing.document);
			}
		}
		const figures = samples.map((sample): ReloadFigures => ({
			medianLoadMs: median(sample.load),
			medianDocumentMs: median(sample.document),
			loadMs: sample.load
		}));
		const [online, onlineWithServiceWorker, offline] = figures as [
			ReloadFigures,
			ReloadFigures,
			ReloadFigures
		];
		return {
			path: articlePath,
			runs,
			online,
			onlineWithServiceWorker,
			offline,
			offlineToOnline: offline.medianLoadMs / online.medianLoadMs,
			offlineNotSlower: offline.medianLoadMs <= online.medianLoadMs
		};
	} finally {
		for (const context of contexts) await context.close();
		if (!options.browser) await browser.close();
		await stop();
	}
}

/** Prints the figures as a table. */
export function printOfflineReload(result: OfflineReloadResult): void {
	const row = (figures: ReloadFigures) => ({
		'median load': `${figures.medianLoadMs.toFixed(1)} ms`,
		'median document': `${figures.medianDocumentMs.toFixed(1)} ms`
	});
	console.log(`Reload of ${result.path}, median of ${result.runs} runs each, taking turns:`);
	console.table({
		online: row(result.online),
		'online + service worker': row(result.onlineWithServiceWorker),
		'offline + service worker': row(result.offline)
	});
	console.log(
		`offline / online: ${result.offlineToOnline.toFixed(2)}× — ` +
			(result.offlineNotSlower ? 'offline ≤ online ✓' : 'offline is SLOWER than online ✗')
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const [buildDir = 'build', runs = '15'] = process.argv.slice(2);
	const result = await measureOfflineReload({ buildDir, runs: Number(runs) });
	printOfflineReload(result);
	process.exitCode = result.offlineNotSlower ? 0 : 1;
}
