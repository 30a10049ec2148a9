/**
 * Following along: while Hark speaks, the view keeps the spoken sentence in sight — scrolling only
 * when it leaves a comfortable band, smoothly unless the reader prefers reduced motion. As soon as the
 * reader scrolls (wheel, touch, keys, the scrollbar, a jump through Contents) it stops following and
 * `following` turns false, so the UI can offer "Back to current sentence"; `resume()` scrolls back
 * and follows again. Scrolls Hark starts itself are told apart from the reader's by the `scrollend`
 * that ends them (with a timeout for browsers without it). `destroy()` removes every listener.
 */

/** Keys that scroll the page when focus is not in a field. */
const scrollKeys = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' ']);
/** Elements whose keys do something other than scrolling. */
const controls =
	'button, a[href], input, select, textarea, summary, [contenteditable=""], [contenteditable="true"], [role="slider"], [role="listbox"], [role="menu"]';

/** Keeps a sentence in view while allowed to. */
export class FollowAlong {
	/** Whether the view follows the voice (false once the reader scrolled away). */
	following = $state(true);
	readonly #window: Window;
	/** Until when scroll events are Hark's own. */
	#ownScrollUntil = 0;
	#teardown: () => void;

	constructor(
		view: Window,
		/** Space kept clear at the bottom of the view (a player bar fixed there), in px. */
		private readonly bottomInset: () => number = () => 0
	) {
		this.#window = view;
		const stop = () => {
			if (this.following) this.following = false;
		};
		const onKey = (event: KeyboardEvent) => {
			if (!scrollKeys.has(event.key) || event.ctrlKey || event.metaKey || event.altKey) return;
			// Space on a button presses it, arrows move a slider: those keys do not scroll.
			const target = event.target as Element | null;
			if (target?.closest?.(controls)) return;
			stop();
		};
		const onScroll = () => {
			if (view.performance.now() > this.#ownScrollUntil) stop();
		};
		const onScrollEnd = () => {
			this.#ownScrollUntil = 0;
		};
		const options = { passive: true } as const;
		view.addEventListener('wheel', stop, options);
		view.addEventListener('touchmove', stop, options);
		view.addEventListener('keydown', onKey, options);
		view.addEventListener('scroll', onScroll, options);
		view.addEventListener('scrollend', onScrollEnd, options);
		this.#teardown = () => {
			view.removeEventListener('wheel', stop);
			view.removeEventListener('touchmove', stop);
			view.removeEventListener('keydown', onKey);
			view.removeEventListener('scroll', onScroll);
			view.removeEventListener('scrollend', onScrollEnd);
		};
	}

	/** Brings `element` into view if following and it is out of the comfortable band. */
	keepInView(element: Element | null): void {
		if (!element || !this.following) return;
		this.#scrollTo(element, false);
	}

	/** Follows again, scrolling `element` into view now. */
	resume(element: Element | null): void {
		this.following = true;
		if (element) this.#scrollTo(element, true);
	}

	/** Whether `element` is at least partly inside the view (above any bar fixed at the bottom). */
	isInView(element: Element | null): boolean {
		if (!element) return false;
		const rect = element.getBoundingClientRect();
		return rect.bottom > 0 && rect.top < this.#window.innerHeight - this.bottomInset();
	}

	/** Removes every listener. */
	destroy(): void {
		this.#teardown();
	}

	#scrollTo(element: Element, always: boolean): void {
		const rect = element.getBoundingClientRect();
		const viewHeight = this.#window.innerHeight - this.bottomInset();
		const margin = Math.min(96, viewHeight * 0.15);
		if (!always && rect.top >= margin && rect.bottom <= viewHeight - margin) return;
		const reduce =
			this.#window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ||
			this.#window.document.documentElement.dataset.reduceMotion === 'true';
		const top = this.#window.scrollY + rect.top - Math.max(margin, (viewHeight - rect.height) / 3);
		// Scroll events until the scroll ends are Hark's own, not the reader's.
		this.#ownScrollUntil = this.#window.performance.now() + (reduce ? 200 : 1500);
		this.#window.scrollTo({ top: Math.max(0, top), behavior: reduce ? 'instant' : 'smooth' });
	}
}
