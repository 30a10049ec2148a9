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
 * same-page fragment link activated again (which fires no hashchange). Returns the teardown.
 */
export function followFragmentFocus(root: HTMLElement): () => void {
	const focusCurrent = () => {
		const id = idFromHash(location.hash);
		if (id) focusById(id);
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
		requestAnimationFrame(() => focusById(id));
	};
	focusCurrent();
	window.addEventListener('hashchange', focusCurrent);
	document.addEventListener('click', onClick);
	return () => {
		window.removeEventListener('hashchange', focusCurrent);
		document.removeEventListener('click', onClick);
	};
}
