/**
 * Importing a web page through the real add flow (/add → "Or open a file…" → "Add to library" → the
 * article at /read?article=…), in Chromium, for a generated 1 MB HTML page beside a small one in the
 * same run, taking turns, each in a fresh context (an empty library, so never a duplicate). The time
 * runs from the form's submit until both the article is shown (its headline on screen and its first
 * listenable sentence rendered, after that frame) and it is saved in the library with its "opened"
 * time (read from IndexedDB by the page itself); it covers reading the file, Readability, DOMPurify,
 * segmentation, saving to IndexedDB and rendering.
 */
import type { Browser, Page } from '@playwright/test';
import { proseMaker } from './long-article';
import { phone } from './support/browser';
import { median } from './support/stats';

/** A saved news page of about `targetBytes`: site chrome, inline scripts and styles, and a long article. */
export function generateHtmlPage(targetBytes: number, seed = 7): string {
	const { pick, sentence, clause } = proseMaker(seed);
	const nav = Array.from(
		{ length: 40 },
		(_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`
	).join('');
	const script = `window.__pageScriptRan = true; var analytics = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => ({ id: i, key: `k${i}`, value: clause() })))};`;
	const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>The Long Read: ${clause()}</title>
<meta name="author" content="Ana Ruiz"><style>${'.c{color:#333;margin:0 auto}'.repeat(200)}</style>
<script>${script}</script></head><body><header><nav><ul>${nav}</ul></nav></header><main><article>
<h1>The Long Read: ${clause()}</h1><p class="byline">By Ana Ruiz</p>`;
	const tail = `</article><aside><h2>Most read</h2><ul>${nav}</ul></aside></main><footer><p>© The Daily Example</p>
<script>window.__pageScriptRan = true;</script></footer></body></html>`;
	const parts: string[] = [head];
	let bytes = Buffer.byteLength(head) + Buffer.byteLength(tail);
	let section = 0;
	while (bytes < targetBytes) {
		const chunk: string[] = [`<h2>Part ${++section}: ${pick([clause(), clause()])}</h2>`];
		for (let p = 0; p < 8; p++)
			chunk.push(`<p>${Array.from({ length: 5 }, sentence).join(' ')}</p>`);
		chunk.push(
			`<div class="ad"><script>window.__pageScriptRan = true;</script><img src="data:," alt=""></div>`
		);
		const html = chunk.join('\n');
		parts.push(html);
		bytes += Buffer.byteLength(html);
	}
	parts.push(tail);
	return parts.join('\n');
}

/** What the page records while an import runs, on `window.__importTiming`. */
interface ImportTiming {
	/** performance.now() at the form's submit. */
	submitAt: number;
	/** Date.now() at the submit (the library's "opened" times are epoch milliseconds). */
	submitEpoch: number;
	/** After the frame that first showed the headline on screen and the first sentence rendered. */
	shownAt: number;
	/** When the library first held the article with an "opened" time at or after the submit. */
	storedAt: number;
	/** The library id that was stored. */
	storedId: string;
}

/**
 * Watches the page from the form's submit on (runs in the page; the add flow navigates client-side,
 * so the same window sees /read). Every frame: is the article's headline inside the viewport, and is
 * its first listenable sentence rendered (not hidden, with a box)? The time is taken in a task after
 * that frame, so it includes the frame's paint. Every frame it also asks Hark's IndexedDB (its own
 * read-only connection; it never creates the database) whether the library holds an article with an
 * "opened" time at or after the submit, i.e. the article is saved with its place in the library; a
 * reload would find it.
 */
export function watchImport(): void {
	const timing: ImportTiming = {
		submitAt: 0,
		submitEpoch: 0,
		shownAt: 0,
		storedAt: 0,
		storedId: ''
	};
	(window as unknown as { __importTiming: ImportTiming }).__importTiming = timing;
	let db: IDBDatabase | null = null;
	let asking = false;
	const askLibrary = () => {
		if (asking || timing.storedAt) return;
		asking = true;
		const ask = (database: IDBDatabase) => {
			const request = database
				.transaction('articles')
				.objectStore('articles')
				.index('byOpenedAt')
				.getKey(IDBKeyRange.lowerBound(timing.submitEpoch));
			request.onsuccess = () => {
				asking = false;
				if (request.result === undefined) return;
				timing.storedAt = performance.now();
				timing.storedId = String(request.result);
				database.close();
			};
			request.onerror = () => (asking = false);
		};
		if (db) return ask(db);
		const open = indexedDB.open('hark');
		// Never create Hark's database (it would then miss its own upgrade): only open it once it is there.
		open.onupgradeneeded = () => open.transaction?.abort();
		open.onsuccess = () => ask((db = open.result));
		open.onerror = () => (asking = false);
	};
	const frame = () => {
		askLibrary();
		if (!timing.shownAt) {
			const headline = document.querySelector('#article #article-title');
			const sentence = document.querySelector('#article .sentence[data-line]');
			const box = headline?.getBoundingClientRect();
			if (
				box &&
				box.height > 0 &&
				box.top < innerHeight &&
				box.bottom > 0 &&
				sentence?.checkVisibility() &&
				sentence.getClientRects().length > 0 &&
				sentence.textContent?.trim()
			)
				setTimeout(() => (timing.shownAt ||= performance.now()));
		}
		if (!timing.shownAt || !timing.storedAt) requestAnimationFrame(frame);
	};
	document.addEventListener(
		'submit',
		() => {
			timing.submitAt = performance.now();
			timing.submitEpoch = Date.now();
			requestAnimationFrame(frame);
		},
		{ capture: true, once: true }
	);
}

/**
 * One import through the page: from the form's submit until the article is on screen (headline in
 * view, first sentence rendered) and saved in the library, whichever comes last.
 */
async function importOnce(
	page: Page,
	origin: string,
	name: string,
	html: string
): Promise<{ ms: number; shownMs: number; storedMs: number }> {
	await page.goto(`${origin}/add`);
	const fileInput = page.getByLabel('Or open a file');
	// The form answers once hydrated: choose the file until the page says it has it.
	for (let attempt = 0; ; attempt++) {
		await fileInput.setInputFiles({ name, mimeType: 'text/html', buffer: Buffer.from(html) });
		if (await page.getByText(`Adding the file ${name}`).isVisible()) break;
		if (attempt > 50) throw new Error('The add page never took the file');
		await page.waitForTimeout(100);
	}
	await page.evaluate(watchImport);
	await page.getByRole('button', { name: 'Add to library' }).click();
	await page.waitForURL(/\/read\?article=/, { timeout: 30_000 });
	const timingHandle = await page.waitForFunction(
		() => {
			const timing = (window as unknown as { __importTiming: ImportTiming }).__importTiming;
			return timing.shownAt && timing.storedAt ? timing : null;
		},
		undefined,
		{ timeout: 30_000, polling: 100 }
	);
	const timing = (await timingHandle.jsonValue()) as ImportTiming;
	const id = new URL(page.url()).searchParams.get('article');
	if (timing.storedId !== id)
		throw new Error(`The library stored ${timing.storedId}, but the page shows ${id}`);
	if (!(await page.locator('#article-title').textContent())?.trim())
		throw new Error('The article page shows no headline');
	const ran = await page.evaluate(
		() => !!(window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan
	);
	if (ran) throw new Error('A script of the imported page ran');
	const shownMs = timing.shownAt - timing.submitAt;
	const storedMs = timing.storedAt - timing.submitAt;
	return { ms: Math.max(shownMs, storedMs), shownMs, storedMs };
}

/** Import times for one page size. */
export interface ImportFigures {
	bytes: number;
	/** Median of submit → shown and saved (the later of the two). */
	medianMs: number;
	samplesMs: number[];
	/** Median of submit → the article on screen. */
	shownMedianMs: number;
	/** Median of submit → the article saved in the library. */
	storedMedianMs: number;
}

/** Imports a ~1 MB page and a small one, `runs` times each in turns; medians. */
export async function measureImport(
	browser: Browser,
	origin: string,
	runs: number
): Promise<{ large: ImportFigures; small: ImportFigures }> {
	const pages = [
		{ name: 'long-read.html', html: generateHtmlPage(1024 * 1024) },
		{ name: 'short-read.html', html: generateHtmlPage(20 * 1024, 8) }
	];
	const samples = pages.map(() => [] as { ms: number; shownMs: number; storedMs: number }[]);
	for (let run = 0; run < runs + 1; run++)
		for (const [index, { name, html }] of pages.entries()) {
			const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
			try {
				const page = await context.newPage();
				await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
				const sample = await importOnce(page, origin, name, html);
				if (run > 0) samples[index]!.push(sample); // the first round warms the server and the browser
			} finally {
				await context.close();
			}
		}
	const figures = (index: number): ImportFigures => {
		const taken = samples[index]!;
		return {
			bytes: Buffer.byteLength(pages[index]!.html),
			medianMs: median(taken.map((s) => s.ms)),
			samplesMs: taken.map((s) => s.ms),
			shownMedianMs: median(taken.map((s) => s.shownMs)),
			storedMedianMs: median(taken.map((s) => s.storedMs))
		};
	};
	return { large: figures(0), small: figures(1) };
}
