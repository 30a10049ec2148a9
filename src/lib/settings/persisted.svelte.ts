/**
 * A value kept in Hark's storage, readable as reactive state (`.current`). It starts at its default,
 * takes the stored value once storage answers, and saves every change. Saving never throws: a failure
 * is kept in `.error` for the settings page to show.
 */
import type { HarkStorage } from '../storage/storage';

export class Persisted<T> {
	/** The value now. */
	current = $state() as T;
	/** Whether the stored value has been read. */
	loaded = $state(false);
	/** The last save failure, in plain words, or null. */
	error = $state<string | null>(null);

	constructor(
		private storage: Promise<HarkStorage>,
		/** The storage key. */
		readonly key: string,
		/** The value before anything is stored. */
		readonly fallback: T,
		/** Checks a stored value; an invalid one is ignored. */
		private isValid: (value: unknown) => value is T = (_v): _v is T => true
	) {
		this.current = fallback;
		void storage
			.then((s) => s.getSetting<unknown>(key))
			.then((stored) => {
				if (stored !== undefined && this.isValid(stored)) this.current = stored;
			})
			.catch(() => {})
			.finally(() => (this.loaded = true));
	}

	/** Changes the value and saves it. */
	async set(value: T): Promise<void> {
		this.current = value;
		try {
			await (await this.storage).putSetting(this.key, $state.snapshot(value));
			this.error = null;
		} catch (error) {
			this.error = (error as Error).message;
		}
	}
}
