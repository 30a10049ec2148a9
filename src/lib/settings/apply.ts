/**
 * Puts reading preferences on <html>: the same attributes and custom properties that
 * static/reading-prefs.js sets before first paint, kept current while the app runs. Custom properties
 * go through the CSSOM (`style.setProperty`), which a strict Content Security Policy allows.
 */
import { rootPresentation, type ReadingPrefs } from './reading';

/** Shows `prefs` on `root` (normally document.documentElement). */
export function applyReadingPrefs(root: HTMLElement, prefs: ReadingPrefs): void {
	const { attributes, properties } = rootPresentation(prefs);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === null) root.removeAttribute(name);
		else if (root.getAttribute(name) !== value) root.setAttribute(name, value);
	}
	// Only what changed: setting a custom property on <html>, even to the value it has, makes the
	// browser recompute the style of every element on the page (a long article: tens of milliseconds).
	for (const [name, value] of Object.entries(properties))
		if (root.style.getPropertyValue(name) !== value) root.style.setProperty(name, value);
}

/** Whether motion should be reduced: the reader's setting or the device's prefers-reduced-motion. */
export function motionReduced(root: HTMLElement = document.documentElement): boolean {
	if (root.getAttribute('data-reduce-motion') === 'true') return true;
	return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
