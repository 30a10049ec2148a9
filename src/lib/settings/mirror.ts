/**
 * The localStorage mirror of the reading preferences, in one place. IndexedDB (through Persisted) is
 * the record; this synchronous copy exists only so static/reading-prefs.js can apply the preferences
 * before first paint. Every call tolerates a missing or blocked localStorage (private windows, quota).
 */
import { mirrorKey } from './reading';

/** The page's localStorage, or null where it is missing or blocked (reading it can throw). */
export function pageLocalStorage(): Storage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null;
	}
}

/** The mirrored value, parsed, or null when there is none or it cannot be read. */
export function readMirror(storage: Storage | null = pageLocalStorage()): unknown {
	try {
		const raw = storage?.getItem(mirrorKey);
		return raw ? JSON.parse(raw) : null;
	} catch {
		return null;
	}
}

/** Writes the mirror; returns whether it was written. */
export function writeMirror(value: unknown, storage: Storage | null = pageLocalStorage()): boolean {
	try {
		if (!storage) return false;
		storage.setItem(mirrorKey, JSON.stringify(value));
		return true;
	} catch {
		return false;
	}
}
