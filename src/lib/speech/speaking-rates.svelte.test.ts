import { describe, expect, it } from 'vitest';
import { buildScript, typicalWordsPerMinute } from '../content/script';
import { parseArticle } from '../content/parse';
import { segmentArticle } from '../content/segment';
import { memoryStorage } from '../storage/storage';
import { FakeClock } from './clock';
import { FakeSpeechEngine } from './fake-engine';
import { MemoryPreferences } from './listening-settings.svelte';
import { Player } from './player.svelte';
import { SpeakingRates } from './speaking-rates.svelte';
import { advanceUntil, generatedScriptSource, settle } from './testing';

const script = buildScript(segmentArticle(parseArticle(generatedScriptSource(60, 12), 'g.md')));

async function setup(wordsPerMinute: number) {
	const clock = new FakeClock();
	const engine = new FakeSpeechEngine(clock, { wordsPerMinute, startDelayMs: 0 });
	const storage = memoryStorage();
	const rates = new SpeakingRates(Promise.resolve(storage));
	await settle();
	const preferences = new MemoryPreferences();
	const player = new Player({
		engine,
		clock,
		script,
		articleId: 'g',
		lang: 'en',
		preferences,
		speakingRates: rates
	});
	player.connect();
	return { clock, engine, storage, rates, player, preferences };
}

describe('time left, calibrated on this device', () => {
	it('starts from a typical speed, then uses the speed measured after a few sentences', async () => {
		const slow = typicalWordsPerMinute / 2;
		const { clock, storage, player } = await setup(slow);
		const words = (seconds: number) => (seconds / 60) * typicalWordsPerMinute;
		const typicalEstimate = player.remainingSeconds;
		expect(words(typicalEstimate)).toBeCloseTo(script.words, 0);

		player.play();
		advanceUntil(clock, () => player.line >= 8);
		const fromHere = player.remainingSeconds;
		const wordsLeft = script.lines.slice(player.line).reduce((n, l) => n + l.words, 0);
		// The voice speaks at half the typical speed: the estimate says so (within 10%).
		expect(fromHere / ((wordsLeft / slow) * 60)).toBeGreaterThan(0.9);
		expect(fromHere / ((wordsLeft / slow) * 60)).toBeLessThan(1.1);
		// It is kept per voice for next time.
		await settle();
		const saved = await storage.getSetting<Record<string, { wordsPerMinute: number }>>(
			'listening.wordsPerMinute'
		);
		const voiceId = player.voice!.id;
		expect(saved?.[voiceId]?.wordsPerMinute).toBeGreaterThan(slow * 0.9);
		expect(saved?.[voiceId]?.wordsPerMinute).toBeLessThan(slow * 1.1);
	});

	it('scales with the speed setting and counts the section apart from the article', async () => {
		const { clock, player, preferences } = await setup(180);
		player.play();
		advanceUntil(clock, () => player.line >= 8);
		player.pause();
		const atOne = player.remainingSeconds;
		preferences.setRate(2);
		expect(player.remainingSeconds).toBeCloseTo(atOne / 2, 5);
		expect(player.sectionRemainingSeconds).toBeGreaterThan(0);
		expect(player.sectionRemainingSeconds).toBeLessThan(player.remainingSeconds);
		const sectionEnd = script.sections[1]!.firstLine;
		const sectionWords = script.lines
			.slice(player.line, sectionEnd)
			.reduce((n, l) => n + l.words, 0);
		const articleWords = script.lines.slice(player.line).reduce((n, l) => n + l.words, 0);
		expect(player.sectionRemainingSeconds / player.remainingSeconds).toBeCloseTo(
			sectionWords / articleWords,
			5
		);
	});
});
