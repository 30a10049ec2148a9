/**
 * A synchronous copy of the most recent listening positions in localStorage. IndexedDB is the
 * record; this copy exists so an article's player knows its saved place the moment it connects,
 * before the database has opened: a press on Play just after the page starts then goes on from
 * where the listener stopped instead of from the headline. Every call tolerates a missing or
 * blocked localStorage (private windows, quota): the player then waits for IndexedDB as before.
 */
import type { ListeningPosition } from './schema';
import { readPosition } from './storage';

/** The localStorage key holding the copy. */
export const positionMirrorKey = 'hark.positions';

/** How many articles' places the copy keeps (the most recently saved); older ones stay in IndexedDB. */
export const mirroredPositionLimit = 50;

/** The positions in the copy, valid ones only, or none when it is missing or cannot be read. */
function readAll(storage: Storage | null): ListeningPosition[] {
	try {
		const raw = storage?.getItem(positionMirrorKey);
		const parsed: unknown = raw ? JSON.parse(raw) : null;
		if (!Array.isArray(parsed)) return [];
		return parsed.map(readPosition).filter((p): p is ListeningPosition => p !== null);
	} catch {
		return [];
	}
}

/**
 * Reads and writes the copy of listening positions in one `Storage` (the page's localStorage), and
 * hears other tabs write it (the window's `storage` event).
 */
export class PositionMirror {
	/** The storage holding the copy; null where localStorage is missing or blocked. */
	readonly #storage: Storage | null;
	/** The window whose `storage` events tell of other tabs' writes; null: none are heard. */
	readonly #view: EventTarget | null;

	constructor(storage: Storage | null, view: EventTarget | null = null) {
		this.#storage = storage;
		this.#view = view;
	}

	/** The copied position in an article, or undefined. */
	read(articleId: string): ListeningPosition | undefined {
		return readAll(this.#storage).find((p) => p.articleId === articleId);
	}

	/**
	 * Calls `onSaved` with the article's copied position whenever another tab writes the copy (for
	 * any article: the caller compares times). Returns the teardown.
	 */
	watch(articleId: string, onSaved: (position: ListeningPosition) => void): () => void {
		const view = this.#view;
		if (!view || !this.#storage) return () => {};
		const listener = (event: Event) => {
			const { key, storageArea } = event as StorageEvent;
			if (key !== positionMirrorKey || storageArea !== this.#storage) return;
			const position = this.read(articleId);
			if (position) onSaved(position);
		};
		view.addEventListener('storage', listener);
		return () => view.removeEventListener('storage', listener);
	}

	/** Copies a position, keeping the most recently saved ones; returns whether it was written. */
	write(position: ListeningPosition): boolean {
		if (!this.#storage) return false;
		const others = readAll(this.#storage).filter((p) => p.articleId !== position.articleId);
		const kept = [position, ...others]
			.sort((a, b) => b.updatedAt - a.updatedAt)
			.slice(0, mirroredPositionLimit);
		try {
			this.#storage.setItem(positionMirrorKey, JSON.stringify(kept));
			return true;
		} catch {
			return false;
		}
	}
}
