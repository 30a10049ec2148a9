import { describe, expect, it } from 'vitest';
import { Announcer } from '../a11y/announcer.svelte';
import { fakeLocalStorage } from '../settings/fake-local-storage';
import { PositionMirror, positionMirrorKey } from '../storage/position-mirror';
import type { ListeningPosition } from '../storage/schema';
import { memoryStorage } from '../storage/storage';
import { FakeClock } from './clock';
import type { SpeechVoice } from './engine';
import { FakeSpeechEngine, sampleVoices } from './fake-engine';
import { MemoryPreferences } from './listening-settings.svelte';
import { Player, problems } from './player.svelte';
import { advanceUntil, settle, testScript } from './testing';
import { createTestPlayer, type TestPlayerOptions } from './test-player.svelte';

const script = testScript();
const lineText = (line: number) => script.lines[line]!.text;

/** The player on the test script, with the fake engine and clock (see test-player.svelte.ts). */
const setup = (options: TestPlayerOptions = {}) => createTestPlayer(script, options);

/** The shown text of each line as the voice reads it ("&" → "and"). */
const spokenLine = (line: number) => lineText(line).replace(' & ', ' and ');

describe('the player speaks the whole article', () => {
	it('in order, every line once, headline and byline first, headings before their sentences', () => {
		const { clock, engine, player } = setup();
		player.toggle();
		advanceUntil(clock, () => player.status === 'ended');
		// Line 7 is long: it is spoken in two pieces cut at a clause boundary, nothing lost.
		const spoken = engine.texts;
		expect(spoken.length).toBe(script.lines.length + 1);
		const long = lineText(7);
		const longIndex = spoken.findIndex((t) => long.startsWith(t));
		expect(spoken[longIndex]!.length).toBeLessThanOrEqual(200);
		expect(`${spoken[longIndex]} ${spoken[longIndex + 1]}`).toBe(long);
		const joined = [...spoken.slice(0, longIndex), long, ...spoken.slice(longIndex + 2)];
		expect(joined).toEqual(script.lines.map((_, i) => spokenLine(i)));
		expect(joined[0]).toBe('A test headline');
		expect(joined[1]).toBe('Reporter: Ada Tester');
		expect(joined[2]).toBe('First section');
		expect(player.toggleLabel).toBe('Play');
		// Heard to the end: nothing is left, all of it elapsed.
		expect(player.remainingSeconds).toBe(0);
		expect(player.sectionRemainingSeconds).toBe(0);
		expect(player.elapsedSeconds).toBe(player.totalSeconds);
		expect(player.progress).toBe(1);
	});

	it('always sets the language and an explicit voice, never trusting the default', () => {
		const { clock, engine, player } = setup();
		player.toggle();
		advanceUntil(clock, () => player.status === 'ended');
		for (const { request } of engine.spoken) {
			expect(request.lang).toBe('en');
			// The platform default is Afrikaans; the best local English voice is chosen instead.
			expect(request.voiceId).toBe('en-us-local');
		}
	});

	it('rewrites text for the voice but highlights the shown words', () => {
		const { clock, player, engine } = setup();
		player.listenFrom(5);
		advanceUntil(clock, () => player.status === 'playing');
		expect(engine.last!.request.text).toBe('Salt and pepper are on the table.');
		advanceUntil(clock, () => lineText(5).slice(player.wordStart, player.wordEnd) === 'pepper');
		expect(player.hasWordBoundaries).toBe(true);
		advanceUntil(clock, () => lineText(5).slice(player.wordStart, player.wordEnd) === 'table.');
	});

	it('highlights only the sentence when the voice reports no word boundaries', () => {
		const { clock, player } = setup({ fake: { boundaries: false } });
		player.listenFrom(4);
		advanceUntil(clock, () => player.line === 5);
		expect(player.hasWordBoundaries).toBe(false);
		expect(player.wordEnd).toBe(player.wordStart);
	});

	it('finds the end of a word itself when boundaries carry no length', () => {
		const { clock, player } = setup({ fake: { boundaryLength: false } });
		player.listenFrom(4);
		advanceUntil(clock, () => lineText(4).slice(player.wordStart, player.wordEnd) === 'sentence');
		expect(player.line).toBe(4);
	});
});

describe('play, pause and resume', () => {
	/** The player on the test script, noting each time its plan rewrote a line for the voice. */
	const setupNotingRewrites = () => {
		const rewrites: (string | null)[] = [];
		return { ...setup({ replacements: (voiceName) => (rewrites.push(voiceName), []) }), rewrites };
	};

	it('plans the first utterance in a task of its own after connecting, ahead of a press', () => {
		const { clock, engine, player, rewrites } = setupNotingRewrites();
		// Connected, but not planned inside connect(), which runs while the page starts.
		expect(rewrites).toEqual([]);
		clock.advance(0);
		expect(rewrites).toHaveLength(1);
		// The press then speaks the line planned for it.
		player.toggle();
		expect(engine.last!.request.text).toBe('A test headline');
		expect(rewrites).toHaveLength(2);
	});

	it('plans nothing once disconnected before that task runs', () => {
		const { clock, disconnect, rewrites } = setupNotingRewrites();
		disconnect();
		clock.advance(10);
		expect(rewrites).toEqual([]);
	});

	it('names the toggle Play, then Pause, then Resume; playing only once the voice starts', () => {
		const { clock, player } = setup();
		expect(player.toggleLabel).toBe('Play');
		player.toggle();
		expect(player.status).toBe('starting');
		expect(player.toggleLabel).toBe('Pause');
		clock.advance(60);
		expect(player.status).toBe('playing');
		player.toggle();
		expect(player.status).toBe('paused');
		expect(player.toggleLabel).toBe('Resume');
	});

	it('speaks synchronously inside the request (iOS user-gesture rule)', () => {
		const { engine, player } = setup();
		player.toggle();
		expect(engine.spoken).toHaveLength(1);
	});

	it('pauses by cancelling, keeps the place, and resumes from the same sentence', () => {
		const { clock, engine, player, untilSpeaking } = setup();
		player.listenFrom(3);
		untilSpeaking(4);
		advanceUntil(clock, () => player.wordStart > 0);
		const spokenBefore = engine.spoken.length;
		player.toggle();
		expect(engine.calls.at(-1)).toBe('cancel');
		expect(player.line).toBe(4);
		clock.advance(60_000);
		expect(engine.spoken.length).toBe(spokenBefore);
		expect(player.status).toBe('paused');
		player.toggle();
		expect(engine.last!.request.text).toBe(lineText(4));
		untilSpeaking(4);
	});

	it('keeps the place across a pause in the middle of a long sentence: resumes from its piece', () => {
		const { clock, engine, player } = setup();
		player.listenFrom(7);
		advanceUntil(clock, () => engine.spoken.length === 2 && player.status === 'playing');
		const secondPiece = engine.last!.request.text;
		advanceUntil(clock, () => player.wordStart > lineText(7).indexOf(secondPiece) + 5);
		player.toggle();
		player.toggle();
		expect(engine.last!.request.text).toBe(secondPiece);
		expect(player.line).toBe(7);
	});

	it('plays again from the top after the end', () => {
		const { clock, engine, player } = setup();
		player.listenFrom(17);
		advanceUntil(clock, () => player.status === 'ended');
		player.toggle();
		expect(engine.last!.request.text).toBe('A test headline');
	});

	it('stops speaking at once when the page is hidden (pagehide) and keeps the place', async () => {
		const { clock, engine, player, storage, untilSpeaking } = setup();
		player.listenFrom(12);
		untilSpeaking(12);
		player.stop();
		expect(engine.calls.at(-1)).toBe('cancel');
		expect(player.status).toBe('paused');
		await settle();
		expect((await storage.getPosition('test-article'))?.line).toBe(12);
		clock.advance(10_000);
		expect(engine.speaking).toBe(false);
	});
});

describe('moving around', () => {
	it('goes to the next and previous sentence while speaking', () => {
		const { clock, engine, player, untilSpeaking } = setup();
		player.listenFrom(3);
		untilSpeaking(3);
		player.nextSentence();
		expect(engine.last!.request.text).toBe(lineText(4));
		untilSpeaking(4);
		clock.advance(2_500);
		// More than two seconds in: back to the start of this sentence.
		player.previousSentence();
		expect(player.line).toBe(4);
		untilSpeaking(4);
		clock.advance(500);
		// Within two seconds of its start: the one before.
		player.previousSentence();
		expect(player.line).toBe(3);
		expect(engine.last!.request.text).toBe(lineText(3));
	});

	it('goes back twice when Previous is pressed twice before the voice starts', () => {
		const { clock, player, untilSpeaking } = setup();
		player.listenFrom(5);
		untilSpeaking(5);
		clock.advance(3_000);
		player.previousSentence();
		player.previousSentence();
		player.previousSentence();
		expect(player.line).toBe(3);
	});

	it('skips while paused without speaking, and resumes from there', () => {
		const { clock, engine, player, announced, untilSpeaking } = setup();
		player.listenFrom(3);
		untilSpeaking(3);
		player.toggle();
		const spokenBefore = engine.spoken.length;
		player.nextSentence();
		player.nextSentence();
		player.nextSection();
		expect(player.line).toBe(6);
		expect(player.status).toBe('paused');
		expect(engine.spoken.length).toBe(spokenBefore);
		// Nothing speaks, so the new place is announced.
		expect(announced.at(-1)).toBe('Sentence 7 of 19 — Second section');
		clock.advance(10_000);
		player.toggle();
		expect(engine.last!.request.text).toBe('Second section');
	});

	it('goes by section and scenario, and back to a section start or the one before', () => {
		const { clock, player, untilSpeaking } = setup();
		player.toggle();
		untilSpeaking(0);
		const stops: number[] = [];
		for (let i = 0; i < 7; i++) {
			player.nextSection();
			stops.push(player.line);
		}
		expect(stops).toEqual([2, 6, 9, 11, 14, 16, 16]);
		untilSpeaking(16);
		player.previousSection();
		expect(player.line).toBe(14);
		// Three seconds into a long sentence: back to its section's start, then (not heard yet) the one before.
		player.listenFrom(7);
		untilSpeaking(7);
		clock.advance(3_000);
		player.previousSection();
		expect(player.line).toBe(6);
		player.previousSection();
		expect(player.line).toBe(2);
		untilSpeaking(2);
		player.previousSection();
		expect(player.line).toBe(0);
	});

	it('goes to the section before when pressed soon after a short heading was heard', () => {
		const { clock, player, untilSpeaking } = setup();
		player.listenFrom(6);
		untilSpeaking(6);
		const headingStarted = clock.now();
		untilSpeaking(7);
		// On the section's first sentence, within 2 s of its heading beginning: the section before.
		expect(clock.now() - headingStarted).toBeLessThan(2_000);
		player.previousSection();
		expect(player.line).toBe(2);
		untilSpeaking(2);
		const started = clock.now();
		advanceUntil(clock, () => clock.now() - started >= 2_500);
		expect(player.line).toBeGreaterThan(2);
		// Later in the section: back to its start, then (pressed again at once) the one before.
		player.previousSection();
		expect(player.line).toBe(2);
		player.previousSection();
		expect(player.line).toBe(0);
	});

	it('seeks with the Position slider and describes the place', () => {
		const { engine, player, untilSpeaking } = setup();
		expect(player.positionText()).toBe('Sentence 1 of 19');
		player.seek(12);
		expect(player.positionText()).toBe('Sentence 13 of 19 — Scenario 1: The first way');
		expect(engine.spoken).toHaveLength(0);
		player.toggle();
		untilSpeaking(12);
		player.seek(99);
		expect(player.line).toBe(18);
		expect(engine.last!.request.text).toBe(lineText(18));
	});

	it('"Listen to" a scenario speaks that scenario alone, then waits at the next line', () => {
		const { clock, engine, player } = setup();
		player.listenFrom(11, 13);
		advanceUntil(clock, () => player.status === 'paused');
		expect(engine.texts).toEqual([lineText(11), lineText(12), lineText(13)]);
		expect(player.line).toBe(14);
		expect(player.toggleLabel).toBe('Resume');
	});

	it('estimates elapsed and remaining time from word counts and speed', () => {
		const { player, preferences } = setup();
		player.seek(6);
		const words = script.lines.slice(0, 6).reduce((n, l) => n + l.words, 0);
		expect(player.elapsedSeconds).toBeCloseTo((words / 160) * 60);
		expect(player.elapsedSeconds + player.remainingSeconds).toBeCloseTo((script.words / 160) * 60);
		preferences.setRate(2);
		expect(player.totalSeconds).toBeCloseTo((script.words / 320) * 60);
	});
});

describe('speed, pitch and voice', () => {
	it('applies a speed change at once by restarting the current sentence', () => {
		const { clock, engine, player, preferences, untilSpeaking } = setup();
		player.listenFrom(4);
		untilSpeaking(4);
		advanceUntil(clock, () => player.wordStart > 0);
		player.setRate(1.5);
		expect(preferences.rate).toBe(1.5);
		expect(engine.calls.slice(-2)).toEqual(['cancel', `speak:${engine.last!.id}`]);
		expect(engine.last!.request).toMatchObject({ text: lineText(4), rate: 1.5 });
		untilSpeaking(4);
		player.faster();
		expect(engine.last!.request.rate).toBe(1.6);
		player.slower();
		player.slower();
		expect(engine.last!.request.rate).toBe(1.4);
	});

	it('keeps the speed between 0.5 and 3 in steps of 0.1', () => {
		const { player, preferences } = setup();
		player.setRate(7);
		expect(preferences.rate).toBe(3);
		player.faster();
		expect(preferences.rate).toBe(3);
		player.setRate(0.1);
		expect(preferences.rate).toBe(0.5);
		player.setRate(1.26);
		expect(preferences.rate).toBe(1.3);
	});

	it('changes speed while paused without speaking', () => {
		const { engine, player, preferences } = setup();
		player.setRate(2);
		expect(preferences.rate).toBe(2);
		expect(engine.spoken).toHaveLength(0);
		player.toggle();
		expect(engine.last!.request.rate).toBe(2);
	});

	it('restarts the sentence with a new pitch or voice, and remembers the voice per language', () => {
		const { engine, player, preferences, untilSpeaking } = setup();
		player.listenFrom(3);
		untilSpeaking(3);
		player.setPitch(1.2);
		expect(engine.last!.request).toMatchObject({ text: lineText(3), pitch: 1.2 });
		player.setVoice('en-gb-local');
		expect(engine.last!.request).toMatchObject({ text: lineText(3), voiceId: 'en-gb-local' });
		expect(preferences.voiceFor('en-US')).toBe('en-gb-local');
		expect(player.voice?.id).toBe('en-gb-local');
	});

	it('uses the remembered voice for the language in a new session', () => {
		const preferences = new MemoryPreferences();
		preferences.setVoice('en', 'en-gb-local');
		const { engine, player } = setup({ preferences });
		player.toggle();
		expect(engine.last!.request.voiceId).toBe('en-gb-local');
	});
});

describe('voices that are late, missing or changing', () => {
	it('waits for late voices and then speaks with an explicit voice', () => {
		const { clock, engine, player } = setup({ fake: { voices: [] } });
		engine.voiceSchedule([{ afterMs: 2_000, voices: sampleVoices }]);
		expect(player.voiceAvailability).toBe('waiting');
		player.toggle();
		expect(player.status).toBe('starting');
		expect(player.toggleLabel).toBe('Pause');
		expect(engine.spoken).toHaveLength(0);
		clock.advance(2_000);
		expect(player.voiceAvailability).toBe('ready');
		expect(engine.last!.request).toMatchObject({ text: 'A test headline', voiceId: 'en-us-local' });
	});

	it('finds voices by polling when voiceschanged never fires (Safari)', () => {
		const clock = new FakeClock();
		const engine = new FakeSpeechEngine(clock, { voices: [] });
		const player = new Player({
			engine,
			clock,
			script,
			articleId: 'a',
			lang: 'en',
			preferences: new MemoryPreferences()
		});
		player.connect();
		// The list fills in without an event.
		(engine as unknown as { voices: () => SpeechVoice[] }).voices = () => sampleVoices;
		clock.advance(300);
		expect(player.voiceAvailability).toBe('ready');
	});

	it('says plainly that there is no voice when none arrives within the bound', () => {
		const { clock, engine, player } = setup({ fake: { voices: [] } });
		player.toggle();
		clock.advance(9_000);
		expect(player.voiceAvailability).toBe('waiting');
		clock.advance(1_500);
		expect(player.voiceAvailability).toBe('none');
		expect(player.status).toBe('error');
		expect(player.problem).toBe(problems.noVoice);
		expect(engine.spoken).toHaveLength(0);
	});

	it('says there is no voice when the platform has no speech synthesis', () => {
		const { engine, player } = setup({ fake: { supported: false } });
		expect(player.voiceAvailability).toBe('none');
		player.toggle();
		engine.clock.advance(100);
		expect(player.status).toBe('error');
		expect(player.problem).toBe(problems.noVoice);
	});

	it('takes the full list after a partial one, switching from another language', () => {
		const french = sampleVoices.filter((v) => v.lang.startsWith('fr'));
		const { clock, engine, player, untilSpeaking } = setup({ fake: { voices: french } });
		player.toggle();
		expect(engine.last!.request.voiceId).toBe('fr-local');
		untilSpeaking(0);
		engine.setVoices(sampleVoices);
		untilSpeaking(1);
		expect(engine.last!.request.voiceId).toBe('en-us-local');
		expect(clock.now()).toBeGreaterThan(0);
	});

	it('moves to another voice when the one in use disappears', () => {
		const { engine, player, untilSpeaking } = setup();
		player.toggle();
		untilSpeaking(0);
		engine.setVoices(sampleVoices.filter((v) => v.id !== 'en-us-local'));
		untilSpeaking(1);
		expect(engine.last!.request.voiceId).toBe('en-gb-local');
	});

	it('waits again when the voice list empties, and carries on when it returns', () => {
		const { clock, engine, player, untilSpeaking } = setup();
		player.toggle();
		untilSpeaking(0);
		engine.setVoices([]);
		expect(player.voiceAvailability).toBe('waiting');
		clock.advance(1_000);
		engine.setVoices(sampleVoices);
		expect(player.voiceAvailability).toBe('ready');
		untilSpeaking(1);
	});
});

describe('platform failures', () => {
	it('ignores stale end and interrupted events that arrive after a cancel', () => {
		for (const cancelEvent of ['end', 'interrupted'] as const) {
			const { clock, engine, player, untilSpeaking } = setup({
				fake: { cancelEvent, cancelEventDelayMs: 120, startDelayMs: 10 }
			});
			player.listenFrom(3);
			untilSpeaking(3);
			player.nextSentence();
			// The new utterance starts before the old one's stale event arrives.
			clock.advance(50);
			expect(player.status).toBe('playing');
			clock.advance(100);
			expect(player.line).toBe(4);
			expect(player.status).toBe('playing');
			untilSpeaking(5);
			expect(engine.texts).toEqual([lineText(3), lineText(4), spokenLine(5)]);
		}
	});

	it('survives rapid clicking: 100 requests, only the last one counts', () => {
		const { clock, engine, player } = setup({ fake: { cancelEventDelayMs: 1 } });
		player.toggle();
		const requests = [
			() => player.nextSentence(),
			() => player.previousSentence(),
			() => player.nextSection(),
			() => player.previousSection(),
			() => player.toggle(),
			() => player.setRate(1 + (engine.spoken.length % 10) / 10)
		];
		let seed = 7;
		for (let i = 0; i < 100; i++) {
			seed = (seed * 16807) % 2147483647;
			requests[seed % requests.length]!();
			if (i % 10 === 0) clock.advance(1);
		}
		if (!player.speaking) player.toggle();
		const line = player.line;
		const lastId = engine.last!.id;
		expect(engine.current === null || engine.current.id === lastId).toBe(true);
		advanceUntil(clock, () => player.status === 'ended');
		// From the last request on, every line once, in order.
		const after = engine.spoken.filter((u) => u.id >= lastId).map((u) => u.request.text);
		const expected = script.lines.slice(line).map((l) => l.text.replace(' & ', ' and '));
		expect(after.join(' ')).toBe(expected.join(' '));
	});

	it('recovers when `end` never comes: moves on after the sentence has had time to finish', () => {
		const { clock, engine, player, untilSpeaking } = setup({ fake: { boundaries: false } });
		player.listenFrom(3);
		untilSpeaking(3);
		engine.loseEnd();
		untilSpeaking(4);
		const stalledAt = clock.now();
		advanceUntil(clock, () => player.line === 5 && player.status === 'playing');
		// The watchdog cancelled the stuck utterance and went on to the next sentence.
		expect(engine.calls).toContain('cancel');
		expect(clock.now() - stalledAt).toBeGreaterThan(2_000);
		expect(engine.texts).toEqual([lineText(3), lineText(4), spokenLine(5)]);
	});

	it('recovers from the 15-second cut-off from the last word heard', () => {
		const { clock, engine, player, untilSpeaking } = setup({
			fake: { cutOffAfterMs: 15_000, wordsPerMinute: 60 }
		});
		player.listenFrom(7);
		untilSpeaking(7);
		const first = engine.last!.request.text;
		advanceUntil(clock, () => engine.current?.outcome === 'cut-off');
		const lastWord = lineText(7).slice(player.wordStart, player.wordEnd);
		advanceUntil(clock, () => engine.spoken.length === 2);
		const resumed = engine.last!.request.text;
		expect(resumed.startsWith(lastWord)).toBe(true);
		expect(first.endsWith(resumed)).toBe(true);
		expect(player.line).toBe(7);
	});

	it('tries again when a speak right after a cancel is dropped', () => {
		const { engine, player, untilSpeaking } = setup({ fake: { dropSpeakWithinMs: 5 } });
		player.listenFrom(3);
		untilSpeaking(3);
		player.nextSentence();
		expect(engine.last!.outcome).toBe('dropped');
		untilSpeaking(4);
		expect(engine.last!.request.text).toBe(lineText(4));
		expect(engine.spoken.filter((u) => u.request.text === lineText(4))).toHaveLength(2);
	});

	it('says speech did not start when it never does, keeping the place', () => {
		const { clock, engine, player } = setup({ fake: { startDelayMs: 1_000_000 } });
		player.listenFrom(4);
		clock.advance(30_000);
		expect(engine.spoken.length).toBe(3);
		expect(player.status).toBe('error');
		expect(player.problem).toBe(problems.didNotStart);
		expect(player.line).toBe(4);
		expect(player.toggleLabel).toBe('Resume');
	});

	it('retries after synthesis-failed, then says so and keeps the place', () => {
		const { clock, engine, player, untilSpeaking } = setup();
		engine.failNext('synthesis-failed');
		player.listenFrom(3);
		untilSpeaking(3);
		expect(engine.spoken).toHaveLength(2);
		engine.failNext('synthesis-failed', 'after-start');
		engine.failNext('synthesis-failed');
		engine.failNext('synthesis-failed');
		advanceUntil(clock, () => player.status === 'error');
		expect(player.problem).toBe(problems.failed);
		expect(player.line).toBe(4);
		player.toggle();
		untilSpeaking(4);
		expect(engine.last!.request.text).toBe(lineText(4));
	});

	it('waits and tries again when the audio is busy', () => {
		const { clock, engine, player, untilSpeaking } = setup();
		engine.failNext('audio-busy');
		player.listenFrom(3);
		clock.advance(100);
		expect(player.status).toBe('starting');
		expect(engine.spoken).toHaveLength(1);
		clock.advance(1_000);
		untilSpeaking(3);
		expect(engine.spoken).toHaveLength(2);
	});

	it('gives up on a busy audio device after the retries, saying why', () => {
		const { clock, engine, player } = setup();
		for (let i = 0; i < 3; i++) engine.failNext('audio-busy');
		player.listenFrom(3);
		advanceUntil(clock, () => player.status === 'error');
		expect(player.problem).toBe(problems.audioBusy);
	});

	it('switches to a local voice when a network voice fails offline', () => {
		const preferences = new MemoryPreferences();
		preferences.setVoice('en', 'en-us-network');
		const { engine, player, untilSpeaking } = setup({ fake: { offline: true }, preferences });
		player.toggle();
		expect(engine.last!.request.voiceId).toBe('en-us-network');
		untilSpeaking(0);
		expect(engine.last!.request.voiceId).toBe('en-us-local');
		untilSpeaking(1);
		expect(engine.last!.request.voiceId).toBe('en-us-local');
	});

	it('says so when the only voice needs a network that is not there', () => {
		const network = sampleVoices.filter((v) => !v.local);
		const { clock, player } = setup({ fake: { offline: true, voices: network } });
		player.toggle();
		advanceUntil(clock, () => player.status === 'error');
		expect(player.problem).toBe(problems.network);
	});

	it('asks for a press of Resume when speech is not allowed without a user gesture', () => {
		const { clock, engine, player, untilSpeaking } = setup({ fake: { requireActivation: true } });
		player.toggle();
		clock.advance(10);
		expect(player.status).toBe('paused');
		expect(player.problem).toBe(problems.notAllowed);
		expect(player.toggleLabel).toBe('Resume');
		engine.userActivation = true;
		player.toggle();
		untilSpeaking(0);
		expect(player.problem).toBeNull();
	});

	it('pauses, keeping the place, when something else interrupts the voice', () => {
		const { engine, player, untilSpeaking } = setup();
		player.listenFrom(12);
		untilSpeaking(12);
		engine.failNext('interrupted', 'after-start');
		player.nextSentence();
		untilSpeaking(13);
		engine.clock.advance(2_000);
		expect(player.status).toBe('paused');
		expect(player.line).toBe(13);
		// The player says why (shown, not announced), until it speaks again.
		expect(player.stoppedFromOutside).toBe(true);
		expect(player.problem).toBeNull();
		player.toggle();
		untilSpeaking(13);
		expect(player.stoppedFromOutside).toBe(false);
	});

	it('cuts utterances shorter when the voice says the text is too long', () => {
		const { clock, engine, player } = setup();
		engine.failNext('text-too-long');
		player.listenFrom(7);
		advanceUntil(clock, () => player.status === 'playing');
		expect(engine.spoken[0]!.request.text.length).toBeGreaterThan(100);
		expect(engine.last!.request.text.length).toBeLessThanOrEqual(100);
	});

	it('cuts utterances shorter at slow speeds so none runs past the cut-off', () => {
		const { clock, engine, player, preferences } = setup();
		preferences.setRate(0.5);
		player.listenFrom(7);
		advanceUntil(clock, () => player.line === 8);
		const pieces = engine.texts.slice(0, -1);
		expect(pieces.length).toBeGreaterThanOrEqual(3);
		for (const piece of pieces) expect(piece.length).toBeLessThanOrEqual(100);
		expect(pieces.join(' ')).toBe(lineText(7));
	});
});

/** Memory storage holding a saved place at line 12 of the test article. */
async function storageWithPlaceAtLine12() {
	const storage = memoryStorage();
	await storage.putPosition({
		articleId: 'test-article',
		line: 12,
		wordOffset: 0,
		sectionId: 'third-section',
		progress: 0.5,
		finished: false,
		updatedAt: 1
	});
	return storage;
}

describe('the listening position', () => {
	it('is saved as sentences are spoken, and offered on reopening', async () => {
		const storage = memoryStorage();
		const first = setup({ storage });
		first.player.listenFrom(9);
		first.untilSpeaking(10);
		await settle();
		expect(await storage.getPosition('test-article')).toMatchObject({
			line: 10,
			sectionId: 'third-section',
			finished: false
		});
		first.disconnect();

		const second = setup({ storage });
		await settle();
		expect(second.player.restored).toMatchObject({ line: 10, sectionId: 'third-section' });
		expect(second.player.status).toBe('paused');
		expect(second.player.toggleLabel).toBe('Resume');
		expect(second.player.line).toBe(10);
		second.player.toggle();
		expect(second.engine.last!.request.text).toBe(lineText(10));
		expect(second.player.restored).toBeNull();
	});

	it('keeps the word reached, and resumes from the start of its sentence', async () => {
		const storage = memoryStorage();
		const first = setup({ storage });
		first.player.listenFrom(4);
		advanceUntil(first.clock, () => first.player.wordStart > 5);
		first.player.toggle();
		await settle();
		expect((await storage.getPosition('test-article'))?.wordOffset).toBeGreaterThan(5);
		const second = setup({ storage });
		await settle();
		second.player.toggle();
		expect(second.engine.last!.request.text).toBe(lineText(4));
	});

	it('resumes a place kept in the middle of a long sentence from the start of that sentence', async () => {
		const storage = memoryStorage();
		const first = setup({ storage });
		first.player.listenFrom(7);
		advanceUntil(
			first.clock,
			() => first.engine.spoken.length === 2 && first.player.status === 'playing'
		);
		const secondPiece = first.engine.last!.request.text;
		advanceUntil(first.clock, () => first.player.wordStart > lineText(7).indexOf(secondPiece) + 5);
		first.player.toggle();
		await settle();
		expect((await storage.getPosition('test-article'))?.wordOffset).toBeGreaterThan(
			lineText(7).indexOf(secondPiece)
		);
		first.disconnect();
		const second = setup({ storage });
		await settle();
		second.player.toggle();
		expect(lineText(7).startsWith(second.engine.last!.request.text)).toBe(true);
		expect(second.engine.last!.request.text).not.toBe(secondPiece);
		// Paused and resumed again in this visit, it goes on from the piece it reached.
		advanceUntil(
			second.clock,
			() => second.engine.spoken.length === 2 && second.player.status === 'playing'
		);
		advanceUntil(
			second.clock,
			() => second.player.wordStart > lineText(7).indexOf(secondPiece) + 5
		);
		second.player.toggle();
		second.player.toggle();
		expect(second.engine.last!.request.text).toBe(secondPiece);
	});

	it('offers nothing once the article was listened to the end; Start over forgets a place', async () => {
		const storage = memoryStorage();
		const first = setup({ storage });
		first.player.listenFrom(17);
		advanceUntil(first.clock, () => first.player.status === 'ended');
		await settle();
		expect(await storage.getPosition('test-article')).toMatchObject({
			finished: true,
			progress: 1
		});
		const second = setup({ storage });
		await settle();
		expect(second.player.restored).toBeNull();
		expect(second.player.toggleLabel).toBe('Play');

		second.player.seek(6);
		await settle();
		const third = setup({ storage });
		await settle();
		expect(third.player.restored?.line).toBe(6);
		third.player.startOver();
		expect(third.player.line).toBe(0);
		expect(third.player.toggleLabel).toBe('Play');
		expect(third.player.restored).toBeNull();
	});

	it('does not move a listener who pressed Play before the saved place was read', async () => {
		const storage = await storageWithPlaceAtLine12();
		const { engine, player } = setup({ storage });
		player.toggle();
		await settle();
		expect(player.line).toBe(0);
		expect(engine.spoken).toHaveLength(1);
	});

	it('takes the saved place after a press the browser refused, keeping the reason shown', async () => {
		const storage = await storageWithPlaceAtLine12();
		const { clock, engine, player } = setup({ storage, fake: { requireActivation: true } });
		player.toggle();
		clock.advance(10);
		expect(player.problem).toBe(problems.notAllowed);
		await settle();
		expect(player.line).toBe(12);
		expect(player.problem).toBe(problems.notAllowed);
		expect(player.toggleLabel).toBe('Resume');
		engine.userActivation = true;
		player.toggle();
		expect(engine.last!.request.text).toBe(lineText(12));
	});

	it('says when the saved place has been looked for, so a press kept from before can resume there', async () => {
		const storage = await storageWithPlaceAtLine12();
		const { engine, player } = setup({ storage });
		expect(player.restored).toBeNull();
		await player.whenPlaceKnown();
		expect(player.restored?.line).toBe(12);
		player.play();
		expect(engine.last!.request.text).toBe(lineText(12));

		// With nothing saved it settles all the same, and Play starts from the top.
		const fresh = setup();
		await fresh.player.whenPlaceKnown();
		expect(fresh.player.restored).toBeNull();
		fresh.player.play();
		expect(fresh.engine.last!.request.text).toBe('A test headline');
	});
});

/** A saved place in the test article: `line`, saved at `updatedAt`. */
const placeAt = (line: number, updatedAt: number, finished = false): ListeningPosition => ({
	articleId: 'test-article',
	line,
	wordOffset: 0,
	sectionId: null,
	progress: finished ? 1 : 0.5,
	finished,
	updatedAt
});

/**
 * Storage and its localStorage copy, each holding the place given (or nothing), and a way for
 * another tab to save a place in the copy (the window's `storage` event).
 */
async function storageAndMirror(
	stored: ListeningPosition | null,
	mirrored: ListeningPosition | null
) {
	const storage = memoryStorage();
	if (stored) await storage.putPosition(stored);
	const localStorage = fakeLocalStorage();
	const view = new EventTarget();
	const placeMirror = new PositionMirror(localStorage, view);
	if (mirrored) placeMirror.write(mirrored);
	const otherTab = new PositionMirror(localStorage);
	const otherTabSaves = (position: ListeningPosition) => {
		otherTab.write(position);
		view.dispatchEvent(
			Object.assign(new Event('storage'), { key: positionMirrorKey, storageArea: localStorage })
		);
	};
	return { storage, placeMirror, otherTabSaves };
}

describe('the saved place with a copy in localStorage', () => {
	it('is known as the player connects, so Play pressed at once goes on from there', async () => {
		const place = placeAt(12, 5);
		const { engine, player, storage } = setup(await storageAndMirror(place, place));
		expect(player.restored).toMatchObject({ line: 12 });
		expect(player.toggleLabel).toBe('Resume');
		player.toggle();
		expect(engine.last!.request.text).toBe(lineText(12));
		await settle();
		// The record read afterwards neither moves the listener nor is replaced by line 0.
		expect(player.line).toBe(12);
		expect((await storage.getPosition('test-article'))?.line).toBe(12);
	});

	it('copies every save, so the next visit knows the place before storage opens', async () => {
		const { storage, placeMirror } = await storageAndMirror(null, null);
		const first = setup({ storage, placeMirror });
		first.player.listenFrom(9);
		first.untilSpeaking(10);
		expect(placeMirror.read('test-article')).toMatchObject({ line: 10, finished: false });
		first.disconnect();
		const second = setup({ storage, placeMirror });
		expect(second.player.line).toBe(10);
		expect(second.player.status).toBe('paused');
	});

	it("gives way to storage's record when that is newer and the listener has not moved", async () => {
		const moved = await storageAndMirror(placeAt(14, 9), placeAt(6, 5));
		const untouched = setup(moved);
		expect(untouched.player.line).toBe(6);
		await settle();
		expect(untouched.player.line).toBe(14);
		expect(untouched.player.restored).toMatchObject({ line: 14 });

		// A newer record that the article was finished sends the untouched player back to the top.
		const finished = setup(await storageAndMirror(placeAt(17, 9, true), placeAt(6, 5)));
		await settle();
		expect(finished.player.line).toBe(0);
		expect(finished.player.toggleLabel).toBe('Play');
		expect(finished.player.restored).toBeNull();

		// Once the listener has pressed Play or moved, the newer record is left alone.
		const pressed = setup(await storageAndMirror(placeAt(14, 9), placeAt(6, 5)));
		pressed.player.toggle();
		await settle();
		expect(pressed.player.line).toBe(6);
		const skipped = setup(await storageAndMirror(placeAt(14, 9), placeAt(6, 5)));
		skipped.player.nextSentence();
		await settle();
		expect(skipped.player.line).toBe(7);
	});

	it('keeps the copy when storage holds an older record, a finished article included', async () => {
		const older = setup(await storageAndMirror(placeAt(14, 1), placeAt(6, 5)));
		await settle();
		expect(older.player.line).toBe(6);

		const finished = setup(await storageAndMirror(placeAt(14, 1), placeAt(17, 5, true)));
		await settle();
		expect(finished.player.line).toBe(0);
		expect(finished.player.restored).toBeNull();
		expect(finished.player.toggleLabel).toBe('Play');
	});
});

describe('a place saved in another tab', () => {
	/** A player whose copy of places hears another tab, and that tab's way of saving a place. */
	async function twoTabs(stored: ListeningPosition | null = null) {
		const { storage, placeMirror, otherTabSaves } = await storageAndMirror(stored, null);
		return { ...setup({ storage, placeMirror }), otherTabSaves };
	}

	it('moves a player that is not speaking there, so Play goes on from it', async () => {
		const { engine, player, otherTabSaves } = await twoTabs();
		await settle();
		otherTabSaves(placeAt(9, Date.now() + 1000));
		expect(player.line).toBe(9);
		expect(player.toggleLabel).toBe('Resume');
		expect(player.restored).toMatchObject({ line: 9 });
		player.toggle();
		expect(engine.last!.request.text).toBe(lineText(9));
	});

	it('leaves a speaking player alone, and an older place than its own', async () => {
		const { player, otherTabSaves, untilSpeaking } = await twoTabs();
		player.listenFrom(4);
		untilSpeaking(4);
		otherTabSaves(placeAt(12, Date.now() + 1000));
		expect(player.line).toBe(4);
		player.toggle();
		expect(player.status).toBe('paused');
		otherTabSaves(placeAt(12, 1));
		expect(player.line).toBe(4);
		otherTabSaves(placeAt(12, Date.now() + 2000));
		expect(player.line).toBe(12);
	});

	it('goes back to the top when the other tab heard the article to the end', async () => {
		const { player, otherTabSaves } = await twoTabs(placeAt(6, 5));
		await settle();
		expect(player.line).toBe(6);
		otherTabSaves(placeAt(17, Date.now() + 1000, true));
		expect(player.line).toBe(0);
		expect(player.toggleLabel).toBe('Play');
		expect(player.restored).toBeNull();
	});

	it('is not heard once the player has disconnected', async () => {
		const { player, disconnect, otherTabSaves } = await twoTabs();
		disconnect();
		otherTabSaves(placeAt(9, Date.now() + 1000));
		expect(player.line).toBe(0);
	});
});

describe('a screen-reader user is not talked over', () => {
	it('section headings go to the announcer, which stays quiet while the voice speaks', () => {
		const announcer = new Announcer();
		const { clock, engine, player } = setup({ announce: (text) => announcer.announce(text) });
		const speakingLine = (line: number) => () =>
			player.line === line && engine.current?.outcome === 'speaking';
		player.listenFrom(5);
		advanceUntil(clock, speakingLine(6));
		announcer.voiceSpeaking = player.speaking;
		const said: string[] = [];
		const original = announcer.announce.bind(announcer);
		announcer.announce = (text, options) => {
			const spoken = original(text, options);
			if (spoken) said.push(text);
			return spoken;
		};
		advanceUntil(clock, speakingLine(9));
		expect(said).toEqual([]);
		announcer.announceWhileListening = true;
		advanceUntil(clock, speakingLine(11));
		expect(said).toEqual(['Scenario 1: The first way']);
	});
});

describe('preferences changed elsewhere and the connection', () => {
	it('restarts the sentence when Settings changes the pitch, and not otherwise', () => {
		const { engine, player, preferences, untilSpeaking } = setup();
		player.listenFrom(3);
		untilSpeaking(3);
		const spoken = engine.spoken.length;
		player.preferencesChanged();
		expect(engine.spoken).toHaveLength(spoken);
		preferences.setPitch(0.8);
		player.preferencesChanged();
		expect(engine.last!.request).toMatchObject({ text: lineText(3), pitch: 0.8 });
	});

	it('prefers a local voice while offline, even over a remembered network voice', () => {
		const preferences = new MemoryPreferences();
		preferences.setVoice('en', 'en-us-network');
		const { engine, player } = setup({ preferences });
		expect(player.voice?.id).toBe('en-us-network');
		player.offline = true;
		expect(player.voice?.id).toBe('en-us-local');
		player.toggle();
		expect(engine.last!.request.voiceId).toBe('en-us-local');
	});
});
