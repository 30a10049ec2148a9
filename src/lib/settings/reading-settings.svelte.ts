/**
 * The reader's comfort settings as reactive state. The record lives in Hark's storage (a Persisted
 * value under "reading"); a copy is mirrored to localStorage on every change and whenever storage
 * answers, so static/reading-prefs.js can apply it before the next first paint. The settings start
 * from that mirror, so the app's first render agrees with what the page already shows (no flash).
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
		this.#record = new Persisted<Record<string, unknown>>(
			storage,
			readingSettingKey,
			{ ...start },
			isRecord
		);
		// Storage is the record: once it answers, the mirror follows it (e.g. after localStorage was cleared).
		void storage
			.then((s) => s.getSetting<unknown>(readingSettingKey))
			.then((stored) => {
				if (isRecord(stored)) writeMirror(normalizeReadingPrefs(stored), this.#mirrorStorage);
			})
			.catch(() => {});
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
