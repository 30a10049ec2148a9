import { describe, expect, it } from 'vitest';
import { FakeClock } from './clock';
import { FakeSpeechEngine } from './fake-engine';
import { MemoryPreferences } from './listening-settings.svelte';
import { Player } from './player.svelte';
import {
	fadeFloor,
	fadeLines,
	fadeMs,
	sectionEndLine,
	SleepTimer,
	sleepChoices,
	sleepTargetOf
} from './sleep-timer.svelte';
import { advanceUntil, generatedScriptSource, testScript } from './testing';
import { buildScript } from '../content/script';
import { parseArticle } from '../content/parse';
import { segmentArticle } from '../content/segment';

function setup(script = testScript(), preferences = new MemoryPreferences()) {
	const clock = new FakeClock();
	// A slow voice (60 words a minute), so minutes of listening take few sentences of the article.
	const engine = new FakeSpeechEngine(clock, { wordsPerMinute: 60 });
	const player = new Player({
		engine,
		clock,
		script,
		articleId: 'a',
		lang: 'en',
		preferences
	});
	player.connect();
	const timer = new SleepTimer(sleepTargetOf(player), clock);
	/** Advances time as the page would, telling the timer about every change. */
	const run = (done: () => boolean, limitMs = 60 * 60_000) =>
		advanceUntil(
			clock,
			() => {
				timer.sync();
				return done();
			},
			{ stepMs: 50, limitMs }
		);
	return { clock, engine, player, timer, run };
}

const longScript = () =>
	buildScript(segmentArticle(parseArticle(generatedScriptSource(200, 10), 'long.md')));

describe('sleep timer choices', () => {
	it('offers Off, 5/10/15/30/45/60 minutes and the end of this section', () => {
		expect(sleepChoices.map((c) => c.label)).toEqual([
			'Off',
			'5 minutes',
			'10 minutes',
			'15 minutes',
			'30 minutes',
			'45 minutes',
			'60 minutes',
			'End of this section'
		]);
	});
});

describe('a minutes timer', () => {
	it('counts down while playing and stops at the end of a sentence, never mid-word', () => {
		const { clock, engine, player, timer, run } = setup(longScript());
		player.play();
		timer.set('5');
		expect(timer.summary).toBe('Sleep timer: 5 min left');
		run(() => clock.now() >= 2 * 60_000);
		expect(timer.summary).toBe('Sleep timer: 3 min left');
		run(() => timer.stopping);
		expect(clock.now()).toBeGreaterThanOrEqual(5 * 60_000);
		const stopLine = player.line;
		expect(player.speaking).toBe(true);
		run(() => !player.speaking);
		// Every utterance ended on its own: nothing was cut off part-way.
		expect(engine.spoken.every((u) => u.outcome === 'ended')).toBe(true);
		expect(player.status).toBe('paused');
		expect(player.line).toBe(stopLine + 1);
		run(() => true);
		expect(timer.choice).toBe('off');
		expect(timer.stoppedListening).toBe(true);
		expect(timer.summary).toBeNull();
	});

	it('holds while paused: only listening time counts', () => {
		const { clock, player, timer, run } = setup(longScript());
		player.play();
		timer.set('10');
		run(() => clock.now() >= 60_000);
		player.pause();
		const left = timer.remainingMs!;
		clock.advance(30 * 60_000);
		timer.sync();
		expect(timer.remainingMs).toBe(left);
		expect(timer.choice).toBe('10');
		player.play();
		run(() => clock.now() >= 31 * 60_000 + 60_000);
		expect(timer.remainingMs).toBeLessThan(left);
		expect(timer.remainingMs).toBeGreaterThan(left - 61_000);
	});

	it('Off cancels it in one action and listening goes on', () => {
		const { clock, player, timer, run } = setup(longScript());
		player.play();
		timer.set('5');
		run(() => clock.now() >= 60_000);
		timer.set('off');
		expect(timer.summary).toBeNull();
		expect(player.stopAfterLine).toBeNull();
		run(() => clock.now() >= 7 * 60_000);
		expect(player.speaking).toBe(true);
	});

	it('Off after it ran out, before the sentence ends, keeps listening', () => {
		const { player, timer, run } = setup(longScript());
		player.play();
		timer.set('5');
		run(() => timer.stopping);
		timer.set('off');
		const line = player.line;
		run(() => player.line > line + 1);
		expect(player.speaking).toBe(true);
	});
});

describe('"End of this section"', () => {
	it('stops after the last line of the section being heard', () => {
		const script = testScript();
		const { player, timer, run } = setup(script);
		const second = script.sections[1]!;
		player.listenFrom(second.firstLine);
		timer.set('section');
		expect(timer.summary).toBe('Sleep timer: stops at the end of this section');
		run(() => !player.speaking);
		expect(player.line).toBe(script.sections[2]!.firstLine);
		expect(player.status).toBe('paused');
		run(() => true);
		expect(timer.choice).toBe('off');
	});

	it('survives a pause, and follows the listener to another section', () => {
		const script = testScript();
		const { player, timer, run } = setup(script);
		player.listenFrom(script.sections[0]!.firstLine);
		timer.set('section');
		run(() => player.status === 'playing');
		player.pause();
		timer.sync();
		expect(timer.choice).toBe('section');
		player.play();
		player.nextSection();
		run(() => !player.speaking);
		expect(player.line).toBe(script.sections[2]!.firstLine);
	});
});

/** Each volume is no louder than the one before. */
const nonIncreasing = (volumes: number[]) =>
	volumes.every((v, i) => i === 0 || v <= volumes[i - 1]!);

/** The line each utterance spoke, with its volume (the fake engine records both). */
function linesAndVolumes(engine: FakeSpeechEngine, player: Player) {
	return engine.spoken.map((u) => ({
		line: player.script.lines.findIndex((l) => l.text.includes(u.request.text)),
		volume: u.request.volume ?? 1
	}));
}

describe('fading to stop', () => {
	it.each([
		['well before the end', 60_000, 1],
		['exactly where the fade begins', fadeMs, 1],
		['half-way through the fade', fadeMs / 2, 0.6],
		['a quarter of the fade left', fadeMs / 4, 0.4],
		['time up', 0, fadeFloor]
	])('a minutes timer asks for volume %s', (_case, remainingMs, volume) => {
		const { player, timer } = setup(longScript());
		player.play();
		timer.set('5');
		timer.remainingMs = remainingMs;
		expect(timer.volumeFor(player.line)).toBe(volume);
	});

	it('a minutes timer: sentences get quieter over the last stretch, then it stops at a sentence end', () => {
		const { clock, engine, player, timer, run } = setup(longScript());
		player.play();
		timer.set('5');
		run(() => !player.speaking);
		const volumes = engine.volumes;
		// Full volume until the last stretch of listening.
		const fadeFrom = 5 * 60_000 - fadeMs;
		expect(engine.spoken.filter((u) => u.at < fadeFrom).every((u) => u.request.volume === 1)).toBe(
			true
		);
		// Then lower with each sentence, never louder than the one before, never below the floor.
		const fading = volumes.filter((v) => v < 1);
		expect(fading.length).toBeGreaterThanOrEqual(2);
		expect(new Set(fading).size).toBe(fading.length);
		expect(nonIncreasing(volumes)).toBe(true);
		expect(Math.min(...volumes)).toBeGreaterThanOrEqual(fadeFloor);
		expect(volumes.at(-1)).toBeLessThan(0.6);
		// It stopped once time was up, at the end of a sentence: nothing was cut off.
		expect(clock.now()).toBeGreaterThanOrEqual(5 * 60_000);
		expect(engine.spoken.every((u) => u.outcome === 'ended')).toBe(true);
		expect(player.status).toBe('paused');
		// Listening again later starts at full volume.
		run(() => true);
		expect(timer.choice).toBe('off');
		player.play();
		expect(engine.last!.request.volume).toBe(1);
	});

	it('"End of this section" fades over the section\'s last sentences', () => {
		const script = longScript();
		const { engine, player, timer, run } = setup(script);
		const section = script.sections[1]!;
		const end = sectionEndLine(script, section.firstLine);
		player.listenFrom(section.firstLine);
		timer.set('section');
		run(() => !player.speaking);
		expect(player.line).toBe(end + 1);
		const spoken = linesAndVolumes(engine, player);
		expect(spoken.map((u) => u.line)).toEqual(
			Array.from({ length: end - section.firstLine + 1 }, (_, i) => section.firstLine + i)
		);
		const fading = spoken.filter((u) => u.line > end - fadeLines);
		expect(spoken.filter((u) => u.line <= end - fadeLines).every((u) => u.volume === 1)).toBe(true);
		expect(fading.map((u) => u.volume)).toEqual([0.73, 0.47, fadeFloor]);
		expect(engine.spoken.every((u) => u.outcome === 'ended')).toBe(true);
	});

	it('Off during the fade gives the next sentence full volume, and listening goes on', () => {
		const { engine, player, timer, run } = setup(longScript());
		player.play();
		timer.set('5');
		run(() => (engine.last?.request.volume ?? 1) < 1);
		timer.set('off');
		expect(player.fadeVolume).toBeNull();
		const count = engine.spoken.length;
		run(() => engine.spoken.length > count);
		expect(engine.last!.request.volume).toBe(1);
		expect(player.speaking).toBe(true);
	});

	it('a new choice during the fade gives the next sentence full volume', () => {
		const { engine, player, timer, run } = setup(longScript());
		player.play();
		timer.set('5');
		run(() => (engine.last?.request.volume ?? 1) < 1);
		timer.set('30');
		const count = engine.spoken.length;
		run(() => engine.spoken.length > count);
		expect(engine.last!.request.volume).toBe(1);
	});

	it('moving to the next section while the section fades goes back to full volume', () => {
		const script = longScript();
		const { engine, player, timer, run } = setup(script);
		const end = sectionEndLine(script, script.sections[0]!.firstLine);
		player.listenFrom(end - 2);
		timer.set('section');
		run(() => player.line === end - 1 && engine.last!.outcome === 'speaking');
		expect(engine.last!.request.volume).toBeLessThan(1);
		player.nextSection();
		expect(engine.last!.request.volume).toBe(1);
	});

	it("multiplies the listener's own volume", () => {
		const preferences = Object.assign(new MemoryPreferences(), { volume: 0.5 });
		const { engine, player, timer, run } = setup(longScript(), preferences);
		player.play();
		timer.set('5');
		run(() => !player.speaking);
		const volumes = engine.volumes;
		expect(volumes[0]).toBe(0.5);
		expect(Math.max(...volumes)).toBe(0.5);
		expect(nonIncreasing(volumes)).toBe(true);
		expect(volumes.at(-1)).toBeLessThan(0.5 * 0.6);
		expect(Math.min(...volumes)).toBeGreaterThanOrEqual(0.5 * fadeFloor);
	});
});
