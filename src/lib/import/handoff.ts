/**
 * The article just added, handed from the add page to its own page in memory. The add page has the
 * parsed, segmented article in hand when it saves it; its page takes that object and shows it at once
 * instead of reading the whole article back from IndexedDB (and cloning and checking it again). It
 * holds one article and gives it once: any other visit to /read (a reload, a link, back and forward)
 * reads the library as always. One instance lives in the app context (never a module global).
 * Pure: no Svelte, no DOM.
 */
import type { StoredArticle } from '../storage/schema';

/** Hands the article just added to the page that shows it. */
export class ImportHandoff {
	/** The article added last and not yet taken by its page, if any. */
	#pending: StoredArticle | null = null;

	/** Keeps `stored` (already saved in the library) for its page. */
	give(stored: StoredArticle): void {
		this.#pending = stored;
	}

	/** The article with library id `id` if it was just added, once; null otherwise. */
	take(id: string): StoredArticle | null {
		const pending = this.#pending;
		if (!pending || pending.id !== id) return null;
		this.#pending = null;
		return pending;
	}
}
