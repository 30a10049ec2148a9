// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface PageData {
			/** Skip links this page offers, first in the tab order. */
			skipLinks?: { href: string; label: string }[];
		}
	}
}

export {};
