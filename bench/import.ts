/**
 * Importing a web page through the real add flow (/add → "Or open a file…" → "Add to library" → the
 * article at /read?article=…), in Chromium, for a generated 1 MB HTML page beside a small one in the
 * same run, taking turns, each in a fresh context (an empty library, so never a duplicate). The time
 * runs from the form's submit to the frame that shows the imported article's first sentence; it covers
 * reading the file, Readability, DOMPurify, segmentation, saving to IndexedDB and rendering.
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

/** One import through the page, timed from submit to the article's first sentence on screen. */
async function importOnce(page: Page, origin: string, name: string, html: string): Promise<number> {
	await page.goto(`${origin}/add`);
	const fileInput = page.getByLabel('Or open a file');
	// The form answers once hydrated: choose the file until the page says it has it.
	for (let attempt = 0; ; attempt++) {
		await fileInput.setInputFiles({ name, mimeType: 'text/html', buffer: Buffer.from(html) });
		if (await page.getByText(`Adding the file ${name}`).isVisible()) break;
		if (attempt > 50) throw new Error('The add page never took the file');
		await page.waitForTimeout(100);
	}
	await page.evaluate(() => {
		const marks = window as unknown as { __submitAt: number };
		marks.__submitAt = 0;
		document.addEventListener('submit', () => (marks.__submitAt = performance.now()), {
			capture: true
		});
	});
	await page.getByRole('button', { name: 'Add to library' }).click();
	await page.waitForURL(/\/read\?article=/, { timeout: 30_000 });
	await page.locator('#article [data-line]').first().waitFor({ timeout: 30_000 });
	const elapsed = await page.evaluate(
		() =>
			new Promise<number>((done) =>
				requestAnimationFrame(() =>
					done(performance.now() - (window as unknown as { __submitAt: number }).__submitAt)
				)
			)
	);
	const ran = await page.evaluate(
		() =>
			'no page script ran: ' + !(window as unknown as { __pageScriptRan?: boolean }).__pageScriptRan
	);
	if (!ran.endsWith('true')) throw new Error('A script of the imported page ran');
	return elapsed;
}

/** Import times for one page size. */
export interface ImportFigures {
	bytes: number;
	medianMs: number;
	samplesMs: number[];
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
	const samples = pages.map(() => [] as number[]);
	for (let run = 0; run < runs + 1; run++)
		for (const [index, { name, html }] of pages.entries()) {
			const context = await browser.newContext({ ...phone, serviceWorkers: 'block' });
			try {
				const page = await context.newPage();
				await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
				const ms = await importOnce(page, origin, name, html);
				if (run > 0) samples[index]!.push(ms); // the first round warms the server and the browser
			} finally {
				await context.close();
			}
		}
	const figures = (index: number): ImportFigures => ({
		bytes: Buffer.byteLength(pages[index]!.html),
		medianMs: median(samples[index]!),
		samplesMs: samples[index]!
	});
	return { large: figures(0), small: figures(1) };
}
