/**
 * Keeps room for a bar fixed at the bottom of the screen: its height, kept up to date with a
 * ResizeObserver (text size, wrapping, a button appearing), goes into the `--player-bar-height`
 * custom property on <html>, which the page uses as bottom padding and scroll padding. The returned
 * teardown disconnects the observer and removes the property.
 */
export function reserveSpaceBelow(bar: HTMLElement): () => void {
	const root = bar.ownerDocument.documentElement;
	const update = () => root.style.setProperty('--player-bar-height', `${bar.offsetHeight}px`);
	update();
	const view = bar.ownerDocument.defaultView;
	const observer = view && 'ResizeObserver' in view ? new view.ResizeObserver(update) : null;
	observer?.observe(bar);
	return () => {
		observer?.disconnect();
		root.style.removeProperty('--player-bar-height');
	};
}
