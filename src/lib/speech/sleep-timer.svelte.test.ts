import { describe, expect, it } from 'vitest';
import { FakeClock } from './clock';
import { FakeSpeechEngine } from './fake-engine';
import { MemoryPreferences } from './listening-settings.svelte';
import { Player } from './player.svelte';
import { sectionEndLine, SleepTimer, sleepChoices, type SleepTarget } from './sleep-timer.svelte';
import { advanceUntil, generatedScriptSource, testScript } from './testing';
import { buildScript } from '../content/script';
import { parseArticle } from '../content/parse';
import { segmentArticle } from '../content/segment';

function setup(script = testScript()) {
	const clock = new FakeClock();
	// A slow voice (60 words a minute), so minutes of listening take few sentences of the article.
	const engine = new FakeSpeechEngine(clock, { wordsPerMinute: 60 });
	const player = new Player({
		engine,
		clock,
		script,
		articleId: 'a',
		lang: 'en',
		preferences: new MemoryPreferences()
	});
	player.connect();
	const target: SleepTarget = {
		get speaking() {
			return player.speaking;
		},
		get status() {
			return player.status;
		},
		get line() {
			return player.line;
		},
		get stopAfterLine() {
			return player.stopAfterLine;
		},
		set stopAfterLine(line) {
			player.stopAfterLine = line;
		},
		sectionEndLine: (line) => sectionEndLine(script, line)
	};
	const timer = new SleepTimer(target, clock);
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
