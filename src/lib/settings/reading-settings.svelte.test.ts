import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { ReadingSettings } from './reading-settings.svelte';
import { defaultReadingPrefs, mirrorKey } from './reading';
import { memoryStorage, type HarkStorage } from '../storage/storage';
import { fakeLocalStorage } from './fake-local-storage';

async function settled(settings: ReadingSettings) {
	for (let i = 0; i < 20 && !settings.loaded; i++) await new Promise((r) => setTimeout(r, 0));
	await new Promise((r) => setTimeout(r, 0));
	flushSync();
}

describe('ReadingSettings', () => {
	it('starts at the defaults with nothing stored', async () => {
		const settings = new ReadingSettings(Promise.resolve(memoryStorage()), fakeLocalStorage());
		await settled(settings);
		expect(settings.prefs).toEqual(defaultReadingPrefs);
	});

	it('starts from the localStorage mirror before storage answers', () => {
		const mirror = fakeLocalStorage({
			[mirrorKey]: JSON.stringify({ theme: 'dark', textScale: 1.5 })
		});
		const never = new Promise<HarkStorage>(() => {});
		const settings = new ReadingSettings(never, mirror);
		expect(settings.prefs.theme).toBe('dark');
		expect(settings.prefs.textScale).toBe(1.5);
		expect(settings.loaded).toBe(false);
	});

	it.each([
		[{ textScale: 5 }, { textScale: 2 }],
		[{ textScale: 0 }, { textScale: 1 }],
		[{ textScale: 1.26 }, { textScale: 1.3 }],
		[{ lineHeight: 9 }, { lineHeight: 2.4 }],
		[{ measure: 3 }, { measure: 28 }],
		[{ theme: 'neon' as never }, { theme: 'system' }]
	])('clamps %o to %o', async (patch, expected) => {
		const settings = new ReadingSettings(Promise.resolve(memoryStorage()), fakeLocalStorage());
		await settled(settings);
		await settings.update(patch);
		expect(settings.prefs).toMatchObject(expected);
	});

	it('saves to storage and a new instance reads it back', async () => {
		const storage = Promise.resolve(memoryStorage());
		const first = new ReadingSettings(storage, fakeLocalStorage());
		await settled(first);
		await first.update({ theme: 'contrast', typeface: 'atkinson', announceWhileListening: true });
		expect(await (await storage).getSetting('reading')).toMatchObject({ theme: 'contrast' });

		const second = new ReadingSettings(storage, fakeLocalStorage());
		await settled(second);
		expect(second.prefs).toMatchObject({
			theme: 'contrast',
			typeface: 'atkinson',
			announceWhileListening: true
		});
	});

	it('mirrors every change to localStorage', async () => {
		const mirror = fakeLocalStorage();
		const settings = new ReadingSettings(Promise.resolve(memoryStorage()), mirror);
		await settled(settings);
		await settings.update({ textScale: 1.7, reduceMotion: true });
		expect(JSON.parse(mirror.getItem(mirrorKey)!)).toEqual({
			...defaultReadingPrefs,
			textScale: 1.7,
			reduceMotion: true
		});
		await settings.reset();
		expect(JSON.parse(mirror.getItem(mirrorKey)!)).toEqual(defaultReadingPrefs);
	});

	it('refreshes a stale mirror from storage, which is the record', async () => {
		const storage = memoryStorage();
		await storage.putSetting('reading', { theme: 'light', textScale: 1.2 });
		const mirror = fakeLocalStorage({ [mirrorKey]: JSON.stringify({ theme: 'dark' }) });
		const settings = new ReadingSettings(Promise.resolve(storage), mirror);
		await settled(settings);
		expect(settings.prefs).toMatchObject({ theme: 'light', textScale: 1.2 });
		expect(JSON.parse(mirror.getItem(mirrorKey)!)).toMatchObject({
			theme: 'light',
			textScale: 1.2
		});
	});

	it('ignores a damaged stored record and keeps working without localStorage', async () => {
		const storage = memoryStorage();
		await storage.putSetting('reading', 'not an object');
		const settings = new ReadingSettings(Promise.resolve(storage), null);
		await settled(settings);
		expect(settings.prefs).toEqual(defaultReadingPrefs);
		await settings.update({ theme: 'dark' });
		expect(settings.prefs.theme).toBe('dark');
	});
});
