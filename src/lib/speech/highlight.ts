/**
 * Highlighting what the voice says with the CSS Custom Highlight API: two named highlights
 * (`hark-sentence`, `hark-word`) whose ranges are moved from line to line. No element is added,
 * removed or restyled, so the article never re-renders, layout never runs, and a screen reader's
 * reading is never split into fragments. Styles: `::highlight(hark-sentence)` and
 * `::highlight(hark-word)` in src/app.css's variables (`--highlight-sentence`, `--highlight-word`…).
 * Browsers without the API get no highlight (the Position slider still says where the voice is).
 * `destroy()` removes both highlights.
 */
import type { LineElements } from './line-elements';

/** The highlight names, also used in the `::highlight()` rules. */
export const highlightNames = { sentence: 'hark-sentence', word: 'hark-word' } as const;

/** The parts of `CSS.highlights` used here. */
interface HighlightRegistryLike {
	set(name: string, highlight: Highlight): unknown;
	delete(name: string): unknown;
}

/** Moves the sentence and word highlights along the page. */
export class SpeechHighlighter {
	readonly #registry: HighlightRegistryLike | null;
	readonly #sentence: Highlight | null;
	readonly #word: Highlight | null;
	readonly #lines: LineElements;
	readonly #document: Document;

	constructor(lines: LineElements, document: Document) {
		this.#lines = lines;
		this.#document = document;
		const view = document.defaultView as (Window & typeof globalThis) | null;
		const registry = (view?.CSS as { highlights?: HighlightRegistryLike } | undefined)?.highlights;
		const HighlightClass = (view as { Highlight?: typeof Highlight } | null)?.Highlight;
		if (registry && HighlightClass) {
			this.#registry = registry;
			this.#sentence = new HighlightClass();
			this.#word = new HighlightClass();
			registry.set(highlightNames.sentence, this.#sentence);
			registry.set(highlightNames.word, this.#word);
		} else {
			this.#registry = null;
			this.#sentence = null;
			this.#word = null;
		}
	}

	/** Whether the browser can highlight this way. */
	get supported(): boolean {
		return this.#registry !== null;
	}

	/**
	 * Highlights line `line`, and the word at [wordStart, wordEnd) of its text when wordEnd > wordStart.
	 * Returns the line's element (for following along), or null when it is not on the page.
	 */
	show(line: number, wordStart = 0, wordEnd = 0): Element | null {
		const element = this.#lines.get(line);
		if (!this.#sentence || !this.#word) return element;
		this.#sentence.clear();
		this.#word.clear();
		if (!element) return null;
		const sentence = this.#document.createRange();
		sentence.selectNodeContents(element);
		this.#sentence.add(sentence);
		if (wordEnd > wordStart) {
			const start = this.#locate(element, wordStart);
			const end = this.#locate(element, wordEnd);
			if (start && end) {
				const word = this.#document.createRange();
				word.setStart(start.node, start.offset);
				word.setEnd(end.node, end.offset);
				this.#word.add(word);
			}
		}
		return element;
	}

	/** Removes the highlight from the page (the highlights stay registered). */
	clear(): void {
		this.#sentence?.clear();
		this.#word?.clear();
	}

	/** Unregisters both highlights. */
	destroy(): void {
		this.clear();
		this.#registry?.delete(highlightNames.sentence);
		this.#registry?.delete(highlightNames.word);
	}

	/** The text node and offset at character `offset` of `element`'s text. */
	#locate(element: Element, offset: number): { node: Text; offset: number } | null {
		const walker = this.#document.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
		let remaining = offset;
		let last: Text | null = null;
		for (
			let node = walker.nextNode() as Text | null;
			node;
			node = walker.nextNode() as Text | null
		) {
			if (remaining <= node.data.length) return { node, offset: remaining };
			remaining -= node.data.length;
			last = node;
		}
		return last ? { node: last, offset: last.data.length } : null;
	}
}
