/**
 * A paragraph as HTML: its text exactly as written, HTML-escaped, with each sentence wrapped in
 * `<span class="sentence" data-line="N">` (N its script line). The page inserts a whole run of
 * paragraphs as one such string instead of building one reactive node per sentence (or a component
 * per paragraph): a 100,000-word article (or a 1 MB imported page) then renders and hydrates without
 * tens of thousands of effects. Everything from the text is escaped, so imported text can never
 * become markup. Pure: no Svelte, no DOM.
 */
import type { Block, ListPlace, Paragraph, Scenario } from './model';

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

/**
 * Paragraphs as one HTML string of `<p>` elements, each paragraph's sentences marked from
 * `firstLine(paragraph)`. Paragraphs in a list go in `<ul>` or `<ol>`, one `<li>` per item; a list
 * whose text keeps its own bullets (pasted plain text) is marked `class="marked"` for the page to
 * show no second bullet, with `role="list"` since WebKit drops the semantics of unstyled lists.
 */
export function paragraphsMarkup(
	paragraphs: readonly Paragraph[],
	firstLine: (paragraph: Paragraph) => number
): string {
	let html = '';
	/** Where the last paragraph sat in the list open now, if one is. */
	let open: ListPlace | undefined;
	const close = (list: ListPlace) => `</li></${list.ordered ? 'ol' : 'ul'}>`;
	for (const paragraph of paragraphs) {
		const list = paragraph.list;
		if (open && !(list && continuesList(open, list))) {
			html += close(open);
			open = undefined;
		}
		if (list && !open)
			html += `<${list.ordered ? 'ol' : 'ul'}${list.markerInText ? ' class="marked" role="list"' : ''}><li>`;
		else if (list && open && list.item !== open.item) html += '</li><li>';
		open = list;
		html += `<p>${paragraphMarkup(paragraph, firstLine(paragraph))}</p>`;
	}
	if (open) html += close(open);
	return html;
}

/** Whether a paragraph at `next` goes on the list of one at `last`: in the same item or the next. */
function continuesList(last: ListPlace, next: ListPlace): boolean {
	return (
		last.ordered === next.ordered &&
		!last.markerInText === !next.markerInText &&
		(next.item === last.item || next.item === last.item + 1)
	);
}

/** A part of a section's body as the page shows it: a run of paragraphs as HTML, or a scenario list. */
export type BodyPart =
	| { kind: 'paragraphs'; html: string }
	| { kind: 'scenarios'; scenarios: Scenario[] };

/**
 * A section's blocks as the page inserts them: each run of consecutive paragraphs becomes one HTML
 * string (one insertion for the run, not one per paragraph), scenario lists stay as they are.
 */
export function bodyParts(
	blocks: readonly Block[],
	firstLine: (paragraph: Paragraph) => number
): BodyPart[] {
	const parts: BodyPart[] = [];
	let run: Paragraph[] = [];
	const endRun = () => {
		if (run.length) parts.push({ kind: 'paragraphs', html: paragraphsMarkup(run, firstLine) });
		run = [];
	};
	for (const block of blocks) {
		if (block.kind === 'paragraph') run.push(block.paragraph);
		else {
			endRun();
			parts.push({ kind: 'scenarios', scenarios: block.scenarios });
		}
	}
	endRun();
	return parts;
}
