/**
 * Keeps room for a bar fixed at the bottom of the screen: its height, kept up to date with a
 * ResizeObserver and the window's `resize` (text size, wrapping, a button appearing, a short screen
 * where the bar is not fixed at all), goes into the `--player-bar-height` custom property on <html>,
 * which the page uses as bottom padding and scroll padding. The returned teardown disconnects the
 * observer, removes the listener and the property.
 */

/** The height the bar covers at the bottom of the view: 0 when it is not fixed there. */
export function coveredHeight(bar: HTMLElement): number {
	const view = bar.ownerDocument.defaultView;
	return view?.getComputedStyle(bar).position === 'fixed' ? bar.offsetHeight : 0;
}

/** Reserves room for `bar` below the page until the returned function is called. */
export function reserveSpaceBelow(bar: HTMLElement): () => void {
	const root = bar.ownerDocument.documentElement;
	const view = bar.ownerDocument.defaultView;
	const update = () => root.style.setProperty('--player-bar-height', `${coveredHeight(bar)}px`);
	update();
	const observer = view && 'ResizeObserver' in view ? new view.ResizeObserver(update) : null;
	observer?.observe(bar);
	view?.addEventListener('resize', update);
	return () => {
		observer?.disconnect();
		view?.removeEventListener('resize', update);
		root.style.removeProperty('--player-bar-height');
	};
}
