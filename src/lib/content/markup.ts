/**
 * A paragraph as HTML: its text exactly as written, HTML-escaped, with each sentence wrapped in
 * `<span class="sentence" data-line="N">` (N its script line). The page inserts this string in one
 * go instead of building one reactive node per sentence: a 100,000-word article (or a 1 MB imported
 * page) then renders and hydrates without tens of thousands of effects. Everything from the text
 * is escaped, so imported text can never become markup. Pure: no Svelte, no DOM.
 */
import type { Paragraph } from './model';

const escapes: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** `text` with every character that HTML could read as markup escaped. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => escapes[character] as string);
}

/** The paragraph's HTML, its sentences marked with script lines from `firstLine` on. */
export function paragraphMarkup(paragraph: Paragraph, firstLine: number): string {
	let html = '';
	let cursor = 0;
	paragraph.sentences.forEach(({ start, end }, i) => {
		if (start > cursor) html += escapeHtml(paragraph.text.slice(cursor, start));
		html += `<span class="sentence" data-line="${firstLine + i}">${escapeHtml(paragraph.text.slice(start, end))}</span>`;
		cursor = end;
	});
	if (cursor < paragraph.text.length) html += escapeHtml(paragraph.text.slice(cursor));
	return html;
}
