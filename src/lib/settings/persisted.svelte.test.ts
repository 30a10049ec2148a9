/**
 * Persisted values follow storage: a restored backup (through LibraryState on fake-indexeddb) applies
 * at once to the speed, voice and theme the running app holds, the player's next sentence uses it, the
 * localStorage mirror follows, and a later change here does not write a stale copy back over it. Also:
 * the rules of re-reading (whose changes, which keys, a read overtaken by a change) and two tabs kept in
 * step through the settings channel.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryState } from '../library/library-state.svelte';
import { libraryKeys } from '../library/settings-keys';
import { FakeClock } from '../speech/clock';
import { FakeSpeechEngine } from '../speech/fake-engine';
import { ListeningSettings } from '../speech/listening-settings.svelte';
import { Player } from '../speech/player.svelte';
import { advanceUntil, settle, testScript } from '../speech/testing';
import { shareSettingsChanges } from '../storage/settings-channel';
import { memoryStorage, openHarkStorage, type HarkStorage } from '../storage/storage';
import { Persisted } from './persisted.svelte';
import { mirrorKey } from './reading';
import { ReadingSettings, readingSettingKey } from './reading-settings.svelte';
import { fakeLocalStorage } from './fake-local-storage';

const teardowns: (() => void)[] = [];
afterEach(() => {
	for (const teardown of teardowns.splice(0)) teardown();
});

let databases = 0;
/** Opens one fresh fake-indexeddb database; calling the result again opens it as another tab would. */
function device() {
	const indexedDB = new IDBFactory();
	const name = `persisted-${++databases}`;
	return async () => {
		const storage = await openHarkStorage({ indexedDB, name });
		expect(storage.kind).toBe('indexeddb');
		teardowns.push(() => storage.close());
		return storage;
	};
}

/** A backup file holding `settings` (and nothing else), as another device would export it. */
async function backupWith(settings: Record<string, unknown>): Promise<string> {
	const other = memoryStorage();
	for (const [key, value] of Object.entries(settings)) await other.putSetting(key, value);
	return new LibraryState(Promise.resolve(other), []).exportBackup();
}

describe('settings restored from a backup apply without a reload', () => {
	it('speed and voice: the player speaks the next sentence with them, and a later change keeps them', async () => {
		const storage = device()();
		const listening = new ListeningSettings(storage);
		await until(() => listening.loaded);
		expect(listening.rate).toBe(1);

		const backup = await backupWith({
			'listening.rate': 1.5,
			'listening.pitch': 0.8,
			'listening.voices': { en: 'en-gb-local' }
		});
		const result = await new LibraryState(storage, []).importBackup(backup);
		expect(result).toEqual({
			ok: true,
			message: 'Added 0 articles, 0 listening positions and 3 settings.'
		});
		// In effect as soon as the import has finished, with no new ListeningSettings.
		expect(listening.rate).toBe(1.5);
		expect(listening.pitch).toBe(0.8);
		expect(listening.voiceFor('en-US')).toBe('en-gb-local');

		const clock = new FakeClock();
		const engine = new FakeSpeechEngine(clock);
		const player = new Player({
			engine,
			clock,
			script: testScript(),
			articleId: 't',
			lang: 'en',
			preferences: listening
		});
		teardowns.push(player.connect(), () => player.dispose());
		player.listenFrom(0);
		advanceUntil(clock, () => player.status === 'playing');
		expect(engine.last?.request).toMatchObject({ rate: 1.5, pitch: 0.8, voiceId: 'en-gb-local' });

		// Choosing a French voice later adds to the restored map instead of writing the stale {} back.
		listening.setVoice('fr', 'fr-local');
		const storedVoices = async () => (await storage).getSetting('listening.voices');
		await until(async () => JSON.stringify(await storedVoices()).includes('fr-local'));
		expect(await storedVoices()).toEqual({ en: 'en-gb-local', fr: 'fr-local' });
	});

	it('theme: shown at once, mirrored for the next first paint, and kept when another preference changes', async () => {
		const storage = device()();
		const mirror = fakeLocalStorage();
		const reading = new ReadingSettings(storage, mirror);
		await until(() => reading.loaded);
		expect(reading.prefs.theme).toBe('system');

		const backup = await backupWith({ [readingSettingKey]: { theme: 'dark', textScale: 1.4 } });
		await new LibraryState(storage, []).importBackup(backup);
		flushSync();
		expect(reading.prefs).toMatchObject({ theme: 'dark', textScale: 1.4 });
		expect(JSON.parse(mirror.getItem(mirrorKey)!)).toMatchObject({
			theme: 'dark',
			textScale: 1.4
		});

		// A later change starts from the restored record, not from the defaults held before it.
		await reading.update({ lineHeight: 2.2 });
		expect(await (await storage).getSetting(readingSettingKey)).toMatchObject({
			theme: 'dark',
			textScale: 1.4,
			lineHeight: 2.2
		});
		expect(JSON.parse(mirror.getItem(mirrorKey)!)).toMatchObject({
			theme: 'dark',
			lineHeight: 2.2
		});
	});

	it('queue autoplay and the measured speaking rates, held by their own Persisted values, follow too', async () => {
		const storage = device()();
		const autoplay = new Persisted(
			storage,
			libraryKeys.autoplayQueue,
			true,
			(v): v is boolean => typeof v === 'boolean'
		);
		const listening = new ListeningSettings(storage);
		await until(() => autoplay.loaded && listening.loaded);
		const sample = { wordsPerMinute: 210, samples: 12 };
		const backup = await backupWith({
			[libraryKeys.autoplayQueue]: false,
			'listening.wordsPerMinute': { 'en-gb-local': sample }
		});
		await new LibraryState(storage, []).importBackup(backup);
		expect(autoplay.current).toBe(false);
		expect(listening.speakingRates.setting.current).toEqual({ 'en-gb-local': sample });
	});

	it('a setting this device already has is kept, in storage and in memory', async () => {
		const storage = device()();
		const listening = new ListeningSettings(storage);
		await until(() => listening.loaded);
		listening.setRate(1.2);
		await until(async () => (await (await storage).getSetting('listening.rate')) === 1.2);
		await new LibraryState(storage, []).importBackup(await backupWith({ 'listening.rate': 2 }));
		expect(listening.rate).toBe(1.2);
		expect(await (await storage).getSetting('listening.rate')).toBe(1.2);
	});
});

describe('Persisted re-reading', () => {
	const isNumber = (v: unknown): v is number => typeof v === 'number';

	async function setup() {
		const storage = memoryStorage();
		const value = new Persisted(Promise.resolve(storage), 'n', 0, isNumber);
		await settle();
		return { storage, value };
	}

	it("re-reads its key when restored or changed in another tab, not on its own or others' saves", async () => {
		const { storage, value } = await setup();
		// Written beside it, and not announced as a change of its key: it keeps its value.
		await storage.putSettings([{ key: 'other', value: 5 }]);
		await storage.putSetting('n', 1);
		expect(value.current).toBe(0);

		await storage.putSettings([{ key: 'n', value: 2 }]);
		expect(value.current).toBe(2);

		await storage.putSetting('n', 3);
		await storage.settingsChangedInOtherTab(['n']);
		expect(value.current).toBe(3);
	});

	it('ignores an invalid value restored under its key', async () => {
		const { storage, value } = await setup();
		await storage.putSettings([{ key: 'n', value: 'not a number' }]);
		expect(value.current).toBe(0);
	});

	it('drops a read overtaken by a change made here: the newer value wins', async () => {
		const { storage, value } = await setup();
		await storage.putSetting('n', 7);
		const rereading = value.reload();
		const setting = value.set(8);
		await Promise.all([rereading, setting]);
		expect(value.current).toBe(8);
		expect(await storage.getSetting('n')).toBe(8);
	});

	it('a value set before storage first answered is not replaced by the older stored one', async () => {
		const storage = memoryStorage();
		await storage.putSetting('n', 4);
		let answer: (s: HarkStorage) => void = () => {};
		const value = new Persisted(new Promise<HarkStorage>((r) => (answer = r)), 'n', 0, isNumber);
		const setting = value.set(9);
		answer(storage);
		await setting;
		await settle();
		expect(value.current).toBe(9);
		expect(value.loaded).toBe(true);
	});

	it('follows nothing once disposed', async () => {
		const { storage, value } = await setup();
		value.dispose();
		await storage.putSettings([{ key: 'n', value: 6 }]);
		expect(value.current).toBe(0);
	});
});

describe('two tabs in step', () => {
	it('a speed or theme changed in one tab applies in the other, and its next change keeps it', async () => {
		const open = device();
		const channel = `hark.settings.persisted-${databases}`;
		const [first, second] = [open(), open()];
		for (const tab of [first, second])
			teardowns.push(shareSettingsChanges(tab, () => new BroadcastChannel(channel)));
		const here = {
			listening: new ListeningSettings(first),
			reading: new ReadingSettings(first, null)
		};
		const there = {
			listening: new ListeningSettings(second),
			reading: new ReadingSettings(second, fakeLocalStorage())
		};
		await until(() => [here, there].every((tab) => tab.listening.loaded && tab.reading.loaded));

		here.listening.setRate(1.8);
		await here.reading.update({ theme: 'contrast' });
		await until(() => there.listening.rate === 1.8 && there.reading.prefs.theme === 'contrast');

		await there.reading.update({ textScale: 1.6 });
		await until(() => here.reading.prefs.textScale === 1.6);
		expect(here.reading.prefs.theme).toBe('contrast');
		expect(await (await first).getSetting(readingSettingKey)).toMatchObject({
			theme: 'contrast',
			textScale: 1.6
		});
	});
});

/**
 * Lets messages and storage callbacks run until `done()` holds. Bounded by time, not by a count of
 * turns: fake-indexeddb answers on timers, and a loaded CI machine needs more turns than a quiet one.
 */
async function until(done: () => boolean | Promise<boolean>): Promise<void> {
	const deadline = Date.now() + 5000;
	while (!(await done()) && Date.now() < deadline)
		await new Promise((resolve) => setTimeout(resolve, 0));
	expect(await done()).toBe(true);
}
