/**
 * Moving to a new version of Hark, as reactive state. A new version that is waiting shows the update
 * notice; it takes over only when the listener presses "Reload". Before reloading, the hooks that
 * features registered with `beforeReload` run (the player saves its place and stops), so the
 * listening position — kept in IndexedDB — carries over.
 *
 * Hark never reloads by itself while its voice is speaking: when another tab lets the new version take
 * over, this tab reloads at once only if it is quiet; otherwise the notice stays until the listener
 * presses "Reload".
 */

/** How a page moves into a new version; the service worker registration provides it. */
export interface UpdateActivator {
	/** Lets the waiting version take over; `takenOver()` is called once it has. */
	activateUpdate(): Promise<void>;
}

/** Something to finish before the page reloads (e.g. saving the listening position). */
export type BeforeReloadHook = () => void | Promise<void>;

export class AppUpdate {
	/** Whether a new version is installed and waiting (the notice is shown). */
	waiting = $state(false);
	/** Whether the listener pressed "Reload" and the page is on its way to the new version. */
	reloading = $state(false);
	/** Whether everything Hark needs has just been stored for offline use (first install). */
	offlineReady = $state(false);
	#hooks: BeforeReloadHook[] = [];
	#activator: UpdateActivator | null = null;
	/** Whether a new version already controls this page (another tab accepted it). */
	#takenOver = false;
	/** Whether the before-reload hooks have finished. */
	#hooksDone = false;

	constructor(
		/** Whether Hark's voice is speaking now. */
		private isSpeaking: () => boolean,
		/** Reloads the page. */
		private reloadPage: () => void,
		/** How long to wait for the new version to take over after "Reload" before reloading anyway. */
		private fallbackMs = 4000
	) {}

	/** Connects the service worker registration; returns a function that disconnects it. */
	connect(activator: UpdateActivator): () => void {
		this.#activator = activator;
		return () => {
			if (this.#activator === activator) this.#activator = null;
		};
	}

	/** Runs `hook` before every reload into a new version; returns a function that removes it. */
	beforeReload(hook: BeforeReloadHook): () => void {
		this.#hooks.push(hook);
		return () => {
			this.#hooks = this.#hooks.filter((registered) => registered !== hook);
		};
	}

	/** The service worker says a new version is waiting. */
	updateWaiting(): void {
		this.waiting = true;
	}

	/** The service worker says a new version controls this page now. */
	takenOver(): void {
		this.#takenOver = true;
		if (this.reloading) {
			// "Reload" was pressed: reload now, unless its hooks are still running (then it reloads).
			if (this.#hooksDone) this.reloadPage();
		} else if (!this.isSpeaking()) void this.apply();
		else this.waiting = true;
	}

	/** The first install finished: Hark works offline from now on. */
	readyOffline(): void {
		this.offlineReady = true;
	}

	/** The listener's "Reload": finish what must be saved, then move to the new version. */
	async apply(): Promise<void> {
		if (this.reloading) return;
		this.reloading = true;
		await Promise.allSettled(this.#hooks.map(async (hook) => hook()));
		this.#hooksDone = true;
		if (this.#takenOver || !this.#activator) return this.reloadPage();
		await this.#activator.activateUpdate();
		// Should the waiting version not take over (it was replaced meanwhile), reload all the same.
		setTimeout(() => this.reloadPage(), this.fallbackMs);
	}
}
