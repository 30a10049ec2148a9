/**
 * Moving focus for screen-reader and keyboard users: after an in-page jump the target heading gets
 * focus, so a screen reader reads it and Tab continues from there.
 */

/** Focuses the element with `id` (made focusable if it is not), scrolling it into view. Returns whether it exists. */
export function focusById(id: string, options: { preventScroll?: boolean } = {}): boolean {
	const target = document.getElementById(id);
	if (!target) return false;
	if (!target.hasAttribute('tabindex') && target.tabIndex < 0)
		target.setAttribute('tabindex', '-1');
	target.focus({ preventScroll: options.preventScroll ?? false });
	return true;
}

/** How long after a jump its target is kept in place while the page settles, in ms. */
const holdMs = 2500;
/** Scrolling quiet for this long counts as over, in ms. */
const quietMs = 200;
/** How many times a target is put back. */
const maxHolds = 6;

/**
 * Keeps `target` at the top of the view after a jump to it while the page settles: sections drawn
 * for the first time (`content-visibility: auto`) take their real height during or after the
 * scroll and move everything below them, so the heading a Contents link or a deep link went to
 * could end up off screen. Whenever scrolling has been quiet for a moment, a target that drifted is
 * put back (at once, not smoothly). Stops at the reader's own wheel, touch or key, after a few
 * corrections or after a few seconds. Returns the teardown.
 */
export function holdAtTop(target: Element): () => void {
	const started = performance.now();
	let corrections = 0;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const check = () => {
		if (!target.isConnected || corrections >= maxHolds || performance.now() - started > holdMs)
			return stop();
		const margin = parseFloat(getComputedStyle(target).scrollMarginBlockStart) || 0;
		const top = target.getBoundingClientRect().top;
		const scroller = document.scrollingElement ?? document.documentElement;
		const atBottom = scrollY >= scroller.scrollHeight - innerHeight - 1;
		if (Math.abs(top - margin) > 4 && !(top > margin && atBottom)) {
			corrections++;
			target.scrollIntoView({ block: 'start', behavior: 'instant' });
		}
		timer = setTimeout(check, quietMs);
	};
	const onScroll = () => {
		clearTimeout(timer);
		timer = setTimeout(check, quietMs);
	};
	const readerMoves = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
	const stop = () => {
		clearTimeout(timer);
		removeEventListener('scroll', onScroll);
		for (const type of readerMoves) removeEventListener(type, stop, true);
	};
	addEventListener('scroll', onScroll, { passive: true });
	for (const type of readerMoves) addEventListener(type, stop, { passive: true, capture: true });
	timer = setTimeout(check, quietMs);
	return stop;
}

/** The element id named by a URL fragment ("#a%20b" → "a b"), or null. */
export function idFromHash(hash: string): string | null {
	if (!hash || hash === '#') return null;
	try {
		return decodeURIComponent(hash.slice(1));
	} catch {
		return hash.slice(1);
	}
}

/**
 * Focuses the target of the current URL fragment now and whenever the fragment changes, and of any
 * same-page fragment link activated again (which fires no hashchange), and holds it in view while
 * the page settles (`holdAtTop`). Returns the teardown.
 */
export function followFragmentFocus(root: HTMLElement): () => void {
	/** Ends holding the last jump's target in place. */
	let release = () => {};
	const jumpTo = (id: string) => {
		release();
		if (focusById(id)) release = holdAtTop(document.getElementById(id)!);
	};
	const focusCurrent = () => {
		const id = idFromHash(location.hash);
		if (id) jumpTo(id);
	};
	const onClick = (event: MouseEvent) => {
		if (
			event.defaultPrevented ||
			event.button !== 0 ||
			event.metaKey ||
			event.ctrlKey ||
			event.shiftKey
		)
			return;
		const link = (event.target as Element | null)?.closest?.('a[href^="#"]');
		if (!link || !root.contains(link)) return;
		const id = idFromHash(link.getAttribute('href') ?? '');
		if (!id || !document.getElementById(id)) return;
		// Let the browser update the URL and scroll, then move focus.
		requestAnimationFrame(() => jumpTo(id));
	};
	focusCurrent();
	window.addEventListener('hashchange', focusCurrent);
	document.addEventListener('click', onClick);
	return () => {
		release();
		window.removeEventListener('hashchange', focusCurrent);
		document.removeEventListener('click', onClick);
	};
}
