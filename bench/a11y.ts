/**
 * Lighthouse's accessibility category on every route of tests/e2e/routes.ts — the list the axe
 * matrix walks, so a page added to Hark is benched as soon as it is tested. The category is a tally
 * of pass/fail audits, not a timing, so each route is audited once.
 *
 * A route served with an error status (the page not found, 404) is audited as served, with
 * `--ignore-status-code`, and the bench checks Lighthouse saw that status (its run warning names it);
 * a route expected at 200 that Lighthouse saw with another status is an error, not a score.
 *
 * A route that needs a state first (the imported article: it lives only in the device's IndexedDB)
 * is prepared in a Chromium of its own, with a fresh profile and a debugging port: Playwright
 * connects over CDP, opens the route and runs the route's own `prepare` (the real /add flow), then
 * lets go; Lighthouse audits the address the page ended on in that same browser with
 * `--disable-storage-reset`, so the page is as a returning listener has it (Lighthouse 12's reset
 * unregisters the service worker and empties its caches; it leaves IndexedDB, where the article is,
 * and only warns). Afterwards the address is opened once more in that profile and must show the same
 * heading as before, so an article cleared away would be caught, not the "Article not found" page
 * scored in its place.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { routes, type RouteCase } from '../tests/e2e/routes';
import { categoryScore, runLighthouseOnce, shortfallsOf, type Lhr } from './lighthouse';
import { chromiumFlags, chromiumPath } from './support/browser';
import { benchPorts, resultsDir } from './support/paths';
import { portIsFree } from './support/server';

/** Lighthouse's accessibility verdict on one route (or why there is none). */
export interface RouteAccessibility {
	/** The route's name in tests/e2e/routes.ts. */
	route: string;
	/** The address audited (for a prepared route, where its preparation ended). */
	url: string;
	/** The HTTP status the page is served with. */
	status: number;
	/** The accessibility score, 0–100. */
	score: number;
	/** Audits below full marks: "accessibility: audit id (title) score". */
	shortfalls: string[];
	/** Lighthouse's run warnings (for the 404 page, the status it saw). */
	warnings: string[];
	/** The Lighthouse JSON report, under bench/results/. */
	report: string;
	lighthouseVersion: string;
	/** Why the route could not be audited (then `score` is NaN). */
	error?: string;
}

const category = 'accessibility';

/** A file name for a route's report, e.g. "a11y-page-not-found". */
const reportName = (route: RouteCase) => `a11y-${route.name.replace(/[^a-z0-9]+/gi, '-')}`;

/** Checks Lighthouse saw the page with the status the route is served with. */
function checkStatus(lhr: Lhr, route: RouteCase): void {
	const expected = route.status ?? 200;
	const statusWarning = lhr.runWarnings.find((warning) => /status code: \d+/i.test(warning));
	const seen = statusWarning ? Number(/status code: (\d+)/i.exec(statusWarning)![1]) : 200;
	if (seen !== expected)
		throw new Error(`Lighthouse saw ${route.path} answer ${seen}, not ${expected}`);
}

/** Opens `route` at `origin` in `page`, checks its status and brings it to its state. */
async function openPrepared(page: Page, origin: string, route: RouteCase): Promise<void> {
	const response = await page.goto(origin + route.path);
	if (response && response.status() !== (route.status ?? 200))
		throw new Error(`${route.path} answered ${response.status()}, not ${route.status ?? 200}`);
	await route.prepare?.(page);
}

/** The text of the page's first level-1 heading, once there is one. */
async function mainHeading(page: Page): Promise<string> {
	const heading = page.locator('h1').first();
	await heading.waitFor();
	return (await heading.textContent())?.trim() ?? '';
}

/** Polls Chromium's DevTools endpoint on `port` until it answers. */
async function debuggerReady(port: number, exited: () => boolean): Promise<void> {
	for (let attempt = 0; attempt < 200; attempt++) {
		if (exited()) throw new Error(`Chromium on port ${port} exited before it was ready`);
		try {
			if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((done) => setTimeout(done, 100));
	}
	throw new Error(`Chromium's debugging port ${port} never answered`);
}

/** Whether any process of the process group `groupId` is still running. */
function groupAlive(groupId: number): boolean {
	try {
		process.kill(-groupId, 0);
		return true;
	} catch {
		return false;
	}
}

/**
 * Runs `body` with a headless Chromium of a fresh profile listening for debuggers on `port`, then
 * ends that Chromium (its own process group: the browser and its helpers, which write to the profile
 * while they shut down) and deletes the profile.
 */
async function withProfileChromium<T>(port: number, body: () => Promise<T>): Promise<T> {
	if (!(await portIsFree(port)))
		throw new Error(`Port ${port} is in use by another process; the bench will not use it`);
	const profile = mkdtempSync(join(tmpdir(), 'hark-a11y-profile-'));
	const child = spawn(
		chromiumPath(),
		[
			'--headless=new',
			...chromiumFlags,
			`--remote-debugging-port=${port}`,
			`--user-data-dir=${profile}`,
			'about:blank'
		],
		{ stdio: 'ignore', detached: true }
	);
	const groupId = child.pid!;
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	try {
		await debuggerReady(port, () => child.exitCode !== null);
		return await body();
	} finally {
		if (groupAlive(groupId)) process.kill(-groupId, 'SIGTERM');
		await exited;
		for (let wait = 0; wait < 50 && groupAlive(groupId); wait++)
			await new Promise((done) => setTimeout(done, 100));
		if (groupAlive(groupId)) process.kill(-groupId, 'SIGKILL');
		try {
			rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
		} catch (error) {
			console.warn(`\nThe profile ${profile} could not be deleted: ${(error as Error).message}`);
		}
	}
}

/** Runs `body` with a page in the default (profile) context of the Chromium on `port`, then lets go of it. */
async function inProfilePage<T>(port: number, body: (page: Page) => Promise<T>): Promise<T> {
	const browser: Browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
	try {
		const context = browser.contexts()[0];
		if (!context) throw new Error(`The Chromium on port ${port} has no default context`);
		const page = await context.newPage();
		try {
			return await body(page);
		} finally {
			await page.close();
		}
	} finally {
		// Connected over CDP, close() only disconnects: the browser and its profile stay.
		await browser.close();
	}
}

/** Audits one route; `origin` serves the built site. */
async function auditRoute(origin: string, route: RouteCase): Promise<RouteAccessibility> {
	const status = route.status ?? 200;
	const report = resolve(resultsDir, 'lighthouse', `${reportName(route)}.json`);
	let url = origin + route.path;
	let lhr: Lhr;
	if (!route.prepare) {
		lhr = await runLighthouseOnce(url, report, {
			categories: [category],
			port: benchPorts.a11yLighthouseChrome,
			ignoreStatusCode: status !== 200
		});
	} else {
		const port = benchPorts.a11yProfileChrome;
		lhr = await withProfileChromium(port, async () => {
			const before = await inProfilePage(port, async (page) => {
				await openPrepared(page, origin, route);
				url = page.url();
				return mainHeading(page);
			});
			const audited = await runLighthouseOnce(url, report, {
				categories: [category],
				port,
				keepStorage: true,
				ignoreStatusCode: status !== 200
			});
			const after = await inProfilePage(port, async (page) => {
				await page.goto(url);
				return mainHeading(page);
			});
			if (after !== before)
				throw new Error(
					`After Lighthouse, ${url} shows "${after}", not "${before}": its state was not kept`
				);
			return audited;
		});
	}
	checkStatus(lhr, route);
	if (lhr.finalDisplayedUrl !== url)
		throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${url}`);
	return {
		route: route.name,
		url,
		status,
		score: categoryScore(lhr, category),
		shortfalls: shortfallsOf([lhr], [category]),
		warnings: lhr.runWarnings,
		report,
		lighthouseVersion: lhr.lighthouseVersion
	};
}

/**
 * Lighthouse's accessibility category on every route Hark has, served from `origin`; a route that
 * cannot be audited is reported with its error and the others go on.
 */
export async function auditEveryRoute(origin: string): Promise<RouteAccessibility[]> {
	mkdirSync(resolve(resultsDir, 'lighthouse'), { recursive: true });
	const results: RouteAccessibility[] = [];
	for (const route of routes)
		try {
			results.push(await auditRoute(origin, route));
		} catch (error) {
			results.push({
				route: route.name,
				url: origin + route.path,
				status: route.status ?? 200,
				score: Number.NaN,
				shortfalls: [],
				warnings: [],
				report: '',
				lighthouseVersion: '',
				error: (error as Error).message
			});
		}
	return results;
}
