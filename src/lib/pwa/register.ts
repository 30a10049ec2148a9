/// <reference types="vite-plugin-pwa/client" />
/// <reference types="vite-plugin-pwa/info" />
/**
 * The service worker, registered through vite-plugin-pwa's `virtual:pwa-register` (workbox-window
 * underneath). Browser API only: what to do about a waiting version is AppUpdate's job. Besides the
 * browser's own checks on each page load, it looks for a new version when the page comes back into
 * view or back online, at most once an hour. `stop()` removes those listeners and silences callbacks.
 */
import { registerSW } from 'virtual:pwa-register';

/** What the page hears from its service worker. */
export interface ServiceWorkerEvents {
	/** A new version is installed and waiting for the page's go-ahead. */
	onUpdateWaiting(): void;
	/** A new version has taken control of this page (from this tab or another), so reload into it. */
	onTakenOver(): void;
	/** The first version is installed: everything Hark needs is on the device. */
	onOfflineReady?(): void;
}

/** What the page can ask of its service worker. */
export interface ServiceWorkerControl {
	/** Lets the waiting version take over; `onTakenOver` follows once it has. */
	activateUpdate(): Promise<void>;
	/** Stops looking for updates and silences the callbacks. */
	stop(): void;
}

/** How long to wait between update checks triggered by the page coming back. */
const updateCheckIntervalMs = 60 * 60 * 1000;

/** Registers /service-worker.js (where the browser supports it) and reports its lifecycle. */
export function registerServiceWorker(
	events: ServiceWorkerEvents,
	target: Window = window
): ServiceWorkerControl {
	let stopped = false;
	let registration: ServiceWorkerRegistration | undefined;
	let lastCheck = Date.now();
	const unlessStopped = (callback: (() => void) | undefined) => (): void => {
		if (!stopped) callback?.();
	};

	const updateSW = registerSW({
		immediate: true,
		onNeedRefresh: unlessStopped(() => events.onUpdateWaiting()),
		onNeedReload: unlessStopped(() => events.onTakenOver()),
		onOfflineReady: unlessStopped(events.onOfflineReady),
		onRegisteredSW: (_url, registered) => (registration = registered)
	});

	const checkForUpdate = () => {
		if (stopped || !registration || !target.navigator.onLine) return;
		if (target.document.visibilityState !== 'visible') return;
		if (Date.now() - lastCheck < updateCheckIntervalMs) return;
		lastCheck = Date.now();
		registration.update().catch(() => {});
	};
	target.document.addEventListener('visibilitychange', checkForUpdate);
	target.addEventListener('online', checkForUpdate);

	return {
		activateUpdate: () => updateSW(true),
		stop() {
			stopped = true;
			target.document.removeEventListener('visibilitychange', checkForUpdate);
			target.removeEventListener('online', checkForUpdate);
		}
	};
}
