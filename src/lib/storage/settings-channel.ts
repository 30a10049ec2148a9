/**
 * Keeps settings in step between Hark's open tabs. The tabs share one IndexedDB database but each holds
 * its settings in memory; this BroadcastChannel carries one kind of message, "these setting keys were
 * written", and the receiving tab's storage tells its listeners (Persisted values read their records
 * again). Only keys travel, never values: the database stays the one record. A change heard from
 * another tab is not sent on, so two tabs never echo. Where BroadcastChannel is missing, nothing is
 * shared and each tab sees the other's changes after a reload, as before.
 */
import type { HarkStorage } from './storage';

/** The channel's name, the same in every tab of this origin. */
export const settingsChannelName = 'hark.settings';

/** The one message sent between tabs. */
export interface SettingsChangedMessage {
	type: 'settings-changed';
	/** The keys written. */
	keys: string[];
}

/** Whether `data` is a settings message (anything else on the channel is ignored). */
export function isSettingsChangedMessage(data: unknown): data is SettingsChangedMessage {
	const message = data as Partial<SettingsChangedMessage> | null;
	return (
		typeof message === 'object' &&
		message !== null &&
		message.type === 'settings-changed' &&
		Array.isArray(message.keys) &&
		message.keys.every((key) => typeof key === 'string')
	);
}

/** The part of BroadcastChannel used here (tests pass their own). */
export type SettingsChannel = Pick<
	BroadcastChannel,
	'postMessage' | 'addEventListener' | 'removeEventListener' | 'close'
>;

/** A BroadcastChannel for settings, or null where the browser has none. */
function openSettingsChannel(): SettingsChannel | null {
	return typeof BroadcastChannel === 'function' ? new BroadcastChannel(settingsChannelName) : null;
}

/**
 * Shares `storage`'s settings changes with the other tabs and hears theirs, once storage is open on
 * the device (storage in memory has nothing to share). Returns the teardown, which closes the channel.
 */
export function shareSettingsChanges(
	storage: Promise<HarkStorage>,
	open: () => SettingsChannel | null = openSettingsChannel
): () => void {
	let stopped = false;
	let teardown = () => {};
	void storage
		.then((s) => {
			if (stopped || s.kind !== 'indexeddb') return;
			const channel = open();
			if (!channel) return;
			const stopListening = s.onSettingsChanged((change) => {
				if (change.origin === 'other-tab') return;
				const message: SettingsChangedMessage = { type: 'settings-changed', keys: change.keys };
				channel.postMessage(message);
			});
			const hear = (event: MessageEvent) => {
				if (isSettingsChangedMessage(event.data)) void s.settingsChangedInOtherTab(event.data.keys);
			};
			channel.addEventListener('message', hear as EventListener);
			teardown = () => {
				stopListening();
				channel.removeEventListener('message', hear as EventListener);
				channel.close();
			};
		})
		.catch(() => {});
	return () => {
		stopped = true;
		teardown();
	};
}
