/**
 * Settings-change notifications of the storage layer: who is told what (a holder's own save, a bulk
 * restore, another tab), that a restore is one transaction, and the BroadcastChannel between two tabs
 * sharing one fake-indexeddb database (Node's own BroadcastChannel, closed after each test).
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
	isSettingsChangedMessage,
	shareSettingsChanges,
	type SettingsChannel
} from './settings-channel';
import { memoryStorage, openHarkStorage, type HarkStorage, type SettingsChange } from './storage';

const teardowns: (() => void)[] = [];
afterEach(() => {
	for (const teardown of teardowns.splice(0)) teardown();
});

let databases = 0;
/** A fresh database on its own factory, and a way to open it again (as a second tab). */
function sharedDatabase() {
	const indexedDB = new IDBFactory();
	const name = `settings-changes-${++databases}`;
	return async () => {
		const storage = await openHarkStorage({ indexedDB, name });
		expect(storage.kind).toBe('indexeddb');
		return storage;
	};
}

/** Records every change `storage` reports. */
function record(storage: HarkStorage): SettingsChange[] {
	const changes: SettingsChange[] = [];
	teardowns.push(storage.onSettingsChanged((change) => void changes.push(change)));
	return changes;
}

const backends: [string, () => Promise<HarkStorage>][] = [
	['memory', async () => memoryStorage()],
	['IndexedDB', () => sharedDatabase()()]
];

describe.each(backends)('settings changes, on %s', (_name, open) => {
	it("tells listeners of a holder's own save as 'saved'", async () => {
		const storage = await open();
		const changes = record(storage);
		await storage.putSetting('listening.rate', 1.5);
		expect(changes).toEqual([{ keys: ['listening.rate'], origin: 'saved' }]);
	});

	it("writes restored settings together, tells listeners as 'restored', and waits for them", async () => {
		const storage = await open();
		const changes = record(storage);
		let reread: unknown;
		teardowns.push(
			storage.onSettingsChanged(async () => {
				reread = await storage.getSetting('reading');
			})
		);
		await storage.putSettings([
			{ key: 'listening.rate', value: 1.5 },
			{ key: 'reading', value: { theme: 'dark' } }
		]);
		expect(changes).toEqual([{ keys: ['listening.rate', 'reading'], origin: 'restored' }]);
		// The listener's own read finished before putSettings resolved.
		expect(reread).toEqual({ theme: 'dark' });
		expect(await storage.getSetting('listening.rate')).toBe(1.5);
	});

	it('restores nothing and tells nobody for an empty list', async () => {
		const storage = await open();
		const changes = record(storage);
		await storage.putSettings([]);
		expect(changes).toEqual([]);
	});

	it('restores all or none: a value that cannot be stored leaves every setting as it was', async () => {
		const storage = await open();
		await storage.putSetting('listening.rate', 1.2);
		const changes = record(storage);
		await expect(
			storage.putSettings([
				{ key: 'listening.rate', value: 2 },
				{ key: 'broken', value: () => 'a function cannot be cloned' }
			])
		).rejects.toThrow();
		expect(await storage.getSetting('listening.rate')).toBe(1.2);
		expect(await storage.getSetting('broken')).toBeUndefined();
		expect(changes).toEqual([]);
	});

	it('a listener that throws fails neither the write nor the other listeners', async () => {
		const storage = await open();
		teardowns.push(
			storage.onSettingsChanged(() => {
				throw new Error('listener broke');
			}),
			storage.onSettingsChanged(() => Promise.reject(new Error('async listener broke')))
		);
		const changes = record(storage);
		await storage.putSetting('listening.pitch', 1.1);
		await storage.putSettings([{ key: 'listening.pitch', value: 0.9 }]);
		expect(changes.map((c) => c.origin)).toEqual(['saved', 'restored']);
	});

	it('stops telling a listener once it stops listening', async () => {
		const storage = await open();
		const listener = vi.fn();
		const stop = storage.onSettingsChanged(listener);
		await storage.putSetting('a', 1);
		stop();
		await storage.putSetting('a', 2);
		expect(listener).toHaveBeenCalledTimes(1);
	});
});

describe('isSettingsChangedMessage', () => {
	it.each([
		[{ type: 'settings-changed', keys: ['reading'] }, true],
		[{ type: 'settings-changed', keys: [] }, true],
		[{ type: 'settings-changed', keys: [1] }, false],
		[{ type: 'settings-changed', keys: 'reading' }, false],
		[{ type: 'something-else', keys: ['reading'] }, false],
		[null, false],
		['settings-changed', false]
	])('%o → %s', (data, expected) => {
		expect(isSettingsChangedMessage(data)).toBe(expected);
	});
});

describe('the settings channel between two tabs', () => {
	let channels = 0;
	/** Opens two tabs on one database, each sharing its settings changes on one BroadcastChannel. */
	async function twoTabs() {
		const open = sharedDatabase();
		const name = `hark.settings.test-${++channels}`;
		const [first, second] = [await open(), await open()];
		for (const tab of [first, second]) {
			teardowns.push(shareSettingsChanges(Promise.resolve(tab), () => new BroadcastChannel(name)));
			teardowns.push(() => tab.close());
		}
		return { first, second };
	}

	/** Resolves with the next change `storage` reports. */
	const nextChange = (storage: HarkStorage) =>
		new Promise<SettingsChange>((resolve) => {
			const stop = storage.onSettingsChanged((change) => (stop(), resolve(change)));
		});

	it('tells the other tab which settings one tab saved or restored, and nothing the other way round', async () => {
		const { first, second } = await twoTabs();
		const firstHeard = record(first);
		let heard = nextChange(second);
		await first.putSetting('listening.rate', 1.7);
		expect(await heard).toEqual({ keys: ['listening.rate'], origin: 'other-tab' });
		expect(await second.getSetting('listening.rate')).toBe(1.7);

		heard = nextChange(second);
		await first.putSettings([{ key: 'reading', value: { theme: 'dark' } }]);
		expect(await heard).toEqual({ keys: ['reading'], origin: 'other-tab' });

		// The first tab hears only its own writes: the second tab did not send them back.
		const back = nextChange(first);
		await second.putSetting('listening.pitch', 1.2);
		expect(await back).toEqual({ keys: ['listening.pitch'], origin: 'other-tab' });
		expect(firstHeard.map((c) => c.origin)).toEqual(['saved', 'restored', 'other-tab']);
	});

	it('after teardown, sends and hears nothing, and closes its channel', async () => {
		const close = vi.fn();
		const postMessage = vi.fn();
		const channel: SettingsChannel = {
			postMessage,
			addEventListener: vi.fn(),
			removeEventListener: vi.fn(),
			close
		};
		const storage = await sharedDatabase()();
		teardowns.push(() => storage.close());
		const stop = shareSettingsChanges(Promise.resolve(storage), () => channel);
		await Promise.resolve();
		await storage.putSetting('listening.rate', 2);
		expect(postMessage).toHaveBeenCalledWith({
			type: 'settings-changed',
			keys: ['listening.rate']
		});
		stop();
		expect(close).toHaveBeenCalledTimes(1);
		expect(channel.removeEventListener).toHaveBeenCalledWith('message', expect.any(Function));
		await storage.putSetting('listening.rate', 2.5);
		expect(postMessage).toHaveBeenCalledTimes(1);
	});

	it('opens no channel for storage in memory, or when torn down before storage answered', async () => {
		const open = vi.fn(() => null);
		const memory = Promise.resolve(memoryStorage());
		teardowns.push(shareSettingsChanges(memory, open));
		const opening = sharedDatabase()();
		const stop = shareSettingsChanges(opening, open);
		stop();
		const storage = await opening;
		teardowns.push(() => storage.close());
		await memory;
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(open).not.toHaveBeenCalled();
	});
});
