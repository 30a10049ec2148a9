/**
 * The 100,000-word article: generated here (seeded, so every run reads the same text), parsed and
 * segmented with Hark's real parser and segmenter to time the build's share, then built into its own
 * site through HARK_EXTRA_CONTENT (never into content/articles/) and opened in Chromium on a phone-sized
 * page beside the seed article, in turns. For each page load: first and largest contentful paint, the
 * main thread's long tasks (total blocking time, longest task, when it went quiet), layout work
 * (CDP Performance metrics), sections the browser skipped thanks to `content-visibility`, the time to
 * show the middle of the article after a jump, and the JS heap after a garbage collection.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser } from '@playwright/test';
import { parseArticle } from '../src/lib/content/parse';
import { buildScript, countWords } from '../src/lib/content/script';
import { segmentArticle } from '../src/lib/content/segment';
import { phone } from './support/browser';
import { repoRoot, resultsDir } from './support/paths';
import { median } from './support/stats';

/** The generated article's slug (and URL path under /articles/). */
export const longArticleSlug = 'bench-long-article';
/** The seed article, the comparison. */
export const seedArticleSlug = 'coalition-of-the-willing-venezuela';
const seedArticlePath = resolve(repoRoot, 'content/articles/coalition-of-the-willing-venezuela.md');

function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const subjects = [
	'The committee',
	'Officials in Brasília',
	'Dr. Alvarez',
	'The U.S. delegation',
	'Regional governments',
	'Sen. Moreno',
	'Analysts at the institute',
	'The ministry',
	'Local councils',
	'The central bank',
	'Negotiators',
	'Observers from the U.N.'
];
const verbs = [
	'argued that',
	'warned that',
	'said on Tuesday that',
	'noted that',
	'concluded that',
	'has insisted that',
	'acknowledged that',
	'reported that'
];
const clauses = [
	'the sanctions regime would need clearer goals',
	'humanitarian exemptions must be written into any agreement',
	'trade through the northern ports fell by 4.5 percent in the third quarter',
	'the talks could resume before the end of Sept. at the earliest',
	'public support depends on transparent reporting',
	'the costs fall hardest on families far from the capital',
	'inflation had slowed to 2.1% after months of volatility',
	'a coalition without a mandate would struggle to hold together',
	'the new rules take effect at 9 a.m. on Monday',
	'courts in several provinces had already ruled on the question'
];
const tails = [
	'',
	'',
	'',
	', according to people familiar with the discussions',
	', though the details remain unsettled',
	', a point echoed by several delegations',
	' — and that the next round would be decisive'
];
const questions = [
	'What happens if the talks collapse?',
	'Who pays for the reconstruction?',
	'Will the courts have the final word?'
];

/** A seeded maker of news-like sentences (and a `pick` from its random stream). */
export function proseMaker(seed: number) {
	const random = mulberry32(seed);
	const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
	const sentence = () =>
		random() < 0.06
			? pick(questions)
			: `${pick(subjects)} ${pick(verbs)} ${pick(clauses)}${pick(tails)}.`;
	const clause = () => pick(clauses);
	return { random, pick, sentence, clause };
}

/** A seeded, news-like Markdown article of exactly `words` body words (as the script counts them). */
export function generateLongArticle(words: number, seed = 20240611): string {
	const { random, pick, sentence } = proseMaker(seed);
	const out: string[] = [
		'---',
		`slug: ${longArticleSlug}`,
		'headline: A Very Long Article for the Benchmark',
		'dek: One hundred thousand words of generated policy prose, to show that a long article stays light on a phone.',
		'lang: en',
		'author: Bench Generator',
		'authorRole: Benchmark',
		'---',
		''
	];
	let count = 0;
	let section = 0;
	while (count < words) {
		section++;
		out.push(`## Part ${section}: ${pick(clauses).replace(/^./, (c) => c.toUpperCase())}`, '');
		count += countWords(out[out.length - 2]!.slice(3));
		const paragraphs = 8 + Math.floor(random() * 6);
		for (let p = 0; p < paragraphs && count < words; p++) {
			if (p === 4 && section % 5 === 0) {
				out.push('::: scenarios');
				for (let n = 1; n <= 3 && count < words; n++) {
					const heading = `Scenario ${n}: ${pick(clauses)}`;
					const text = [sentence(), sentence(), sentence()].join(' ');
					out.push(`### ${heading}`, text, '');
					count += countWords(heading) + countWords(text);
				}
				out.push(':::', '');
				continue;
			}
			const sentences: string[] = [];
			const target = 4 + Math.floor(random() * 4);
			for (let s = 0; s < target; s++) sentences.push(sentence());
			let text = sentences.join(' ');
			const remaining = words - count;
			let textWords = countWords(text);
			if (textWords > remaining) {
				// Trim the last paragraph to land on exactly `words`.
				text = `${text
					.split(/\s+/)
					.slice(0, remaining)
					.join(' ')
					.replace(/[.?!,;—]*$/, '')}.`;
				textWords = countWords(text);
			}
			out.push(text, '');
			count += textWords;
		}
	}
	return out.join('\n');
}

/** Writes the generated article into a bench-only content folder; returns that folder. */
export function writeLongArticle(words: number): { folder: string; source: string } {
	const folder = resolve(resultsDir, 'long-content');
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	const source = generateLongArticle(words);
	writeFileSync(resolve(folder, `${longArticleSlug}.md`), source);
	return { folder, source };
}

/** Build-time cost of one article: parse, segment, script, and the words as the script counts them. */
export interface ParseFigures {
	words: number;
	sentences: number;
	bytes: number;
	parseMs: number;
	segmentMs: number;
	scriptMs: number;
	/** parse + segment + script, ms (median of the sums). */
	totalMs: number;
}

function timeOnce(source: string, file: string) {
	let started = performance.now();
	const parsed = parseArticle(source, file);
	const parseMs = performance.now() - started;
	started = performance.now();
	const article = segmentArticle(parsed);
	const segmentMs = performance.now() - started;
	started = performance.now();
	const script = buildScript(article);
	const scriptMs = performance.now() - started;
	return { parseMs, segmentMs, scriptMs, script };
}

/** Times Hark's parser, segmenter and script builder on `source`, median of `runs`. */
export function timeParse(source: string, file: string, runs: number): ParseFigures {
	const samples = Array.from({ length: runs + 1 }, () => timeOnce(source, file)).slice(1);
	const script = samples[0]!.script;
	return {
		words: script.words,
		sentences: script.lines.filter((line) => line.kind === 'sentence').length,
		bytes: Buffer.byteLength(source),
		parseMs: median(samples.map((s) => s.parseMs)),
		segmentMs: median(samples.map((s) => s.segmentMs)),
		scriptMs: median(samples.map((s) => s.scriptMs)),
		totalMs: median(samples.map((s) => s.parseMs + s.segmentMs + s.scriptMs))
	};
}

/** The seed article's source, for the comparison. */
export function seedSource(): string {
	return readFileSync(seedArticlePath, 'utf8');
}

/** One page load of an article, measured. */
export interface PageLoadFigures {
	/** First Contentful Paint, ms from navigation start. */
	fcpMs: number;
	/** Largest Contentful Paint: the first screen, ms. */
	lcpMs: number;
	/** The load event's end, ms. */
	loadMs: number;
	/** End of the last long task (≥ 50 ms) before the page went quiet, ms (FCP when there was none). */
	quietMs: number;
	/** Sum over long tasks of their time beyond 50 ms. */
	blockingMs: number;
	/** The longest task, ms. */
	longestTaskMs: number;
	/** Time spent in layout during the load (CDP `LayoutDuration`), ms. */
	layoutMs: number;
	/** Time spent recalculating style (CDP `RecalcStyleDuration`), ms. */
	styleMs: number;
	/** After a jump to the middle of the article: time until the next frame was drawn, ms. */
	jumpFrameMs: number;
	/** Sections whose content the browser skipped (content-visibility), of `sections`. */
	skippedSections: number;
	sections: number;
	/** DOM nodes after load. */
	domNodes: number;
	/** JS heap in use after load and a garbage collection, bytes. */
	heapBytes: number;
	/** The HTML document as sent (gzip), bytes. */
	htmlGzipBytes: number;
}

/** Loads `url` once in a fresh phone-sized context and measures it. */
export async function measurePageLoad(browser: Browser, url: string): Promise<PageLoadFigures> {
	const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
	try {
		const page = await context.newPage();
		// tsx names functions with an `__name` helper that does not exist inside the page.
		await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
		await page.addInitScript(() => {
			const marks = { fcp: 0, lcp: 0, tasks: [] as { start: number; duration: number }[] };
			(window as unknown as { __benchMarks: typeof marks }).__benchMarks = marks;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
			}).observe({ type: 'paint', buffered: true });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) marks.lcp = entry.startTime;
			}).observe({ type: 'largest-contentful-paint', buffered: true });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					marks.tasks.push({ start: entry.startTime, duration: entry.duration });
			}).observe({ type: 'longtask', buffered: true });
		});
		const cdp = await context.newCDPSession(page);
		await cdp.send('Performance.enable');
		let htmlGzipBytes = 0;
		page.on('response', (response) => {
			if (response.url() === url)
				void response.headerValue('content-length').then((v) => (htmlGzipBytes = Number(v ?? 0)));
		});
		await page.goto(url, { waitUntil: 'load' });
		// Wait until the main thread has been free of long tasks for a second (hydration done).
		await page.evaluate(async () => {
			const marks = (
				window as unknown as { __benchMarks: { tasks: { start: number; duration: number }[] } }
			).__benchMarks;
			const lastEnd = () => Math.max(0, ...marks.tasks.map((t) => t.start + t.duration));
			const deadline = performance.now() + 30_000;
			while (performance.now() - lastEnd() < 1000 && performance.now() < deadline)
				await new Promise((done) => setTimeout(done, 100));
		});
		const metrics = Object.fromEntries(
			(await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value])
		) as Record<string, number>;
		const inPage = await page.evaluate(async () => {
			const marks = (
				window as unknown as {
					__benchMarks: { fcp: number; lcp: number; tasks: { start: number; duration: number }[] };
				}
			).__benchMarks;
			const [navigation] = performance.getEntriesByType(
				'navigation'
			) as PerformanceNavigationTiming[];
			const sections = [...document.querySelectorAll('#article section')];
			const skipped = sections.filter((section) => {
				const inner = section.querySelector('p');
				return inner
					? !inner.checkVisibility({ contentVisibilityAuto: true } as CheckVisibilityOptions)
					: false;
			}).length;
			const tasks = marks.tasks.filter((t) => t.start + t.duration >= marks.fcp);
			// Jump to the middle of the article and wait for the frame that shows it.
			const middle = sections[Math.floor(sections.length / 2)];
			const jumpStart = performance.now();
			middle?.scrollIntoView({ behavior: 'instant' });
			await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
			const jumpFrameMs = performance.now() - jumpStart;
			return {
				fcp: marks.fcp,
				lcp: marks.lcp || marks.fcp,
				load: navigation?.loadEventEnd ?? Number.NaN,
				quiet: Math.max(marks.fcp, ...tasks.map((t) => t.start + t.duration)),
				blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
				longest: Math.max(0, ...tasks.map((t) => t.duration)),
				sections: sections.length,
				skipped,
				nodes: document.getElementsByTagName('*').length,
				jumpFrameMs
			};
		});
		await cdp.send('HeapProfiler.collectGarbage');
		const heap = await cdp.send('Runtime.getHeapUsage');
		return {
			fcpMs: inPage.fcp,
			lcpMs: inPage.lcp,
			loadMs: inPage.load,
			quietMs: inPage.quiet,
			blockingMs: inPage.blocking,
			longestTaskMs: inPage.longest,
			layoutMs: (metrics.LayoutDuration ?? Number.NaN) * 1000,
			styleMs: (metrics.RecalcStyleDuration ?? Number.NaN) * 1000,
			jumpFrameMs: inPage.jumpFrameMs,
			skippedSections: inPage.skipped,
			sections: inPage.sections,
			domNodes: inPage.nodes,
			heapBytes: heap.usedSize,
			htmlGzipBytes
		};
	} finally {
		await context.close();
	}
}

/** Medians of several page loads. */
export type PageLoadMedians = PageLoadFigures & { runs: number };

/** Loads each URL `runs` times, taking turns, and returns the medians per URL. */
export async function measurePageLoads(
	browser: Browser,
	urls: string[],
	runs: number
): Promise<PageLoadMedians[]> {
	const samples: PageLoadFigures[][] = urls.map(() => []);
	for (let run = 0; run < runs; run++)
		for (const [index, url] of urls.entries())
			samples[index]!.push(await measurePageLoad(browser, url));
	return samples.map((list) => {
		const first = list[0]!;
		const medians = Object.fromEntries(
			Object.keys(first).map((key) => [
				key,
				median(list.map((s) => s[key as keyof PageLoadFigures]))
			])
		) as unknown as PageLoadFigures;
		return { ...medians, runs };
	});
}
