/**
 * The player's speed, in Chromium against the built site, with the fake speech engine of the e2e tests
 * (tests/e2e/fake-speech.ts, in manual mode so nothing moves on by itself):
 *
 * - Play → first speak(): from the click event's timestamp (the input, as the page received it) to the
 *   fake speechSynthesis.speak() call, in a freshly loaded page each run (the first speak of a page);
 * - Next section → speak(): the same, while speaking, clicking "Next section" (the adapter holds the
 *   speak back one task, until the cancel has settled);
 * - a highlight step on a generated 100,000-word article: the voice ends a sentence; the player moves
 *   to the next, Svelte updates the page and the CSS custom highlight moves — timed from the `end`
 *   event to the end of that update, and checked to have moved to the right text. Then as many steps
 *   again under Chromium's trace (never timed: tracing slows layout down), which records every layout:
 *   how many there were and how many layout objects they touched, out of how many the page has, to
 *   show that no step lays out the whole article.
 *
 * - Play tapped at first sight on a phone with a poor connection (Lighthouse's mobile preset: slow
 *   4G, 150 ms round trips, 1.6 Mbit/s, a CPU 4× slower), in a fresh browser profile each run: the
 *   tap lands as soon as the button is on screen, before the app has started, and is kept for it
 *   (static/early-presses.js). From the navigation's start: the tap, the page becoming live
 *   (`data-hydrated`), the first speak() — which must say the headline.
 *
 * Budgets (issue 4): ≤ 16 ms, ≤ 16 ms, ≤ 1 ms. The bench only measures; `npm run bench` marks budgets.
 * Standalone: `npx tsx bench/player.ts <build dir> [<build dir with the 100k-word article>] [runs]`;
 * without the second folder it builds one (Hark with the generated article, into build-bench-long).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { installFakeSpeech } from '../tests/e2e/fake-speech';
import { longArticleSlug, writeLongArticle } from './long-article';
import { launchChromium, phone } from './support/browser';
import { buildHark } from './support/build';
import { benchPorts } from './support/paths';
import { startServer } from './support/server';
import { median } from './support/stats';

/** What `npm run bench` passes. */
export interface PlayerBenchOptions {
	/** The built site (Hark as it ships). */
	buildDir: string;
	/** A build that also holds the generated 100,000-word article. */
	longBuildDir: string;
	/** The long article's path in that build. */
	longArticlePath?: string;
	/** The port to serve on (one build at a time). */
	port?: number;
	/** Measured runs per figure (at least 20 are taken). */
	runs?: number;
	/** A Chromium to use (one is launched when absent). */
	browser?: Browser;
	/** The article the click timings use. */
	articlePath?: string;
}

/** Medians in ms, with every run and what the trace saw. */
export interface PlayerBenchResult {
	playToSpeakMs: number;
	nextSectionToSpeakMs: number;
	highlightStepMs: number;
	/** Medians from the page's dispatch of the click (without the browser's input delivery). */
	handlerShare: { playToSpeakMs: number; nextSectionToSpeakMs: number };
	runs: { playToSpeakMs: number[]; nextSectionToSpeakMs: number[]; highlightStepMs: number[] };
	/** Play tapped at first sight on a slow phone: medians from the navigation's start, and every run. */
	earlyTap: {
		tapMs: number;
		liveMs: number;
		speakMs: number;
		/** Runs whose tap came before the page was live (the case this measures). */
		tappedBeforeLive: number;
		runs: EarlyTapTiming[];
	};
	/** Layouts during the highlight steps, and the most layout objects one of them touched. */
	highlightLayouts: {
		steps: number;
		layouts: number;
		maxDirtyObjects: number;
		totalObjects: number;
		wholeArticleLaidOut: boolean;
	};
	/** Words and lines of the long article as the page has them. */
	longArticle: { lines: number };
}

const seedPath = '/articles/coalition-of-the-willing-venezuela';

/** Records the timestamp of every click the page receives, before anything else handles it. */
async function recordClicks(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const clicks: { input: number; dispatch: number }[] = [];
		Object.defineProperty(window, '__clicks', { value: clicks });
		window.addEventListener(
			'click',
			(event) => clicks.push({ input: event.timeStamp, dispatch: performance.now() }),
			{ capture: true }
		);
	});
}

interface PageMarks {
	__clicks: { input: number; dispatch: number }[];
	__fakeSpeech: { log: { at: number; text: string }[]; finishUtterance(): void };
}

/** Opens `url` with the fake voice and waits until the player is ready (hydrated, voices listed). */
async function openPlayer(page: Page, url: string): Promise<void> {
	await installFakeSpeech(page, { mode: 'manual' });
	await recordClicks(page);
	await page.goto(url);
	await page
		.getByRole('region', { name: 'Listen to article' })
		.getByRole('combobox', { name: 'Voice' })
		.waitFor({ state: 'visible' });
	await page.waitForFunction(() => {
		const select = document.querySelector<HTMLSelectElement>('#player-voice');
		return select !== null && !select.disabled;
	});
}

/** A click's time to speak(): from the input's timestamp, and from the handler's start. */
interface ClickTiming {
	/** From the click event's timestamp (the input as the browser received it) to speak(). */
	fromInput: number;
	/** From the moment the page started dispatching the click to speak(): Hark's own share. */
	fromDispatch: number;
}

/** Clicks `name` in the player with the mouse and times it to the next speak(). */
async function clickToSpeak(page: Page, name: string): Promise<ClickTiming> {
	const before = await page.evaluate(
		() => (window as unknown as PageMarks).__fakeSpeech.log.length
	);
	await page
		.getByRole('region', { name: 'Listen to article' })
		.getByRole('button', { name, exact: true })
		.click();
	const handle = await page.waitForFunction(
		(count) => {
			const marks = window as unknown as PageMarks;
			const speak = marks.__fakeSpeech.log[count];
			const click = marks.__clicks.at(-1);
			return speak && click !== undefined
				? { fromInput: speak.at - click.input, fromDispatch: speak.at - click.dispatch }
				: null;
		},
		before,
		{ polling: 'raf' }
	);
	return (await handle.jsonValue()) as ClickTiming;
}

async function measureClicks(
	browser: Browser,
	origin: string,
	articlePath: string,
	runs: number
): Promise<{ play: ClickTiming[]; nextSection: ClickTiming[] }> {
	const play: ClickTiming[] = [];
	const nextSection: ClickTiming[] = [];
	// Play: the first speak of a freshly loaded page, every run.
	for (let run = 0; run < runs; run++) {
		const context = await browser.newContext(phone);
		const page = await context.newPage();
		await openPlayer(page, `${origin}${articlePath}`);
		play.push(await clickToSpeak(page, 'Play'));
		await context.close();
	}
	// Next section: while speaking, back to the top (not timed) and then a timed Next section.
	const context = await browser.newContext(phone);
	const page = await context.newPage();
	await openPlayer(page, `${origin}${articlePath}`);
	await clickToSpeak(page, 'Play');
	const position = page
		.getByRole('region', { name: 'Listen to article' })
		.getByRole('slider', { name: 'Position' });
	for (let run = 0; run < runs; run++) {
		await position.fill('1');
		await page.waitForTimeout(20);
		nextSection.push(await clickToSpeak(page, 'Next section'));
	}
	await context.close();
	return { play, nextSection };
}

/** One load of the article on a slow phone with Play tapped at first sight, in ms from its start. */
export interface EarlyTapTiming {
	/** The tap (the click event's timestamp). */
	tapMs: number;
	/** The page became live (the layout set `data-hydrated`). */
	liveMs: number;
	/** The first speak(). */
	speakMs: number;
}

/** Lighthouse's mobile preset: slow 4G and a CPU four times slower. */
const slowPhone = { latencyMs: 150, downloadKbps: 1638.4, uploadKbps: 750, cpuSlowdown: 4 };

/** Loads `url` afresh on a slow phone, taps Play as soon as it is on screen, and times the first speak(). */
async function earlyTapOnce(
	browser: Browser,
	url: string,
	headline: string
): Promise<EarlyTapTiming> {
	const context = await browser.newContext(phone);
	try {
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: slowPhone.latencyMs,
			downloadThroughput: (slowPhone.downloadKbps * 1024) / 8,
			uploadThroughput: (slowPhone.uploadKbps * 1024) / 8
		});
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowPhone.cpuSlowdown });
		await installFakeSpeech(page, { mode: 'manual' });
		await recordClicks(page);
		await page.addInitScript(() => {
			// Watched from the document: its <html> element may not exist yet when this runs.
			const watch = new MutationObserver(() => {
				if (!document.documentElement?.hasAttribute('data-hydrated')) return;
				Object.defineProperty(window, '__liveAt', { value: performance.now() });
				watch.disconnect();
			});
			watch.observe(document, {
				subtree: true,
				attributes: true,
				attributeFilter: ['data-hydrated']
			});
		});
		await page.goto(url, { waitUntil: 'commit' });
		await page
			.getByRole('region', { name: 'Listen to article' })
			.getByRole('button', { name: 'Play', exact: true })
			.click();
		const handle = await page.waitForFunction(
			() => {
				const marks = window as unknown as PageMarks & { __liveAt?: number };
				const speak = marks.__fakeSpeech.log[0];
				const tap = marks.__clicks[0];
				return speak && tap && marks.__liveAt !== undefined
					? { tapMs: tap.input, liveMs: marks.__liveAt, speakMs: speak.at, text: speak.text }
					: null;
			},
			undefined,
			{ polling: 50, timeout: 60_000 }
		);
		const { text, ...timing } = (await handle.jsonValue()) as EarlyTapTiming & { text: string };
		if (!headline.startsWith(text.slice(0, 20)))
			throw new Error(`The tap at first sight said "${text}", not the headline`);
		return timing;
	} finally {
		await context.close();
	}
}

/** Trace events of the layouts Chromium ran. */
interface LayoutEvent {
	name: string;
	ph: string;
	args?: { beginData?: { dirtyObjects?: number; totalObjects?: number } };
}

async function measureHighlight(
	browser: Browser,
	url: string,
	steps: number
): Promise<{
	stepMs: number[];
	layouts: PlayerBenchResult['highlightLayouts'];
	lines: number;
}> {
	const context = await browser.newContext(phone);
	const page = await context.newPage();
	try {
		await openPlayer(page, url);
		const lines = await page.locator('[data-line]').count();
		await clickToSpeak(page, 'Play');
		// Warm up: a few sentences, so the line index is built and code is compiled.
		for (let i = 0; i < 5; i++) await stepOnce(page);
		// Timed without tracing (a trace adds its own cost to every layout and paint), then as many
		// steps again under a trace, to count the layouts they ran.
		const stepMs: number[] = [];
		for (let i = 0; i < steps; i++) stepMs.push(await stepOnce(page));
		await browser.startTracing(page, { categories: ['devtools.timeline'] });
		for (let i = 0; i < steps; i++) await stepOnce(page);
		const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as {
			traceEvents: LayoutEvent[];
		};
		// Chromium records each layout once, as a complete ('X') or a begin ('B') event with its counts.
		const layouts = trace.traceEvents.filter(
			(e) => e.name === 'Layout' && (e.ph === 'X' || e.ph === 'B') && e.args?.beginData
		);
		const dirty = layouts.map((e) => e.args?.beginData?.dirtyObjects ?? 0);
		const totals = layouts.map((e) => e.args?.beginData?.totalObjects ?? 0);
		const maxDirtyObjects = Math.max(0, ...dirty);
		const totalObjects = Math.max(0, ...totals);
		return {
			stepMs,
			lines,
			layouts: {
				steps,
				layouts: layouts.length,
				maxDirtyObjects,
				totalObjects,
				wholeArticleLaidOut: totalObjects > 0 && maxDirtyObjects >= totalObjects * 0.5
			}
		};
	} finally {
		await context.close();
	}
}

/**
 * One highlight step: the voice ends the sentence; the time runs until Svelte has updated the page
 * (the highlight is moved in an effect, flushed in a microtask) — then checks the highlight shows the
 * sentence now spoken.
 */
async function stepOnce(page: Page): Promise<number> {
	const result = await page.evaluate(async () => {
		const marks = window as unknown as PageMarks;
		const count = marks.__fakeSpeech.log.length;
		const started = performance.now();
		marks.__fakeSpeech.finishUtterance();
		await new Promise<void>((done) => queueMicrotask(done));
		const elapsed = performance.now() - started;
		const spoken = marks.__fakeSpeech.log[count]?.text ?? '';
		const highlight = CSS.highlights.get('hark-sentence');
		const shown = highlight ? [...highlight].map((range) => String(range)).join('') : '';
		return { elapsed, spoken, shown };
	});
	if (!result.spoken || !result.shown.startsWith(result.spoken.slice(0, 20)))
		throw new Error(
			`The highlight did not move to the spoken sentence: "${result.shown}" vs "${result.spoken}"`
		);
	return result.elapsed;
}

/** The article's headline as its page shows it (what the first speak() must say). */
async function headlineOf(browser: Browser, url: string): Promise<string> {
	const context = await browser.newContext(phone);
	try {
		const page = await context.newPage();
		await page.goto(url);
		return (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
	} finally {
		await context.close();
	}
}

/** Measures the player; see the header. */
export async function measurePlayer(options: PlayerBenchOptions): Promise<PlayerBenchResult> {
	const runs = Math.max(20, options.runs ?? 25);
	const port = options.port ?? benchPorts.player;
	const browser = options.browser ?? (await launchChromium());
	try {
		const site = await startServer(options.buildDir, port);
		let clicks: { play: ClickTiming[]; nextSection: ClickTiming[] };
		const earlyTaps: EarlyTapTiming[] = [];
		try {
			const articleUrl = `${site.origin}${options.articlePath ?? seedPath}`;
			clicks = await measureClicks(browser, site.origin, options.articlePath ?? seedPath, runs);
			const headline = await headlineOf(browser, articleUrl);
			// Each of these loads takes seconds (a slow network): fewer runs.
			for (let run = 0; run < Math.max(5, Math.round(runs / 3)); run++)
				earlyTaps.push(await earlyTapOnce(browser, articleUrl, headline));
		} finally {
			await site.stop();
		}
		const longSite = await startServer(options.longBuildDir, port);
		let highlight: Awaited<ReturnType<typeof measureHighlight>>;
		try {
			highlight = await measureHighlight(
				browser,
				`${longSite.origin}${options.longArticlePath ?? `/articles/${longArticleSlug}`}`,
				Math.max(50, runs * 2)
			);
		} finally {
			await longSite.stop();
		}
		const fromInput = (timings: ClickTiming[]) => timings.map((t) => t.fromInput);
		const fromDispatch = (timings: ClickTiming[]) => timings.map((t) => t.fromDispatch);
		return {
			playToSpeakMs: median(fromInput(clicks.play)),
			nextSectionToSpeakMs: median(fromInput(clicks.nextSection)),
			highlightStepMs: median(highlight.stepMs),
			handlerShare: {
				playToSpeakMs: median(fromDispatch(clicks.play)),
				nextSectionToSpeakMs: median(fromDispatch(clicks.nextSection))
			},
			runs: {
				playToSpeakMs: fromInput(clicks.play),
				nextSectionToSpeakMs: fromInput(clicks.nextSection),
				highlightStepMs: highlight.stepMs
			},
			earlyTap: {
				tapMs: median(earlyTaps.map((t) => t.tapMs)),
				liveMs: median(earlyTaps.map((t) => t.liveMs)),
				speakMs: median(earlyTaps.map((t) => t.speakMs)),
				tappedBeforeLive: earlyTaps.filter((t) => t.tapMs < t.liveMs).length,
				runs: earlyTaps
			},
			highlightLayouts: highlight.layouts,
			longArticle: { lines: highlight.lines }
		};
	} finally {
		if (!options.browser) await browser.close();
	}
}

/** Prints the figures beside their budgets. */
export function printPlayer(result: PlayerBenchResult): void {
	const mark = (value: number, budget: number) => (value <= budget ? '✓' : '✗');
	console.table({
		'Play → first speak()': {
			median: `${result.playToSpeakMs.toFixed(2)} ms`,
			budget: '≤ 16 ms',
			met: mark(result.playToSpeakMs, 16)
		},
		'Next section → speak()': {
			median: `${result.nextSectionToSpeakMs.toFixed(2)} ms`,
			budget: '≤ 16 ms',
			met: mark(result.nextSectionToSpeakMs, 16)
		},
		[`Highlight step, ${result.longArticle.lines.toLocaleString('en')} lines`]: {
			median: `${result.highlightStepMs.toFixed(3)} ms`,
			budget: '≤ 1 ms',
			met: mark(result.highlightStepMs, 1)
		}
	});
	console.log(
		`Of which from the page's dispatch of the click: Play ${result.handlerShare.playToSpeakMs.toFixed(2)} ms, ` +
			`Next section ${result.handlerShare.nextSectionToSpeakMs.toFixed(2)} ms (the rest is the browser delivering the input).`
	);
	const e = result.earlyTap;
	console.log(
		`Play tapped at first sight on a slow phone (slow 4G, CPU 4× slower), from the navigation: tap ` +
			`${e.tapMs.toFixed(0)} ms, page live ${e.liveMs.toFixed(0)} ms, first speak() ${e.speakMs.toFixed(0)} ms ` +
			`(tap before the page was live in ${e.tappedBeforeLive} of ${e.runs.length} runs).`
	);
	const l = result.highlightLayouts;
	console.log(
		`During ${l.steps} highlight steps Chromium ran ${l.layouts} layouts, touching at most ` +
			`${l.maxDirtyObjects} of ${l.totalObjects} layout objects` +
			(l.wholeArticleLaidOut
				? ' — the WHOLE article was laid out ✗'
				: ' (never the whole article ✓)')
	);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
	const [buildDir = 'build', longArg, runs = '25'] = process.argv.slice(2);
	let longBuildDir = longArg;
	if (!longBuildDir) {
		console.log(
			'No build with the 100,000-word article given: building one into build-bench-long…'
		);
		longBuildDir = (await buildHark('bench-long', writeLongArticle(100_000).folder)).dir;
	}
	const result = await measurePlayer({ buildDir, longBuildDir, runs: Number(runs) });
	printPlayer(result);
}
