/**
 * A value kept in Hark's storage, readable as reactive state (`.current`). It starts at its default,
 * takes the stored value once storage answers, and saves every change. Saving never throws: a failure
 * is kept in `.error` for the settings page to show. When storage says its key was written by someone
 * else (a restored backup, Hark in another tab), it reads the record again, so the new value applies at
 * once and a later change here starts from it rather than from a stale copy. A read that was overtaken
 * by a change made here is dropped: the newer value wins.
 */
import type { HarkStorage } from '../storage/storage';

/** Options of a Persisted value. */
export interface PersistedOptions<T> {
	/** Called with every valid value read from storage (first read and re-reads), e.g. to mirror it. */
	onStored?: (value: T) => void;
}

export class Persisted<T> {
	/** The value now. */
	current = $state() as T;
	/** Whether the stored value has been read. */
	loaded = $state(false);
	/** The last save failure, in plain words, or null. */
	error = $state<string | null>(null);
	/** How many times `set` was called; a read started before the latest set is stale. */
	#changes = 0;
	/** Stops listening to storage's settings changes (null until storage answers). */
	#stopListening: (() => void) | null = null;
	#disposed = false;

	constructor(
		private storage: Promise<HarkStorage>,
		/** The storage key. */
		readonly key: string,
		/** The value before anything is stored. */
		readonly fallback: T,
		/** Checks a stored value; an invalid one is ignored. */
		private isValid: (value: unknown) => value is T = (_v): _v is T => true,
		private options: PersistedOptions<T> = {}
	) {
		this.current = fallback;
		void storage
			.then((s) => {
				if (this.#disposed) return;
				this.#stopListening = s.onSettingsChanged((change) =>
					change.origin !== 'saved' && change.keys.includes(key) ? this.reload() : undefined
				);
			})
			.catch(() => {});
		void this.reload().finally(() => (this.loaded = true));
	}

	/** Reads the stored value again; an absent or invalid one, or a failed read, changes nothing. */
	async reload(): Promise<void> {
		const changesBefore = this.#changes;
		let stored: unknown;
		try {
			stored = await (await this.storage).getSetting<unknown>(this.key);
		} catch {
			return;
		}
		if (this.#changes !== changesBefore || stored === undefined || !this.isValid(stored)) return;
		this.current = stored;
		this.options.onStored?.(stored);
	}

	/** Changes the value and saves it. */
	async set(value: T): Promise<void> {
		this.#changes++;
		this.current = value;
		try {
			await (await this.storage).putSetting(this.key, $state.snapshot(value));
			this.error = null;
		} catch (error) {
			this.error = (error as Error).message;
		}
	}

	/** Stops following storage's changes (for a value that lives shorter than the app). */
	dispose(): void {
		this.#disposed = true;
		this.#stopListening?.();
		this.#stopListening = null;
	}
}
