/**
 * Following along: while Hark speaks, the view keeps the spoken sentence in sight — scrolling only
 * when it leaves a comfortable band, smoothly unless the reader prefers reduced motion. As soon as the
 * reader scrolls (wheel, touch, keys, the scrollbar, a jump through Contents) it stops following and
 * `following` turns false, so the UI can offer "Back to current sentence"; `resume()` scrolls back
 * and follows again.
 *
 * Scrolls Hark starts itself are told apart from the reader's by time: scroll events until the
 * scroll settles (`scrollend`, or a timeout) are Hark's own. Sections off screen are laid out lazily
 * (`content-visibility: auto`), so the sentence can move while the view travels to it: when the
 * scroll settles, its place is checked again and corrected (a bounded number of times).
 * `destroy()` removes every listener and timer.
 */

/** Keys that scroll the page when focus is not in a field. */
const scrollKeys = new Set(['PageUp', 'PageDown', 'Home', 'End', 'ArrowUp', 'ArrowDown', ' ']);
/** Elements whose keys do something other than scrolling. */
const controls =
	'button, a[href], input, select, textarea, summary, [contenteditable=""], [contenteditable="true"], [role="slider"], [role="listbox"], [role="menu"]';
/** How long after starting a scroll, with no scroll events since, it counts as settled (without `scrollend`). */
const settleMs = 1200;
/** How many times a scroll is corrected after the page moved under it. */
const maxCorrections = 3;

/** Keeps a sentence in view while allowed to. */
export class FollowAlong {
	/** Whether the view follows the voice (false once the reader scrolled away). */
	following = $state(true);
	readonly #window: Window;
	/** Whether a scroll Hark started is under way. */
	#ownScroll = false;
	/** The element Hark is scrolling to, and how many corrections it has had. */
	#target: { element: Element; corrections: number } | null = null;
	#settleTimer: ReturnType<typeof setTimeout> | undefined;
	/** When the last scroll event came. */
	#lastScrollAt = 0;
	/** Counts Hark's scrolls, so a late "scroll over" never ends a newer one. */
	#scrollCount = 0;
	#teardown: () => void;

	constructor(
		view: Window,
		/** Space kept clear at the bottom of the view (a player bar fixed there), in px. */
		private readonly bottomInset: () => number = () => 0
	) {
		this.#window = view;
		const stop = () => {
			this.#target = null;
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
			this.#lastScrollAt = view.performance.now();
			if (!this.#ownScroll) stop();
		};
		const onScrollEnd = () => this.#settled();
		const options = { passive: true } as const;
		view.addEventListener('wheel', stop, options);
		view.addEventListener('touchmove', stop, options);
		view.addEventListener('keydown', onKey, options);
		view.addEventListener('scroll', onScroll, options);
		view.addEventListener('scrollend', onScrollEnd, options);
		this.#teardown = () => {
			clearTimeout(this.#settleTimer);
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
		// Already on its way there: a second smooth scroll would only race the first.
		if (this.#ownScroll && this.#target?.element === element) return;
		if (this.#inBand(element)) return;
		this.#target = { element, corrections: 0 };
		this.#scrollTo(element, this.#reduceMotion() ? 'instant' : 'smooth');
	}

	/** Follows again, scrolling `element` into view now. */
	resume(element: Element | null): void {
		this.following = true;
		this.keepInView(element);
	}

	/** Whether `element` is at least partly inside the view (above any bar fixed at the bottom). */
	isInView(element: Element | null): boolean {
		if (!element) return false;
		const rect = element.getBoundingClientRect();
		return rect.bottom > 0 && rect.top < this.#window.innerHeight - this.bottomInset();
	}

	/** Removes every listener and timer. */
	destroy(): void {
		this.#teardown();
	}

	#reduceMotion(): boolean {
		return (
			this.#window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true ||
			this.#window.document.documentElement.dataset.reduceMotion === 'true'
		);
	}

	/** The band the sentence is kept in: clear of the edges and of the bar at the bottom. */
	#band(): { top: number; bottom: number } {
		const viewHeight = this.#window.innerHeight - this.bottomInset();
		const margin = Math.min(96, viewHeight * 0.15);
		return { top: margin, bottom: viewHeight - margin };
	}

	#inBand(element: Element): boolean {
		const rect = element.getBoundingClientRect();
		const band = this.#band();
		return rect.top >= band.top && rect.bottom <= band.bottom;
	}

	#scrollTo(element: Element, behavior: ScrollBehavior): void {
		const rect = element.getBoundingClientRect();
		const band = this.#band();
		const top =
			this.#window.scrollY + rect.top - Math.max(band.top, (band.bottom - rect.height) / 3);
		// Scroll events until the scroll settles are Hark's own, not the reader's.
		this.#ownScroll = true;
		this.#scrollCount++;
		clearTimeout(this.#settleTimer);
		this.#armSettleTimer(settleMs);
		this.#window.scrollTo({ top: Math.max(0, top), behavior });
	}

	/** Counts the scroll as settled after `ms`, or later while scroll events keep coming. */
	#armSettleTimer(ms: number): void {
		clearTimeout(this.#settleTimer);
		this.#settleTimer = setTimeout(() => {
			const sinceScroll = this.#window.performance.now() - this.#lastScrollAt;
			if (sinceScroll < 150) this.#armSettleTimer(150);
			else this.#settled();
		}, ms);
	}

	/** A scroll ended: check the sentence is where it should be (the page may have moved). */
	#settled(): void {
		clearTimeout(this.#settleTimer);
		const target = this.#target;
		if (
			target &&
			this.following &&
			target.element.isConnected &&
			!this.#inBand(target.element) &&
			target.corrections < maxCorrections
		) {
			target.corrections++;
			this.#scrollTo(target.element, 'instant');
			return;
		}
		this.#target = null;
		// The events of this scroll are over; the next scroll is the reader's.
		const count = this.#scrollCount;
		setTimeout(() => {
			if (count === this.#scrollCount) this.#ownScroll = false;
		}, 50);
	}
}
