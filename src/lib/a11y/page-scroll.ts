/**
 * Moving to another page shows it at its top (or its fragment) at once. The page's smooth scrolling
 * (src/app.css, off with reduced motion) is for moving within a page — a Contents link, the view
 * following the voice; without this, SvelteKit's scroll to the top after a client-side navigation
 * would glide there from wherever the previous page was scrolled, on a long page for a second or
 * more. Pure apart from the element it is given: the layout calls it from SvelteKit's
 * beforeNavigate and afterNavigate.
 */

/**
 * Where a navigation goes, as far as this needs. Either end may be missing, or have no URL: a page
 * rendered only in the browser (`ssr = false`, /read) starts from a target whose `url` is null.
 */
export interface NavigationEnds {
	from: { url: URL | null } | null;
	to: { url: URL | null } | null;
}

/** Whether both ends are known and on the same page (path and query; the fragment may differ). */
export function samePage({ from, to }: NavigationEnds): boolean | null {
	if (!from?.url || !to?.url) return null;
	return from.url.pathname === to.url.pathname && from.url.search === to.url.search;
}

/** Scrolling for page changes, on `root` (the <html> element). */
export class PageScroll {
	constructor(private readonly root: HTMLElement) {}

	/** Before a navigation: another page, or another article on /read, jumps instead of gliding. */
	beforeNavigate(navigation: NavigationEnds): void {
		if (samePage(navigation) === false) this.root.style.scrollBehavior = 'auto';
	}

	/** After it: the stylesheet's scrolling applies again. */
	afterNavigate(): void {
		this.root.style.removeProperty('scroll-behavior');
	}
}
