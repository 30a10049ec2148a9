/** The StorageManager API, in one place: ask for persistent storage, and how much is used. */

/** Asks the browser to keep Hark's data (not evict it under pressure). Resolves to whether it will. */
export async function requestPersistentStorage(): Promise<boolean> {
	if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
	try {
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return false;
	}
}

/** How much this site stores and may store, in bytes, or null where the browser does not say. */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
	if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
	try {
		const { usage = 0, quota = 0 } = await navigator.storage.estimate();
		return { usage, quota };
	} catch {
		return null;
	}
}
