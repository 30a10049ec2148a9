/**
 * Time, as the player and the engines need it: now, and timers. The app uses the system clock; tests
 * use `FakeClock`, which moves only when told, so watchdogs and "within two seconds" rules can be
 * tested without waiting. Pure: no Svelte, no DOM.
 */

/** A cancellable timer handle. */
export type TimerId = number;

/** A source of time and timers. */
export interface Clock {
	/** Milliseconds on a monotonic scale. */
	now(): number;
	/** Calls `callback` after `ms` milliseconds. */
	setTimeout(callback: () => void, ms: number): TimerId;
	/** Cancels a timer (unknown ids are ignored). */
	clearTimeout(id: TimerId): void;
}

/** The real clock. */
export const systemClock: Clock = {
	now: () => (typeof performance !== 'undefined' ? performance.now() : Date.now()),
	setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms) as unknown as TimerId,
	clearTimeout: (id) => globalThis.clearTimeout(id as unknown as ReturnType<typeof setTimeout>)
};

/** A clock that moves only when `advance` is called; timers fire in time order. */
export class FakeClock implements Clock {
	#now = 0;
	#nextId = 1;
	#timers = new Map<TimerId, { at: number; order: number; callback: () => void }>();
	#order = 0;

	now(): number {
		return this.#now;
	}

	setTimeout(callback: () => void, ms: number): TimerId {
		const id = this.#nextId++;
		this.#timers.set(id, { at: this.#now + Math.max(0, ms), order: this.#order++, callback });
		return id;
	}

	clearTimeout(id: TimerId): void {
		this.#timers.delete(id);
	}

	/** Number of timers waiting. */
	get pending(): number {
		return this.#timers.size;
	}

	/** Moves time forward by `ms`, firing every timer that falls due, in order (timers set meanwhile too). */
	advance(ms: number): void {
		const until = this.#now + ms;
		for (;;) {
			let nextId: TimerId | null = null;
			let next: { at: number; order: number; callback: () => void } | null = null;
			for (const [id, timer] of this.#timers)
				if (
					timer.at <= until &&
					(!next || timer.at < next.at || (timer.at === next.at && timer.order < next.order))
				) {
					next = timer;
					nextId = id;
				}
			if (!next || nextId === null) break;
			this.#timers.delete(nextId);
			this.#now = Math.max(this.#now, next.at);
			next.callback();
		}
		this.#now = until;
	}

	/** Fires the timers due now (those set with 0 ms), as a task queue would. */
	flush(): void {
		this.advance(0);
	}
}
