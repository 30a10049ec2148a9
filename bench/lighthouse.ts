/**
 * Lighthouse 12.2.3 (pinned: later versions need Node 22) on its default mobile preset — Moto G Power
 * emulation, simulated slow 4G and 4× CPU slowdown — through its CLI, against Debian's Chromium
 * headless with the browser tests' flags, on a fixed debugging port of the bench's range. Each run is
 * a fresh browser; the figures reported are medians over the runs, and every audit that kept a
 * category below 100 is listed so a miss can be read, not guessed. `runLighthouseOnce` is the one
 * place the CLI is started: it can also run some categories only, audit a page served with an error
 * status, or use a Chromium already running (with its storage kept), for bench/a11y.ts.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromiumFlags, chromiumPath } from './support/browser';
import { benchPorts, repoRoot, resultsDir } from './support/paths';
import { median } from './support/stats';

/** The four category scores (0–100) and the metrics the budgets name. */
export interface LighthouseFigures {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	/** Largest Contentful Paint, ms (simulated). */
	lcpMs: number;
	/** Total Blocking Time, ms. */
	tbtMs: number;
	/** Cumulative Layout Shift. */
	cls: number;
	/** First Contentful Paint, ms. */
	fcpMs: number;
	/** Speed Index, ms. */
	speedIndexMs: number;
}

/** Median figures of several runs on one URL, with what kept any score below 100. */
export interface LighthouseResult extends LighthouseFigures {
	url: string;
	runs: number;
	/** Audits scored below 1 in any run: "category: audit id (title) score". */
	shortfalls: string[];
	lighthouseVersion: string;
	/** The browser's user agent as Lighthouse saw it. */
	hostUserAgent: string;
}

export interface LhrAudit {
	id: string;
	title: string;
	score: number | null;
	scoreDisplayMode: string;
	numericValue?: number;
}
/** The parts of a Lighthouse report the bench reads. */
export interface Lhr {
	lighthouseVersion: string;
	finalDisplayedUrl: string;
	environment: { hostUserAgent: string };
	runtimeError?: { message: string };
	/** What Lighthouse warned about, e.g. the status code of a page it audited anyway. */
	runWarnings: string[];
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
	audits: Record<string, LhrAudit>;
}

/** How one Lighthouse run is made (the defaults: the four categories, a fresh Chromium of its own). */
export interface LighthouseRunOptions {
	/** The categories to score. */
	categories?: string[];
	/** The debugging port: Lighthouse uses the Chromium listening there, or launches one on it. */
	port?: number;
	/** Audit the page even when it is served with an error status (Lighthouse then warns). */
	ignoreStatusCode?: boolean;
	/** Keep the origin's storage (IndexedDB, caches, service worker) instead of clearing it first. */
	keepStorage?: boolean;
}

const allCategories = ['performance', 'accessibility', 'best-practices', 'seo'];
const lighthouseCli = resolve(repoRoot, 'node_modules/lighthouse/cli/index.js');

/** Runs Lighthouse once on `url`, writes its JSON report to `outputPath` and returns it. */
export async function runLighthouseOnce(
	url: string,
	outputPath: string,
	{
		categories = allCategories,
		port = benchPorts.lighthouseChrome,
		ignoreStatusCode = false,
		keepStorage = false
	}: LighthouseRunOptions = {}
): Promise<Lhr> {
	const args = [
		lighthouseCli,
		url,
		'--output=json',
		`--output-path=${outputPath}`,
		`--chrome-path=${chromiumPath()}`,
		`--chrome-flags=--headless=new ${chromiumFlags.join(' ')}`,
		`--port=${port}`,
		`--only-categories=${categories.join(',')}`,
		'--disable-full-page-screenshot',
		'--quiet'
	];
	if (ignoreStatusCode) args.push('--ignore-status-code');
	if (keepStorage) args.push('--disable-storage-reset');
	const child = spawn(process.execPath, args, {
		cwd: repoRoot,
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let errors = '';
	child.stderr.on('data', (chunk) => (errors += String(chunk)));
	const code = await new Promise<number | null>((done) => child.once('exit', done));
	if (code !== 0)
		throw new Error(`Lighthouse failed on ${url} (exit ${code}): ${errors.slice(-2000)}`);
	const lhr = JSON.parse(readFileSync(outputPath, 'utf8')) as Lhr;
	if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.message}`);
	return lhr;
}

/** Audits scored below 1 in any of `reports`, as "category: audit id (title) score". */
export function shortfallsOf(reports: Lhr[], categories = allCategories): string[] {
	const shortfalls = new Set<string>();
	for (const lhr of reports)
		for (const category of categories)
			for (const ref of lhr.categories[category]?.auditRefs ?? []) {
				const audit = lhr.audits[ref.id];
				if (!audit || audit.score === null || audit.score >= 1) continue;
				if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) continue;
				if (ref.weight === 0 && category === 'performance') continue;
				shortfalls.add(`${category}: ${audit.id} (${audit.title}) ${audit.score}`);
			}
	return [...shortfalls].sort();
}

/** A category's score, 0–100 (NaN when it was not run). */
export const categoryScore = (lhr: Lhr, id: string) =>
	Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
const value = (lhr: Lhr, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;

/** Runs Lighthouse `runs` times on `url` (reports kept under bench/results/lighthouse/ as `name-N.json`). */
export async function runLighthouse(
	url: string,
	name: string,
	runs: number
): Promise<LighthouseResult> {
	const folder = resolve(resultsDir, 'lighthouse');
	mkdirSync(folder, { recursive: true });
	const reports: Lhr[] = [];
	for (let run = 0; run < runs; run++)
		reports.push(await runLighthouseOnce(url, resolve(folder, `${name}-${run + 1}.json`)));
	const shortfalls = shortfallsOf(reports);
	const medianOf = (pick: (lhr: Lhr) => number) => median(reports.map(pick));
	const first = reports[0] as Lhr;
	return {
		url,
		runs,
		performance: medianOf((lhr) => categoryScore(lhr, 'performance')),
		accessibility: medianOf((lhr) => categoryScore(lhr, 'accessibility')),
		bestPractices: medianOf((lhr) => categoryScore(lhr, 'best-practices')),
		seo: medianOf((lhr) => categoryScore(lhr, 'seo')),
		lcpMs: medianOf((lhr) => value(lhr, 'largest-contentful-paint')),
		tbtMs: medianOf((lhr) => value(lhr, 'total-blocking-time')),
		cls: medianOf((lhr) => value(lhr, 'cumulative-layout-shift')),
		fcpMs: medianOf((lhr) => value(lhr, 'first-contentful-paint')),
		speedIndexMs: medianOf((lhr) => value(lhr, 'speed-index')),
		shortfalls,
		lighthouseVersion: first.lighthouseVersion,
		hostUserAgent: first.environment.hostUserAgent
	};
}
