/**
 * The page's script lines: every element marked `data-line` inside the article, found once and then
 * looked up by index in constant time (a highlight step must not search a 100,000-word page), and the
 * line a node (a tapped sentence, a selection) belongs to.
 */

/** Finds the elements of script lines inside `root`. */
export class LineElements {
	#byLine: (Element | undefined)[] | null = null;

	constructor(private readonly root: Element) {}

	/** The element holding line `line`'s text, or null. */
	get(line: number): Element | null {
		if (!this.#byLine) {
			this.#byLine = [];
			for (const element of this.root.querySelectorAll('[data-line]')) {
				const index = Number(element.getAttribute('data-line'));
				if (Number.isInteger(index) && index >= 0) this.#byLine[index] ??= element;
			}
		}
		const element = this.#byLine[line];
		if (element?.isConnected) return element;
		// The page re-rendered: look again next time.
		if (element) this.#byLine = null;
		return element ? this.get(line) : null;
	}

	/** The line `node` belongs to, or null when it is not inside a line. */
	lineOf(node: Node | null): number | null {
		const element = node instanceof Element ? node : (node?.parentElement ?? null);
		const lineElement = element?.closest('[data-line]');
		if (!lineElement || !this.root.contains(lineElement)) return null;
		const index = Number(lineElement.getAttribute('data-line'));
		return Number.isInteger(index) ? index : null;
	}

	/** Forgets what it found (after the page changed). */
	reset(): void {
		this.#byLine = null;
	}
}
