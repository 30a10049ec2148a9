import { describe, expect, it } from 'vitest';
import { LibraryState } from '../library/library-state.svelte';
import { FakeClock } from '../speech/clock';
import { FakeSpeechEngine } from '../speech/fake-engine';
import { MemoryPreferences } from '../speech/listening-settings.svelte';
import { Player } from '../speech/player.svelte';
import { advanceUntil, settle, testScript } from '../speech/testing';
import { memoryStorage } from '../storage/storage';
import { lexiconKey, type LexiconEntry } from './lexicon';
import { Lexicon } from './lexicon-state.svelte';

const pepper: LexiconEntry = {
	id: 'p',
	shown: 'pepper',
	spoken: 'black pepper',
	wholeWord: true,
	caseSensitive: false,
	lang: 'en'
};

describe('the lexicon in the player', () => {
	it('changes what the voice says, at once, but not the shown place or the highlight', async () => {
		const storage = memoryStorage();
		const lexicon = new Lexicon(Promise.resolve(storage));
		await settle();
		const script = testScript();
		const clock = new FakeClock();
		const engine = new FakeSpeechEngine(clock);
		const player = new Player({
			engine,
			clock,
			script,
			articleId: 't',
			lang: 'en',
			preferences: new MemoryPreferences(),
			replacements: () => lexicon.replacementsFor('en')
		});
		player.connect();
		const line = script.lines.findIndex((l) => l.text.includes('pepper'));
		const shown = script.lines[line]!.text;
		await lexicon.save(pepper);
		player.listenFrom(line);
		advanceUntil(clock, () => player.status === 'playing');
		expect(engine.last?.request.text).toBe('Salt and black pepper are on the table.');
		// The word after the rewrite is highlighted where it is shown.
		advanceUntil(clock, () => player.wordStart >= shown.indexOf('are'));
		expect(shown.slice(player.wordStart, player.wordEnd)).toBe('are');
		expect(script.lines[line]!.text).toBe(shown);

		// Deleted: the next utterance is said as shown again.
		await lexicon.remove('p');
		player.listenFrom(line);
		advanceUntil(clock, () => player.status === 'playing');
		expect(engine.last?.request.text).toBe('Salt and pepper are on the table.');
	});
});

describe('the lexicon in the library backup', () => {
	it('is exported with the settings and restored by an import', async () => {
		const from = memoryStorage();
		const lexicon = new Lexicon(Promise.resolve(from));
		await settle();
		await lexicon.save(pepper);
		const backup = await new LibraryState(Promise.resolve(from), []).exportBackup();
		expect(JSON.parse(backup).settings).toEqual(
			expect.arrayContaining([expect.objectContaining({ key: lexiconKey })])
		);

		const to = memoryStorage();
		const result = await new LibraryState(Promise.resolve(to), []).importBackup(backup);
		expect(result.ok).toBe(true);
		const restored = new Lexicon(Promise.resolve(to));
		await settle();
		expect(restored.entries.map((e) => e.shown)).toEqual(['Maduro', 'pepper']);
	});

	it('merges into a lexicon already on the device, and the lexicon in use reads it at once', async () => {
		const from = memoryStorage();
		const source = new Lexicon(Promise.resolve(from));
		await settle();
		await source.save(pepper);
		// The same rule as the device's own "salt", said differently: the device's way wins.
		await source.save({ ...pepper, id: 's', shown: 'Salt', spoken: 'rock salt' });
		const backup = await new LibraryState(Promise.resolve(from), []).exportBackup();

		const to = memoryStorage();
		const inUse = new Lexicon(Promise.resolve(to));
		await settle();
		await inUse.save({ ...pepper, id: 's', shown: 'salt', spoken: 'sea salt' });
		const result = await new LibraryState(Promise.resolve(to), []).importBackup(backup);
		expect(result).toEqual({
			ok: true,
			message: 'Added 0 articles, 0 listening positions, 0 settings and 1 pronunciation entry.'
		});
		// The lexicon in use reads the merged entries by itself (its Persisted setting hears the restore).
		expect(inUse.entries.map((e) => [e.shown, e.spoken])).toEqual([
			['Maduro', 'Madoo-ro'],
			['salt', 'sea salt'],
			['pepper', 'black pepper']
		]);
		// Kept as a whole: a later edit here does not drop what was merged.
		await inUse.remove('s');
		const reread = new Lexicon(Promise.resolve(to));
		await settle();
		expect(reread.entries.map((e) => e.shown)).toEqual(['Maduro', 'pepper']);
	});
});
