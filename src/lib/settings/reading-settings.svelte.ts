/**
 * The reader's comfort settings as reactive state. The record lives in Hark's storage (a Persisted
 * value under "reading"); a copy is mirrored to localStorage on every change and whenever storage
 * answers or the record changes under it (a restored backup, another tab), so static/reading-prefs.js
 * can apply it before the next first paint. The settings start from that mirror, so the app's first
 * render agrees with what the page already shows (no flash).
 */
import { Persisted } from './persisted.svelte';
import { pageLocalStorage, readMirror, writeMirror } from './mirror';
import { defaultReadingPrefs, normalizeReadingPrefs, type ReadingPrefs } from './reading';
import type { HarkStorage } from '../storage/storage';

/** The storage key of the reading preferences. */
export const readingSettingKey = 'reading';

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null;

export class ReadingSettings {
	#record: Persisted<Record<string, unknown>>;
	#mirrorStorage: Storage | null;

	constructor(
		storage: Promise<HarkStorage>,
		/** Where the before-first-paint mirror lives (localStorage; tests pass their own). */
		mirrorStorage: Storage | null = pageLocalStorage()
	) {
		this.#mirrorStorage = mirrorStorage;
		const start = normalizeReadingPrefs(readMirror(mirrorStorage));
		// Storage is the record: whenever it is read (first, after localStorage was cleared, or after a
		// restored backup or another tab changed it), the mirror follows, so the next first paint agrees.
		this.#record = new Persisted<Record<string, unknown>>(
			storage,
			readingSettingKey,
			{ ...start },
			isRecord,
			{ onStored: (stored) => writeMirror(normalizeReadingPrefs(stored), this.#mirrorStorage) }
		);
	}

	/** The preferences now, always valid. */
	get prefs(): ReadingPrefs {
		return normalizeReadingPrefs(this.#record.current);
	}

	/** Whether the stored preferences have been read. */
	get loaded(): boolean {
		return this.#record.loaded;
	}

	/** The last failure to save, in plain words, or null. */
	get error(): string | null {
		return this.#record.error;
	}

	/** Changes some preferences (clamped and checked), mirrors them and saves them. */
	async update(patch: Partial<ReadingPrefs>): Promise<void> {
		const next = normalizeReadingPrefs({ ...this.prefs, ...patch });
		writeMirror(next, this.#mirrorStorage);
		await this.#record.set({ ...next });
	}

	/** Puts every preference back to its default. */
	reset(): Promise<void> {
		return this.update({ ...defaultReadingPrefs });
	}
}
