/**
 * Fuzzing the importer with fast-check: arbitrary strings and generated HTML never throw, and the
 * article never holds text the input did not show (Readability may leave boilerplate out, but it
 * never adds or reorders words).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './html';
import { articleText, importText } from './index';

const extract = (html: string) =>
	extractHtml(html, window as unknown as Window & typeof globalThis);

/** Whether each of `parts` appears in `outer`, in order, white space aside. */
function appearsInOrder(parts: string[], outer: string): boolean {
	const squeeze = (t: string) => t.replace(/\s+/g, '');
	const haystack = squeeze(outer);
	let at = 0;
	for (const part of parts.map(squeeze).filter(Boolean)) {
		const found = haystack.indexOf(part, at);
		if (found < 0) return false;
		at = found + part.length;
	}
	return true;
}

const word = fc.stringMatching(/^[A-Za-zÀ-ÿ0-9]{1,10}$/);
const sentence = fc.array(word, { minLength: 3, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
const text = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const inline = fc.oneof(
	text,
	text.map((t) => `<b>${t}</b>`),
	text.map((t) => `<a href="#x">${t}</a>`),
	text.map((t) => `<span onclick="window.__xss=1">${t}</span>`)
);
const block = fc.oneof(
	{
		weight: 5,
		arbitrary: fc.array(inline, { minLength: 1, maxLength: 3 }).map((i) => `<p>${i.join(' ')}</p>`)
	},
	{ weight: 1, arbitrary: word.map((w) => `<h2>${w} heading</h2>`) },
	{
		weight: 1,
		arbitrary: fc
			.array(text, { minLength: 1, maxLength: 3 })
			.map((items) => `<ul>${items.map((t) => `<li>${t}</li>`).join('')}</ul>`)
	},
	{ weight: 1, arbitrary: text.map((t) => `<script>window.__xss=1</script><div>${t}</div>`) }
);
const page = fc
	.tuple(word, fc.array(block, { minLength: 1, maxLength: 8 }))
	.map(
		([title, blocks]) =>
			`<!doctype html><html><head><title>${title} page</title></head><body><article>${blocks.join('')}</article></body></html>`
	);

/** The text a reader sees in `html`: everything but script and style content. */
function visibleText(html: string): string {
	const doc = new DOMParser().parseFromString(html, 'text/html');
	doc.querySelectorAll('script, style, title').forEach((el) => el.remove());
	return doc.body.textContent ?? '';
}

describe('importer fuzzing', () => {
	it('arbitrary strings, as text, Markdown or HTML, never throw', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 300 }),
				fc.constantFrom('text', 'markdown', 'html') as fc.Arbitrary<'text' | 'markdown' | 'html'>,
				(input, format) => {
					const result = importText(input, { format, extractHtml: extract });
					expect(typeof result.ok).toBe('boolean');
					if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
				}
			),
			{ numRuns: 150 }
		);
	});

	it('generated HTML pages give articles holding only the page’s visible text, in order', () => {
		fc.assert(
			fc.property(page, (html) => {
				const result = importText(html, { format: 'html', extractHtml: extract });
				if (!result.ok) return;
				const paragraphs = articleText(result.article).split('\n').slice(1);
				expect(appearsInOrder(paragraphs, visibleText(html)), paragraphs.join(' | ')).toBe(true);
				expect((window as unknown as { __xss?: number }).__xss).toBeUndefined();
			}),
			{ numRuns: 60 }
		);
	});
});
