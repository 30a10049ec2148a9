/**
 * What makes two articles the same: a short hash of their words (headline and paragraphs in reading
 * order), so an article brought twice, or a bundled one brought again, is found in the library.
 * Pure: no Svelte, no DOM.
 */
import type { Article } from './model';

/** A short, stable hash of the article's text (FNV-1a, 52 bits, base 36). */
export function hashText(text: string): string {
	let high = 0x811c9dc5;
	let low = 0x1000193;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		high = Math.imul(high ^ c, 0x01000193) >>> 0;
		low = Math.imul(low ^ c ^ (high >>> 7), 0x5bd1e995) >>> 0;
	}
	return ((high & 0xfffff) * 0x100000000 + low).toString(36);
}

/** Every paragraph's text in reading order, for hashing and checks. */
export function articleText(article: Article): string {
	const parts: string[] = [article.headline];
	for (const section of article.sections)
		for (const block of section.blocks) {
			if (block.kind === 'paragraph') parts.push(block.paragraph.text);
			else for (const s of block.scenarios) for (const p of s.paragraphs) parts.push(p.text);
		}
	return parts.join('\n');
}

/** The hash telling an article's text apart, kept with an imported article and a bundled summary. */
export function contentHashOf(article: Article): string {
	return hashText(articleText(article));
}
