/**
 * Room for the player bar fixed at the bottom of the screen. Its height becomes the bottom padding
 * and scroll padding of <html>, set inline as plain properties: neither is inherited, so a new
 * height restyles <html> alone (a custom property there, inherited by every element, made each new
 * value restyle the whole article: 45 ms for a long one). Kept up to date by a ResizeObserver (text
 * size, wrapping) and the window's `resize`. When the bar would cover more than a third of the view
 * (a short screen, large text), it is marked `data-in-page` and stays in the page instead (the CSS
 * makes it static). The returned teardown disconnects the observer, removes the listener, the mark
 * and the padding.
 */

/** Largest share of the view's height the fixed bar may cover. */
const maxCoveredShare = 1 / 3;

/** The height the bar covers at the bottom of the view: 0 when it is not fixed there. */
export function coveredHeight(bar: HTMLElement): number {
	const view = bar.ownerDocument.defaultView;
	return view?.getComputedStyle(bar).position === 'fixed' ? bar.offsetHeight : 0;
}

/** Reserves room for `bar` below the page until the returned function is called. */
export function reserveSpaceBelow(bar: HTMLElement): () => void {
	const root = bar.ownerDocument.documentElement;
	const view = bar.ownerDocument.defaultView;
	const publish = () => {
		const room = `calc(${coveredHeight(bar)}px + 0.5rem)`;
		root.style.setProperty('padding-block-end', room);
		root.style.setProperty('scroll-padding-block-end', room);
	};
	/** Decides again whether the bar fits fixed (measuring it fixed first). */
	const decide = () => {
		bar.removeAttribute('data-in-page');
		if (view && coveredHeight(bar) > view.innerHeight * maxCoveredShare)
			bar.setAttribute('data-in-page', '');
		publish();
	};
	// A size change while fixed (larger text, a wrap) may make it too tall; once in the page it stays
	// there until the window changes, so the observer never flips it back and forth.
	const onResize = () => (bar.hasAttribute('data-in-page') ? publish() : decide());
	// The observer reports the bar's first size once the page has been laid out anyway, so opening the
	// page forces no extra layout of its own (only without an observer is the bar measured at once).
	const observer = view && 'ResizeObserver' in view ? new view.ResizeObserver(onResize) : null;
	if (observer) observer.observe(bar);
	else decide();
	view?.addEventListener('resize', decide);
	return () => {
		observer?.disconnect();
		view?.removeEventListener('resize', decide);
		bar.removeAttribute('data-in-page');
		root.style.removeProperty('padding-block-end');
		root.style.removeProperty('scroll-padding-block-end');
	};
}
