// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageState {
			/** The article was opened by the listening queue: it starts playing by itself. */
			queuedPlay?: boolean;
		}
		interface PageData {
			/** Skip links this page offers, first in the tab order. */
			skipLinks?: { href: string; label: string }[];
		}
	}
}

export {};
