import { describe, expect, it } from 'vitest';
import { memoryStorage, type HarkStorage } from '../storage/storage';
import { FakeClock } from '../speech/clock';
import { FakeSpeechEngine } from '../speech/fake-engine';
import { MemoryPreferences } from '../speech/listening-settings.svelte';
import { Player } from '../speech/player.svelte';
import { advanceUntil, settle, testScript } from '../speech/testing';
import { ArticleEnd } from './article-end.svelte';
import type { QueuedArticle } from './queue-end';
import { libraryKeys } from './settings-keys';

const articles: Record<string, QueuedArticle> = {
	second: { id: 'second', headline: 'The second story', href: '/read?article=second' },
	third: { id: 'third', headline: 'The third story', href: '/read?article=third' }
};

async function setup({
	queue = ['test-article', 'second', 'third'],
	autoplay
}: { queue?: string[]; autoplay?: boolean } = {}) {
	const clock = new FakeClock();
	const engine = new FakeSpeechEngine(clock);
	const storage: HarkStorage = memoryStorage();
	await storage.putSetting(libraryKeys.queue, queue);
	if (autoplay !== undefined) await storage.putSetting(libraryKeys.autoplayQueue, autoplay);
	const player = new Player({
		engine,
		clock,
		script: testScript(),
		articleId: 'test-article',
		lang: 'en',
		preferences: new MemoryPreferences(),
		positions: Promise.resolve(storage)
	});
	player.connect();
	const opened: QueuedArticle[] = [];
	const end = new ArticleEnd({
		articleId: 'test-article',
		storage: Promise.resolve(storage),
		cue: player,
		find: async (id) => articles[id] ?? null,
		open: (next) => opened.push(next)
	});
	/** Plays the article to its last sentence and tells the end, as the page does. */
	const playToEnd = async () => {
		player.play();
		advanceUntil(clock, () => player.status === 'ended');
		const ending = end.ended();
		await settle();
		return ending;
	};
	return { clock, engine, storage, player, end, opened, playToEnd };
}

describe('the end of an article with a queue', () => {
	it('marks it listened, says "Next: …" after the last sentence, then opens the next article', async () => {
		const { clock, engine, storage, player, end, opened, playToEnd } = await setup();
		const lastLine = player.script.lines.at(-1)!.text;
		const ending = playToEnd();
		await settle();
		expect(end.state).toBe('advancing');
		expect(end.next?.headline).toBe('The second story');
		expect(engine.last?.request.text).toBe('Next: The second story');
		expect(engine.texts.at(-2)).toBe(lastLine);
		expect((await storage.getPosition('test-article'))?.finished).toBe(true);
		// The article that ended leaves the queue; the next one stays until it has been heard.
		expect(await storage.getSetting(libraryKeys.queue)).toEqual(['second', 'third']);
		expect(opened).toEqual([]);
		advanceUntil(clock, () => engine.last?.outcome === 'ended');
		await ending;
		expect(opened.map((a) => a.id)).toEqual(['second']);
	});

	it('with "Play the next queued article" off: "Finished — next: …", no cue, nothing opens', async () => {
		const { engine, end, opened, playToEnd } = await setup({ autoplay: false });
		const spokenBefore = () => engine.texts.filter((t) => t.startsWith('Next:'));
		await playToEnd();
		expect(end.state).toBe('finished');
		expect(end.next?.id).toBe('second');
		expect(spokenBefore()).toEqual([]);
		expect(opened).toEqual([]);
		end.playNext();
		expect(opened.map((a) => a.id)).toEqual(['second']);
	});

	it('with nothing queued: just "Finished"', async () => {
		const { engine, end, opened, playToEnd } = await setup({ queue: ['gone'] });
		await playToEnd();
		expect(end.state).toBe('finished');
		expect(end.next).toBeNull();
		expect(engine.texts.some((t) => t.startsWith('Next:'))).toBe(false);
		expect(opened).toEqual([]);
	});

	it('"Stop" during the cue cancels it and opens nothing', async () => {
		const { clock, engine, end, opened, playToEnd } = await setup();
		const ending = playToEnd();
		await settle();
		expect(end.state).toBe('advancing');
		end.stop();
		expect(engine.last?.outcome).toBe('cancelled');
		clock.advance(60_000);
		await ending;
		expect(end.state).toBe('finished');
		expect(opened).toEqual([]);
	});

	it('speech blocked by the browser: a "Play" prompt instead of talking', async () => {
		const { clock, engine, end, opened, playToEnd } = await setup();
		const ending = playToEnd();
		engine.options.requireActivation = true;
		await settle();
		clock.advance(100);
		await ending;
		expect(end.state).toBe('blocked');
		expect(opened).toEqual([]);
		end.playNext();
		expect(opened.map((a) => a.id)).toEqual(['second']);
	});

	it('the cue does not move the place in the article', async () => {
		const { clock, engine, player, playToEnd } = await setup();
		const line = player.lineCount - 1;
		const ending = playToEnd();
		await settle();
		expect(player.line).toBe(line);
		advanceUntil(clock, () => engine.last?.outcome === 'ended');
		await ending;
		expect(player.status).toBe('ended');
		expect(player.line).toBe(line);
	});
});
