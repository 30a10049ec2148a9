/**
 * `npm run bench`: builds Hark (and, beside it, a bare app of the same stack and Hark with a generated
 * 100,000-word article), measures every figure the budgets name with its comparison taken in the same
 * run, prints one table, and writes it all as JSON to bench/results/ (git-ignored): latest.json and a
 * dated copy. Times are medians of repeated runs; the machine is shared, so read the ratios.
 *
 * Parts, in order (each can be chosen with `--only=a,b`): segmentation, parse, js, long, import,
 * player, offline, lighthouse, a11y (Lighthouse's accessibility category on every route of
 * tests/e2e/routes.ts, bench/a11y.ts). `--quick` takes fewer runs (for checking the tooling, not for
 * figures).
 * The bench only measures: a missed budget is marked in the table, never an error; the exit code is
 * non-zero only when a part could not run.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { auditEveryRoute, type RouteAccessibility } from './a11y';
import { measureImport } from './import';
import { measureScripts, type ScriptWeight } from './js-weight';
import { attributeScripts, type SourceShares } from './js-sources';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import {
	longArticleSlug,
	measurePageLoads,
	type PageLoadMedians,
	seedArticleSlug,
	seedSource,
	timeParse,
	writeLongArticle
} from './long-article';
import { measureOfflineReload } from './offline';
import { chromiumPath, launchChromium } from './support/browser';
import { buildFixture, buildHark } from './support/build';
import { benchPorts, benchRoot, repoRoot, resultsDir } from './support/paths';
import { firstFreePort, startServer, type StaticServer } from './support/server';
import { kb, mb, median, ms, ratio } from './support/stats';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
	.find((a) => a.startsWith('--only='))
	?.slice('--only='.length)
	.split(',');
const wants = (part: string) => !only || only.includes(part);
const runs = {
	js: quick ? 1 : 3,
	pageLoads: quick ? 2 : 7,
	imports: quick ? 1 : 5,
	offline: quick ? 3 : 15,
	lighthouse: quick ? 1 : 3,
	parse: quick ? 3 : 9,
	segmentation: quick ? 3 : 9,
	player: quick ? 5 : 25
};
const longArticleWords = 100_000;
const articlePath = `/articles/${seedArticleSlug}`;

/** One line of the table. */
interface Row {
	/** What is measured. */
	figure: string;
	/** Hark's figure. */
	hark: string;
	/** The comparison, measured in the same run, and what it is. */
	comparison: string;
	/** Hark ÷ comparison. */
	ratio: string;
	/** The budget, if any. */
	budget: string;
	/** '✓' met, '✗' missed, '' no budget. */
	met: '✓' | '✗' | '';
}

const rows: Row[] = [];
const results: Record<string, unknown> = {};
const failures: string[] = [];

function row(
	figure: string,
	hark: string,
	comparison: string,
	ratioText: string,
	budget = '',
	met: boolean | null = null
): void {
	rows.push({
		figure,
		hark,
		comparison,
		ratio: ratioText,
		budget,
		met: met === null ? '' : met ? '✓' : '✗'
	});
}

/** Runs one part; a part that throws is reported and the others go on. */
async function part(name: string, body: () => Promise<void>): Promise<void> {
	if (name !== 'build' && !wants(name)) return;
	const started = performance.now();
	process.stdout.write(`• ${name}… `);
	try {
		await body();
		console.log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
	} catch (error) {
		console.log('FAILED');
		console.error(error);
		failures.push(`${name}: ${(error as Error).message.split('\n')[0]}`);
		row(name, 'could not run', '', '', '', false);
	}
}

/** Debian Chromium's version, e.g. "156.0.8078.108" ('' if it cannot say). */
function chromiumVersion(): string {
	try {
		const text = execFileSync(chromiumPath(), ['--version'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'ignore']
		});
		return /(\d+\.\d+\.\d+\.\d+)/.exec(text)?.[1] ?? '';
	} catch {
		return '';
	}
}

/** Imports a bench module another part of Hark brings; says plainly when it is not there yet. */
async function optionalPart<T>(specifier: string, what: string): Promise<T> {
	try {
		return (await import(specifier)) as T;
	} catch (error) {
		if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND')
			throw new Error(`${what} is not there yet`);
		throw error;
	}
}

const machine = {
	date: new Date().toISOString(),
	cpus: cpus().length,
	cpuModel: cpus()[0]?.model ?? 'unknown',
	memory: `${(totalmem() / 2 ** 30).toFixed(0)} GB`,
	node: process.version,
	loadAverageAtStart: loadavg()
		.map((l) => l.toFixed(2))
		.join(' '),
	chromium: chromiumVersion(),
	quick
};
console.log(
	`Hark bench — ${machine.date}, ${machine.cpus} cores (${machine.cpuModel}), Node ${machine.node}, ` +
		`load average ${machine.loadAverageAtStart}${quick ? ' — QUICK: too few runs for real figures' : ''}`
);

// ——— Pure Node parts first (no browser, no build) ———

await part('segmentation', async () => {
	const { runSegmentationBench } = await optionalPart<typeof import('./segmentation')>(
		'./segmentation',
		'bench/segmentation.ts (it comes with the segmenter)'
	);
	const result = runSegmentationBench({ runs: runs.segmentation });
	results.segmentation = result;
	row(
		'Segmentation, MB/s (Hark vs Intl.Segmenter)',
		result.hark.mbPerSecond.toFixed(2),
		`${result.intl.mbPerSecond.toFixed(2)} Intl.Segmenter`,
		ratio(result.hark.mbPerSecond, result.intl.mbPerSecond),
		'≥ 0.75×',
		result.throughputRatioToIntl >= 0.75
	);
	row(
		'  the same in CPU time',
		'',
		'',
		`${result.cpuThroughputRatioToIntl.toFixed(2)}×`,
		'≥ 0.75×',
		result.cpuThroughputRatioToIntl >= 0.75
	);
	row(
		'Segmentation, MB/s (Hark vs sbd)',
		result.hark.mbPerSecond.toFixed(2),
		`${result.sbd.mbPerSecond.toFixed(2)} sbd`,
		ratio(result.hark.mbPerSecond, result.sbd.mbPerSecond)
	);
	row(
		'Segmentation, boundary F1 (labelled set)',
		result.hark.f1.toFixed(3),
		`${result.intl.f1.toFixed(3)} Intl, ${result.sbd.f1.toFixed(3)} sbd`,
		ratio(result.hark.f1, result.intl.f1),
		'≥ 0.98',
		result.hark.f1 >= 0.98
	);
	const heldOut = result.heldOut;
	row(
		'Segmentation, boundary F1 (held-out set)',
		`${heldOut.hark.f1.toFixed(3)} (P ${heldOut.hark.precision.toFixed(3)}, R ${heldOut.hark.recall.toFixed(3)})`,
		`${heldOut.intl.f1.toFixed(3)} Intl, ${heldOut.sbd.f1.toFixed(3)} sbd`,
		ratio(heldOut.hark.f1, heldOut.intl.f1)
	);
});

const longArticle =
	wants('long') || wants('parse') || wants('player') ? writeLongArticle(longArticleWords) : null;

await part('parse', async () => {
	const long = timeParse(longArticle!.source, `${longArticleSlug}.md`, runs.parse);
	const seed = timeParse(seedSource(), `${seedArticleSlug}.md`, runs.parse);
	const linear = seed.totalMs * (long.words / seed.words);
	results.parse = { long, seed, linearFromSeedMs: linear };
	row(
		`Build: parse + segment + script, ${long.words.toLocaleString('en')} words`,
		ms(long.totalMs),
		`${ms(linear)} seed article × ${(long.words / seed.words).toFixed(0)} (linear)`,
		ratio(long.totalMs, linear)
	);
	row(
		'  of which segmentation',
		ms(long.segmentMs),
		`${ms(seed.segmentMs * (long.words / seed.words))} linear`,
		ratio(long.segmentMs, seed.segmentMs * (long.words / seed.words))
	);
});

// ——— Builds ———

let hark: StaticServer | null = null;
let bare: StaticServer | null = null;
let long: StaticServer | null = null;
let browser: Browser | null = null;
const needsHark = ['js', 'import', 'player', 'offline', 'lighthouse', 'a11y'].some(wants);
const needsLong = ['long', 'player'].some(wants);

try {
	await part('build', async () => {
		const builds: Record<string, number> = {};
		if (needsHark) builds.hark = (await buildHark('bench')).buildMs;
		if (wants('js') || wants('lighthouse')) builds.fixture = (await buildFixture()).buildMs;
		if (needsLong)
			builds.longArticle = (await buildHark('bench-long', longArticle!.folder)).buildMs;
		results.builds = builds;
		if (builds.hark && builds.longArticle)
			row(
				'Build time, site with the 100,000-word article',
				ms(builds.longArticle),
				`${ms(builds.hark)} site as shipped`,
				ratio(builds.longArticle, builds.hark)
			);
	});
	if (failures.length) throw new Error('A build failed; nothing to measure.');

	if (needsHark) hark = await startServer('build-bench', benchPorts.hark);
	if (wants('js') || wants('lighthouse'))
		bare = await startServer('bench/fixture-app/build', benchPorts.fixture);
	if (needsLong) long = await startServer('build-bench-long', benchPorts.longArticle);
	if (['js', 'long', 'import', 'player', 'offline'].some(wants)) {
		browser = await launchChromium();
		machine.chromium ||= browser.version();
	}

	await part('js', async () => {
		const measure = async (origin: string, path: string) => {
			const loads: ScriptWeight[] = [];
			for (let run = 0; run < runs.js; run++)
				loads.push(await measureScripts(browser!, origin + path));
			return {
				byType: loads[0]!.byType,
				gzipBytes: median(loads.map((l) => l.gzipBytes)),
				rawBytes: median(loads.map((l) => l.rawBytes)),
				scripts: loads[0]!.scripts
			};
		};
		const floor = await measure(bare!.origin, '/');
		const home = await measure(hark!.origin, '/');
		const article = await measure(hark!.origin, articlePath);
		results.js = { bare: floor, home, article };
		const budget = Math.min(48 * 1024, 1.33 * floor.gzipBytes);
		row(
			'JS, article page (gzip)',
			kb(article.gzipBytes),
			`${kb(floor.gzipBytes)} bare SvelteKit + vite-pwa page`,
			ratio(article.gzipBytes, floor.gzipBytes),
			'≤ 48 KB and ≤ 1.33×',
			article.gzipBytes <= budget
		);
		row(
			'JS, home page (gzip)',
			kb(home.gzipBytes),
			`${kb(floor.gzipBytes)} bare page`,
			ratio(home.gzipBytes, floor.gzipBytes)
		);
		row(
			'JS, article page (decoded)',
			kb(article.rawBytes),
			`${kb(floor.rawBytes)} bare page`,
			ratio(article.rawBytes, floor.rawBytes)
		);
		// What the article page's JavaScript is made of, beside the bare page's (from source maps).
		const shares = {
			article: attributeScripts(resolve(repoRoot, 'build-bench'), article.scripts),
			bare: attributeScripts(resolve(benchRoot, 'fixture-app/build'), floor.scripts)
		};
		results.jsSources = shares;
		const sum = (of: SourceShares, pick: (group: string) => boolean) =>
			Object.entries(of).reduce((total, [group, bytes]) => total + (pick(group) ? bytes : 0), 0);
		const parts: [string, (group: string) => boolean][] = [
			['Svelte runtime', (g) => g === 'Svelte runtime'],
			['SvelteKit client', (g) => g === 'SvelteKit client'],
			['other packages', (g) => g.startsWith('package ')],
			// The bare page's own code is its one route.
			["the app's own code", (g) => g.startsWith('Hark ')],
			// Bytes no source map line covers: compiled components' HTML templates, chunks' imports and exports.
			['unmapped (templates, chunk links)', (g) => !/^(Svelte|package |Hark )/.test(g)]
		];
		for (const [name, pick] of parts) {
			const mine = sum(shares.article, pick);
			const floorShare = sum(shares.bare, pick);
			row(
				`  of which ${name} (est.)`,
				kb(mine),
				`${kb(floorShare)} bare page`,
				floorShare >= 1024 ? ratio(mine, floorShare) : ''
			);
		}
		const folders = Object.entries(shares.article)
			.filter(([group]) => group.startsWith('Hark '))
			.sort((a, b) => b[1] - a[1])
			.slice(0, 5)
			.map(([group, bytes]) => `${group.replace(/^Hark (src\/lib\/)?/, '')} ${kb(bytes)}`);
		row("  Hark's own code, largest folders", folders.join(' · '), '', '');
		const weight = (load: typeof article) =>
			Object.values(load.byType).reduce((sum, t) => sum + t.bytes, 0);
		const count = (load: typeof article, type: string) => load.byType[type]?.count ?? 0;
		row(
			'Article page, everything loaded (as sent)',
			`${kb(weight(article))} in ${Object.values(article.byType).reduce((n, t) => n + t.count, 0)} requests`,
			`${kb(weight(floor))} in ${Object.values(floor.byType).reduce((n, t) => n + t.count, 0)} bare page`,
			ratio(weight(article), weight(floor))
		);
		row(
			'Article page: stylesheet and font requests',
			`${count(article, 'Stylesheet')} and ${count(article, 'Font')}`,
			`${count(floor, 'Stylesheet')} and ${count(floor, 'Font')} bare page`,
			'',
			'no render-blocking CSS; fonts only when chosen',
			count(article, 'Stylesheet') === 0 && count(article, 'Font') === 0
		);
	});

	await part('long', async () => {
		const [seed, big] = (await measurePageLoads(
			browser!,
			[`${long!.origin}${articlePath}`, `${long!.origin}/articles/${longArticleSlug}`],
			runs.pageLoads
		)) as [PageLoadMedians, PageLoadMedians];
		results.longArticle = { seed, long: big };
		const vs = (value: (f: typeof seed) => string) => `${value(seed)} seed article`;
		row(
			'100k words: first screen (LCP, phone size)',
			ms(big.lcpMs),
			vs((f) => ms(f.lcpMs)),
			ratio(big.lcpMs, seed.lcpMs),
			'≤ 1 s',
			big.lcpMs <= 1000
		);
		row(
			'100k words: longest main-thread task in load',
			ms(big.longestTaskMs),
			vs((f) => ms(f.longestTaskMs)),
			ratio(big.longestTaskMs, seed.longestTaskMs),
			'≤ 200 ms (responsive)',
			big.longestTaskMs <= 200
		);
		row(
			'100k words: blocking time (tasks over 50 ms)',
			ms(big.blockingMs),
			vs((f) => ms(f.blockingMs)),
			ratio(big.blockingMs, seed.blockingMs)
		);
		row(
			'100k words: main thread quiet after',
			ms(big.quietMs),
			vs((f) => ms(f.quietMs)),
			ratio(big.quietMs, seed.quietMs)
		);
		row(
			'100k words: layout time in load',
			ms(big.layoutMs),
			vs((f) => ms(f.layoutMs)),
			ratio(big.layoutMs, seed.layoutMs)
		);
		row(
			'100k words: sections skipped (content-visibility)',
			`${big.skippedSections} of ${big.sections}`,
			`${seed.skippedSections} of ${seed.sections} seed article`,
			''
		);
		row(
			'100k words: jump to the middle, next frame',
			ms(big.jumpFrameMs),
			vs((f) => ms(f.jumpFrameMs)),
			ratio(big.jumpFrameMs, seed.jumpFrameMs)
		);
		row(
			'100k words: JS heap after load',
			mb(big.heapBytes),
			vs((f) => mb(f.heapBytes)),
			ratio(big.heapBytes, seed.heapBytes),
			'≤ 50 MB',
			big.heapBytes <= 50 * 1024 * 1024
		);
		row(
			'100k words: HTML (gzip)',
			kb(big.htmlGzipBytes),
			vs((f) => kb(f.htmlGzipBytes)),
			ratio(big.htmlGzipBytes, seed.htmlGzipBytes)
		);
	});

	await part('import', async () => {
		const figures = await measureImport(browser!, hark!.origin, runs.imports);
		results.import = figures;
		row(
			`Import a ${mb(figures.large.bytes)} web page (add flow)`,
			ms(figures.large.medianMs),
			`${ms(figures.small.medianMs)} a ${kb(figures.small.bytes)} page`,
			ratio(figures.large.medianMs, figures.small.medianMs),
			'≤ 1 s',
			figures.large.medianMs <= 1000
		);
	});

	await part('player', async () => {
		await runPlayerPart(browser!);
	});

	await part('offline', async () => {
		const figures = await measureOfflineReload({
			buildDir: 'build-bench',
			port: benchPorts.offline,
			runs: runs.offline,
			browser: browser!
		});
		results.offline = figures;
		row(
			'Reload the article offline (service worker)',
			ms(figures.offline.medianLoadMs),
			`${ms(figures.online.medianLoadMs)} online, no worker`,
			ratio(figures.offline.medianLoadMs, figures.online.medianLoadMs),
			'≤ online',
			figures.offlineNotSlower
		);
		row(
			'Reload the article online with the worker',
			ms(figures.onlineWithServiceWorker.medianLoadMs),
			`${ms(figures.online.medianLoadMs)} online, no worker`,
			ratio(figures.onlineWithServiceWorker.medianLoadMs, figures.online.medianLoadMs)
		);
	});

	await part('lighthouse', async () => {
		// Lighthouse launches its own Chromium: close ours so they do not share the two cores.
		await browser?.close();
		browser = null;
		const pages: [string, string, string][] = [
			['home', `${hark!.origin}/`, 'Home'],
			['article', `${hark!.origin}${articlePath}`, 'Article']
		];
		const floor = await runLighthouse(`${bare!.origin}/`, 'bare', runs.lighthouse);
		const reports: Record<string, LighthouseResult> = { bare: floor };
		for (const [name, url] of pages)
			reports[name] = await runLighthouse(url, name, runs.lighthouse);
		results.lighthouse = reports;
		for (const [name, , label] of pages) {
			const lh = reports[name]!;
			const scores = `${lh.performance} / ${lh.accessibility} / ${lh.bestPractices} / ${lh.seo}`;
			const floorScores = `${floor.performance} / ${floor.accessibility} / ${floor.bestPractices} / ${floor.seo} bare page`;
			const all100 = [lh.performance, lh.accessibility, lh.bestPractices, lh.seo].every(
				(s) => s === 100
			);
			row(
				`Lighthouse ${label}: perf / a11y / best practices / SEO`,
				scores,
				floorScores,
				'',
				'100 / 100 / 100 / 100',
				all100
			);
			row(
				`Lighthouse ${label}: LCP (mobile)`,
				ms(lh.lcpMs),
				`${ms(floor.lcpMs)} bare page`,
				ratio(lh.lcpMs, floor.lcpMs),
				'≤ 1.5 s',
				lh.lcpMs <= 1500
			);
			row(
				`Lighthouse ${label}: TBT`,
				ms(lh.tbtMs),
				`${ms(floor.tbtMs)} bare page`,
				ratio(lh.tbtMs, floor.tbtMs)
			);
			row(
				`Lighthouse ${label}: CLS`,
				lh.cls.toFixed(3),
				`${floor.cls.toFixed(3)} bare page`,
				'',
				'0',
				lh.cls === 0
			);
		}
	});

	await part('a11y', async () => {
		// Lighthouse and the prepared profile use Chromiums of their own: close ours first.
		await browser?.close();
		browser = null;
		const audits = await auditEveryRoute(hark!.origin);
		results.lighthouseAccessibility = audits;
		for (const audit of audits) {
			if (audit.error) failures.push(`a11y, ${audit.route}: ${audit.error.split('\n')[0]}`);
			row(
				`Lighthouse accessibility, ${audit.route}`,
				audit.error ? 'could not run' : String(audit.score),
				audit.status === 200 ? '' : `served with status ${audit.status}`,
				'',
				'100',
				audit.score === 100
			);
		}
	});
} finally {
	await browser?.close();
	for (const server of [hark, bare, long]) await server?.stop();
}

/** The player's figures, from bench/player.ts (written with the player). */
async function runPlayerPart(chromium: Browser): Promise<void> {
	const { measurePlayer } = await optionalPart<typeof import('./player')>(
		'./player',
		'bench/player.ts (it comes with the player)'
	);
	const figures = await measurePlayer({
		buildDir: 'build-bench',
		longBuildDir: 'build-bench-long',
		longArticlePath: `/articles/${longArticleSlug}`,
		// The player's own port, or another of the bench's if something else holds it.
		port: await firstFreePort([benchPorts.player, 4446, 4447, 4448]),
		runs: runs.player,
		browser: chromium
	});
	results.player = figures;
	const frame = 'one frame (16.7 ms at 60 Hz)';
	row(
		'Play → first speak() (fake engine)',
		ms(figures.playToSpeakMs),
		frame,
		ratio(figures.playToSpeakMs, 1000 / 60),
		'≤ 16 ms',
		figures.playToSpeakMs <= 16
	);
	// The rest of the figure is the browser delivering the input (it varies with the machine's load).
	row(
		'  of which from the page receiving the click',
		ms(figures.handlerShare.playToSpeakMs),
		frame,
		ratio(figures.handlerShare.playToSpeakMs, 1000 / 60),
		'',
		null
	);
	row(
		'Next section → speak() (fake engine)',
		ms(figures.nextSectionToSpeakMs),
		frame,
		ratio(figures.nextSectionToSpeakMs, 1000 / 60),
		'≤ 16 ms',
		figures.nextSectionToSpeakMs <= 16
	);
	row(
		'  of which from the page receiving the click',
		ms(figures.handlerShare.nextSectionToSpeakMs),
		frame,
		ratio(figures.handlerShare.nextSectionToSpeakMs, 1000 / 60),
		'',
		null
	);
	// No budget: it shows a tap made while the page loads is kept, and what it costs.
	const early = figures.earlyTap;
	row(
		'Play tapped at first sight, slow 4G + 4× CPU: first speak()',
		ms(early.speakMs),
		`${ms(early.liveMs)} page live (same loads)`,
		ratio(early.speakMs, early.liveMs)
	);
	row(
		`  the tap, from the navigation (${early.tappedBeforeLive} of ${early.runs.length} before live)`,
		ms(early.tapMs),
		`${ms(early.liveMs)} page live`,
		ratio(early.tapMs, early.liveMs)
	);
	row(
		`Highlight step, 100k-word article (${figures.longArticle.lines.toLocaleString('en')} lines)`,
		`${figures.highlightStepMs.toFixed(3)} ms`,
		frame,
		ratio(figures.highlightStepMs, 1000 / 60),
		'≤ 1 ms',
		figures.highlightStepMs <= 1
	);
	const layouts = figures.highlightLayouts;
	row(
		'  layout objects touched by one step (most)',
		String(layouts.maxDirtyObjects),
		`${layouts.totalObjects} on the page`,
		ratio(layouts.maxDirtyObjects, layouts.totalObjects),
		'never the whole article',
		!layouts.wholeArticleLaidOut
	);
}

// ——— Report ———

machine.chromium ||= 'not launched';
const loadAtEnd = loadavg()
	.map((l) => l.toFixed(2))
	.join(' ');
const headers: Row = {
	figure: 'figure',
	hark: 'Hark',
	comparison: 'comparison (same run)',
	ratio: 'ratio',
	budget: 'budget',
	met: ''
};
const columns = Object.keys(headers) as (keyof Row)[];
const widths = columns.map((key) => Math.max(...[headers, ...rows].map((r) => r[key].length)));
const line = (r: Row) => columns.map((key, i) => r[key].padEnd(widths[i] as number)).join(' │ ');
console.log(`\n${line(headers)}\n${widths.map((w) => '─'.repeat(w)).join('─┼─')}`);
for (const r of rows) console.log(line(r));
console.log();
const missed = rows.filter((r) => r.met === '✗');
console.log(
	`${rows.filter((r) => r.met === '✓').length} budgets met, ${missed.length} missed` +
		(missed.length ? `: ${missed.map((r) => r.figure.trim()).join('; ')}` : '') +
		`. Chromium ${machine.chromium}; load average ${machine.loadAverageAtStart} at start, ${loadAtEnd} at end.`
);
const lighthouse = results.lighthouse as Record<string, LighthouseResult> | undefined;
for (const [name, report] of Object.entries(lighthouse ?? {}))
	if (name !== 'bare' && report.shortfalls.length)
		console.log(
			`Lighthouse ${name}, audits below full marks:\n  ${report.shortfalls.join('\n  ')}`
		);
const accessibility = results.lighthouseAccessibility as RouteAccessibility[] | undefined;
for (const audit of accessibility ?? [])
	if (audit.shortfalls.length)
		console.log(
			`Lighthouse accessibility, ${audit.route} (${audit.url}), audits below full marks:\n  ${audit.shortfalls.join('\n  ')}`
		);

mkdirSync(resultsDir, { recursive: true });
const record = {
	machine: { ...machine, loadAverageAtEnd: loadAtEnd },
	runs,
	rows,
	results,
	failures
};
const stamp = machine.date.replace(/[:.]/g, '-');
writeFileSync(resolve(resultsDir, 'latest.json'), JSON.stringify(record, null, '\t'));
writeFileSync(resolve(resultsDir, `bench-${stamp}.json`), JSON.stringify(record, null, '\t'));
// The same table in Markdown, for the README's Performance section.
const cell = (text: string) => text.replace(/\|/g, '\\|');
const markdown = [
	`Measured ${machine.date.slice(0, 10)} on ${machine.cpus} cores (${machine.cpuModel}), ${machine.memory}, ` +
		`Node ${machine.node}, Debian Chromium ${machine.chromium}, Lighthouse 12.2.3; load average ` +
		`${machine.loadAverageAtStart} at the start (a shared machine: read the ratios).`,
	'',
	'| figure | Hark | comparison (same run) | ratio | budget | met |',
	'| --- | --- | --- | --- | --- | --- |',
	...rows.map((r) => `| ${columns.map((key) => cell(r[key].trim())).join(' | ')} |`)
].join('\n');
writeFileSync(resolve(resultsDir, 'latest.md'), `${markdown}\n`);
console.log(
	`Figures written to bench/results/latest.json (a Markdown table in latest.md) and bench-${stamp}.json`
);
if (failures.length) {
	console.error(`Parts that could not run: ${failures.join('; ')}`);
	process.exitCode = 1;
}
