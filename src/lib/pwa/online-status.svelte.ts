/**
 * Whether the browser has a network connection, as reactive state. Browser API only (the `online`
 * and `offline` events); `listen()` returns its teardown. Starts online, so prerendered pages never
 * show the offline indicator.
 */
export class OnlineStatus {
	/** Whether the browser reports a network connection. */
	online = $state(true);

	/** Follows the window's connection until the returned function is called. */
	listen(target: Window): () => void {
		const update = () => (this.online = target.navigator.onLine);
		update();
		target.addEventListener('online', update);
		target.addEventListener('offline', update);
		return () => {
			target.removeEventListener('online', update);
			target.removeEventListener('offline', update);
		};
	}
}
