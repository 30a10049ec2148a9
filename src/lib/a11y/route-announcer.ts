/**
 * Page changes are said by Hark's one announcer, not by SvelteKit's own live region. Kit's region is
 * assertive and says the page's title after every change of its page state, a Contents link within
 * the article included: that talked over Hark's voice and over the heading the link had just
 * focused. Here only a change of page (another path or query, not a fragment) is announced, through
 * the announcer, which keeps quiet while the voice speaks. Kit's region is switched off.
 */

import { samePage, type NavigationEnds } from './page-scroll';

/** The id SvelteKit gives its route announcer. */
const kitAnnouncerId = 'svelte-announcer';

/** Announces page changes with `announce`; `doc` holds SvelteKit's region to switch off. */
export class RouteAnnouncer {
	constructor(
		private readonly doc: Document,
		private readonly announce: (text: string) => void
	) {}

	/** Switches Kit's region off (it is added once the app has mounted, so call this again after). */
	silenceKit(): void {
		this.doc.getElementById(kitAnnouncerId)?.setAttribute('aria-live', 'off');
	}

	/** After a navigation: a new page is announced by its title; a new fragment is not. */
	afterNavigate(navigation: NavigationEnds): void {
		this.silenceKit();
		// The first page (no known start) is read by the screen reader itself; a fragment is not a page.
		if (samePage(navigation) === false) this.announce(this.doc.title);
	}
}
