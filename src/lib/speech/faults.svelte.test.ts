/**
 * Every speech fault named in issue #8, injected into the player through the fake engine, one row
 * each. After each the same three things are asserted: the player is in a sensible state (a status
 * its controls can act on, nothing speaking on its own while stopped, a place inside the article),
 * the place is kept to the sentence, and the listener is told what happened when it matters (the
 * player's `problem` text, shown and announced by the player region).
 *
 * The player's own tests (player.svelte.test.ts) show the everyday behaviour; this file is the
 * fault table, and prints how many faults were injected and survived.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { sampleVoices } from './fake-engine';
import { problems, type PlayerStatus } from './player.svelte';
import { advanceUntil, settle, testScript } from './testing';
import { createTestPlayer, type TestPlayerOptions } from './test-player.svelte';

const script = testScript();
const lineText = (line: number) => script.lines[line]!.text;
/** The line as the voice reads it ("&" → "and"). */
const spokenLine = (line: number) => lineText(line).replace(' & ', ' and ');

/** The player on the test script, with the fake engine and clock (see test-player.svelte.ts). */
const setup = (options: TestPlayerOptions = {}) => createTestPlayer(script, options);

type Context = ReturnType<typeof setup>;

const toggleLabels: Record<PlayerStatus, readonly string[]> = {
	idle: ['Play'],
	starting: ['Pause'],
	playing: ['Pause'],
	paused: ['Resume'],
	ended: ['Play'],
	error: ['Play', 'Resume']
};

/**
 * The state after a fault is one the listener can act on: a place inside the article, the toggle
 * named for the status, the engine speaking only the player's latest utterance, and, when stopped,
 * nothing starting on its own for a minute.
 */
function expectSensible({ clock, engine, player }: Context): void {
	expect(Number.isInteger(player.line)).toBe(true);
	expect(player.line).toBeGreaterThanOrEqual(0);
	expect(player.line).toBeLessThan(player.lineCount);
	expect(player.wordStart).toBeLessThanOrEqual(player.wordEnd);
	expect(player.wordEnd).toBeLessThanOrEqual(lineText(player.line).length);
	expect(toggleLabels[player.status]).toContain(player.toggleLabel);
	if (engine.current) expect(engine.current.id).toBe(engine.last?.id);
	if (player.status === 'error') expect(player.problem).not.toBeNull();
	if (!player.speaking) {
		const before = { spoken: engine.spoken.length, status: player.status, line: player.line };
		clock.advance(60_000);
		expect({ spoken: engine.spoken.length, status: player.status, line: player.line }).toEqual(
			before
		);
		expect(engine.speaking).toBe(false);
	}
}

/** After a fault that stopped the player, Resume speaks the same sentence again and clears the problem. */
function expectResumesAt(context: Context, line: number): void {
	const { engine, player, untilSpeaking } = context;
	player.toggle();
	untilSpeaking(line);
	expect(engine.last!.request.text.length).toBeGreaterThan(0);
	expect(spokenLine(line).includes(engine.last!.request.text)).toBe(true);
	expect(player.problem).toBeNull();
}

interface FaultRow {
	/** The fault as the issue names it. */
	fault: string;
	/** Injects it and asserts the outcome; the sensible-state check follows. */
	run: (context: Context) => void | Promise<void>;
	setup?: TestPlayerOptions;
}

const englishLocal = sampleVoices.filter((v) => v.lang.startsWith('en') && v.local);

const faults: FaultRow[] = [
	{
		fault: 'the 15-second cut-off on a slow voice: `end` never fires, `speaking` stays true',
		setup: { fake: { cutOffAfterMs: 15_000, wordsPerMinute: 60 } },
		run: ({ clock, engine, player, untilSpeaking }) => {
			player.listenFrom(7);
			untilSpeaking(7);
			advanceUntil(clock, () => engine.current?.outcome === 'cut-off');
			expect(engine.speaking).toBe(true);
			const heard = player.wordStart;
			const lastWord = lineText(7).slice(player.wordStart, player.wordEnd);
			advanceUntil(clock, () => engine.spoken.length === 2);
			// Spoken again from the last word heard, in the same sentence: nothing skipped.
			expect(engine.last!.request.text.startsWith(lastWord)).toBe(true);
			expect(player.line).toBe(7);
			expect(player.wordStart).toBe(heard);
			untilSpeaking(8);
			const line7 = engine.texts.slice(0, -1);
			expect(line7.at(-1)!.endsWith('at all.')).toBe(true);
			expect(player.problem).toBeNull();
		}
	},
	{
		fault: 'the 15-second cut-off at normal speed: pieces are short enough never to meet it',
		setup: { fake: { cutOffAfterMs: 15_000 } },
		run: ({ clock, engine, player }) => {
			player.listenFrom(6);
			advanceUntil(clock, () => player.status === 'ended');
			expect(engine.spoken.filter((u) => u.outcome === 'cut-off')).toEqual([]);
			expect(engine.texts.join(' ')).toBe(
				script.lines
					.slice(6)
					.map((_, i) => spokenLine(i + 6))
					.join(' ')
			);
		}
	},
	{
		fault: '`end` never fires after a sentence finished (`speaking` stays true)',
		setup: { fake: { boundaries: false } },
		run: ({ clock, engine, player, untilSpeaking }) => {
			player.listenFrom(3);
			untilSpeaking(3);
			engine.loseEnd();
			untilSpeaking(4);
			advanceUntil(clock, () => engine.current?.outcome === 'ended');
			expect(engine.speaking).toBe(true);
			untilSpeaking(5);
			expect(engine.texts).toEqual([lineText(3), lineText(4), spokenLine(5)]);
			expect(player.problem).toBeNull();
		}
	},
	{
		fault:
			'`pause()` that cancels: Hark pauses by cancel, and the cancelled utterance then reports `end`',
		setup: { fake: { cancelEvent: 'end', cancelEventDelayMs: 200 } },
		run: (context) => {
			const { clock, engine, player, untilSpeaking } = context;
			player.listenFrom(4);
			untilSpeaking(4);
			advanceUntil(clock, () => player.wordStart > 0);
			const spoken = engine.spoken.length;
			player.toggle();
			expect(engine.calls.at(-1)).toBe('cancel');
			clock.advance(1_000);
			// The stale `end` moved nothing: still paused on the same sentence, nothing spoken.
			expect(player.status).toBe('paused');
			expect(player.line).toBe(4);
			expect(engine.spoken.length).toBe(spoken);
			expectResumesAt(context, 4);
		}
	},
	{
		fault: '`pause()` that cancels from the platform side: the utterance fails with `canceled`',
		run: (context) => {
			const { clock, engine, player, untilSpeaking } = context;
			player.listenFrom(3);
			untilSpeaking(3);
			engine.failNext('canceled', 'after-start');
			player.nextSentence();
			advanceUntil(clock, () => player.status !== 'playing' && player.status !== 'starting');
			expect(player.status).toBe('paused');
			expect(player.line).toBe(4);
			expect(player.toggleLabel).toBe('Resume');
			expectResumesAt(context, 4);
		}
	},
	{
		fault: '`pause()` that jams: after the pause the engine reports nothing at all, ever',
		run: (context) => {
			const { clock, engine, player, untilSpeaking } = context;
			player.listenFrom(4);
			untilSpeaking(4);
			engine.options.cancelEvent = 'none';
			player.toggle();
			engine.options.startDelayMs = 1_000_000_000;
			player.toggle();
			advanceUntil(clock, () => player.status === 'error');
			// Tried again, then said so, keeping the sentence.
			expect(engine.spoken.length).toBeGreaterThanOrEqual(3);
			expect(player.problem).toBe(problems.didNotStart);
			expect(player.line).toBe(4);
			expect(player.toggleLabel).toBe('Resume');
			// Once the engine works again, Resume carries on from the same sentence.
			engine.options.startDelayMs = 50;
			expectResumesAt(context, 4);
		}
	},
	{
		fault: 'voices that never arrive',
		setup: { fake: { voices: [] } },
		run: ({ clock, engine, player }) => {
			player.listenFrom(4);
			expect(player.status).toBe('starting');
			advanceUntil(clock, () => player.status === 'error');
			expect(player.voiceAvailability).toBe('none');
			expect(player.problem).toBe(problems.noVoice);
			expect(player.line).toBe(4);
			expect(engine.spoken).toHaveLength(0);
		}
	},
	{
		fault: 'no speech synthesis at all',
		setup: { fake: { supported: false } },
		run: ({ clock, player }) => {
			player.listenFrom(4);
			advanceUntil(clock, () => player.status === 'error');
			expect(player.problem).toBe(problems.noVoice);
			expect(player.line).toBe(4);
		}
	},
	{
		fault: 'voices that arrive late (3 s after Play)',
		setup: { fake: { voices: [] } },
		run: ({ clock, engine, player, untilSpeaking }) => {
			engine.voiceSchedule([{ afterMs: 3_000, voices: sampleVoices }]);
			player.listenFrom(4);
			clock.advance(2_000);
			expect(player.status).toBe('starting');
			expect(engine.spoken).toHaveLength(0);
			untilSpeaking(4);
			expect(engine.last!.request).toMatchObject({ text: lineText(4), voiceId: 'en-us-local' });
			expect(player.problem).toBeNull();
		}
	},
	{
		fault: 'voices that arrive partial (another language only), then in full',
		setup: { fake: { voices: sampleVoices.filter((v) => v.lang === 'af') } },
		run: ({ engine, player, untilSpeaking }) => {
			player.listenFrom(3);
			untilSpeaking(3);
			engine.setVoices(sampleVoices);
			untilSpeaking(4);
			expect(engine.last!.request.voiceId).toBe('en-us-local');
			untilSpeaking(5);
			expect(engine.texts).toEqual([lineText(3), lineText(4), spokenLine(5)]);
		}
	},
	{
		fault: 'voices that change mid-article: the chosen voice is removed while in use',
		run: ({ engine, player, preferences, untilSpeaking }) => {
			preferences.setVoice('en', 'en-gb-local');
			player.listenFrom(3);
			untilSpeaking(3);
			expect(engine.last!.request.voiceId).toBe('en-gb-local');
			engine.setVoices(sampleVoices.filter((v) => v.id !== 'en-gb-local'));
			untilSpeaking(4);
			expect(engine.last!.request.voiceId).toBe('en-us-local');
			expect(engine.texts).toEqual([lineText(3), lineText(4)]);
			expect(player.problem).toBeNull();
		}
	},
	{
		fault: 'voices that change mid-article: the voice in use fails with `voice-unavailable`',
		run: ({ engine, player, untilSpeaking }) => {
			player.listenFrom(3);
			untilSpeaking(3);
			engine.failNext('voice-unavailable', 'after-start');
			player.nextSentence();
			advanceUntil(engine.clock, () => engine.last!.request.voiceId !== 'en-us-local');
			// The same sentence again, from its start, with another English voice.
			expect(engine.last!.request.text).toBe(lineText(4));
			expect(englishLocal.map((v) => v.id)).toContain(engine.last!.request.voiceId);
			untilSpeaking(4);
		}
	},
	{
		fault: 'voices that change mid-article: the list empties, then comes back',
		run: ({ clock, engine, player, untilSpeaking }) => {
			player.listenFrom(3);
			untilSpeaking(3);
			engine.setVoices([]);
			expect(player.voiceAvailability).toBe('waiting');
			clock.advance(2_000);
			engine.setVoices(sampleVoices);
			untilSpeaking(4);
			expect(engine.texts).toEqual([lineText(3), lineText(4)]);
		}
	},
	{
		fault: '`error: synthesis-failed` once: spoken again, same sentence',
		run: ({ engine, player, untilSpeaking }) => {
			player.listenFrom(4);
			untilSpeaking(4);
			engine.failNext('synthesis-failed', 'after-start');
			player.nextSentence();
			advanceUntil(
				engine.clock,
				() => engine.texts.filter((t) => t === spokenLine(5)).length === 2
			);
			expect(player.line).toBe(5);
			untilSpeaking(5);
			expect(player.problem).toBeNull();
		}
	},
	{
		fault: '`error: synthesis-failed` every time: the listener is told, the sentence kept',
		run: (context) => {
			const { engine, player } = context;
			for (let i = 0; i < 3; i++) engine.failNext('synthesis-failed');
			player.listenFrom(5);
			advanceUntil(engine.clock, () => player.status === 'error');
			expect(player.problem).toBe(problems.failed);
			expect(player.line).toBe(5);
			expect(player.toggleLabel).toBe('Resume');
			expectResumesAt(context, 5);
		}
	},
	{
		fault: '`error: audio-busy` once: waits, then speaks the same sentence',
		run: ({ clock, engine, player, untilSpeaking }) => {
			engine.failNext('audio-busy');
			player.listenFrom(4);
			clock.advance(200);
			expect(player.status).toBe('starting');
			untilSpeaking(4);
			expect(engine.texts).toEqual([lineText(4), lineText(4)]);
		}
	},
	{
		fault: '`error: audio-busy` every time: the listener is told, the sentence kept',
		run: (context) => {
			const { engine, player } = context;
			for (let i = 0; i < 3; i++) engine.failNext('audio-busy');
			player.listenFrom(4);
			advanceUntil(engine.clock, () => player.status === 'error');
			expect(player.problem).toBe(problems.audioBusy);
			expect(player.line).toBe(4);
			expectResumesAt(context, 4);
		}
	},
	{
		fault: '`error: network` (a network voice offline): a local voice takes over',
		setup: { fake: { offline: true } },
		run: ({ engine, player, preferences, untilSpeaking }) => {
			preferences.setVoice('en', 'en-us-network');
			player.listenFrom(4);
			expect(engine.last!.request.voiceId).toBe('en-us-network');
			untilSpeaking(4);
			expect(engine.last!.request).toMatchObject({ text: lineText(4), voiceId: 'en-us-local' });
			expect(player.problem).toBeNull();
		}
	},
	{
		fault: '`error: network` with only network voices: the listener is told, the sentence kept',
		setup: { fake: { offline: true, voices: sampleVoices.filter((v) => !v.local) } },
		run: ({ engine, player }) => {
			player.listenFrom(4);
			advanceUntil(engine.clock, () => player.status === 'error');
			expect(player.problem).toBe(problems.network);
			expect(player.line).toBe(4);
		}
	},
	{
		fault: '`error: not-allowed` (no user gesture yet): asks for Resume, keeps the sentence',
		setup: { fake: { requireActivation: true } },
		run: (context) => {
			const { clock, engine, player } = context;
			player.listenFrom(4);
			clock.advance(100);
			expect(player.status).toBe('paused');
			expect(player.problem).toBe(problems.notAllowed);
			expect(player.line).toBe(4);
			expect(player.toggleLabel).toBe('Resume');
			engine.userActivation = true;
			expectResumesAt(context, 4);
		}
	},
	{
		fault: 'stale `end` from a cancelled utterance, arriving after the next one started',
		setup: { fake: { cancelEvent: 'end', cancelEventDelayMs: 150, startDelayMs: 10 } },
		run: ({ clock, engine, player, untilSpeaking }) => {
			player.listenFrom(3);
			untilSpeaking(3);
			player.nextSentence();
			clock.advance(50);
			expect(player.status).toBe('playing');
			clock.advance(200);
			expect(player.line).toBe(4);
			untilSpeaking(5);
			expect(engine.texts).toEqual([lineText(3), lineText(4), spokenLine(5)]);
		}
	},
	{
		fault:
			'stale `error: interrupted` from a cancelled utterance, arriving after the next one started',
		setup: { fake: { cancelEvent: 'interrupted', cancelEventDelayMs: 150, startDelayMs: 10 } },
		run: ({ clock, player, untilSpeaking }) => {
			player.listenFrom(3);
			untilSpeaking(3);
			player.seek(9);
			clock.advance(200);
			// Not taken for an interruption of the new sentence: still playing it.
			expect(player.status).toBe('playing');
			expect(player.line).toBe(9);
			untilSpeaking(10);
		}
	},
	{
		fault: 'stale `end` and `error` arriving while paused',
		setup: { fake: { cancelEvent: 'interrupted', cancelEventDelayMs: 300 } },
		run: ({ clock, engine, player, untilSpeaking }) => {
			player.listenFrom(12);
			untilSpeaking(12);
			player.toggle();
			engine.options.cancelEvent = 'end';
			player.toggle();
			player.toggle();
			clock.advance(1_000);
			expect(player.status).toBe('paused');
			expect(player.line).toBe(12);
			expect(player.problem).toBeNull();
		}
	},
	{
		fault: 'rapid clicking of Play/Pause/Next: 100 requests in one second',
		setup: { fake: { cancelEventDelayMs: 30, dropSpeakWithinMs: 2 } },
		run: async ({ clock, engine, player, storage, untilSpeaking }) => {
			player.toggle();
			untilSpeaking(0);
			const requests = [
				() => player.toggle(),
				() => player.nextSentence(),
				() => player.nextSentence(),
				() => player.previousSentence(),
				() => player.nextSection(),
				() => player.previousSection(),
				() => player.seek(engine.spoken.length % script.lines.length)
			];
			let seed = 11;
			const start = clock.now();
			for (let i = 0; i < 100; i++) {
				seed = (seed * 16807) % 2147483647;
				requests[seed % requests.length]!();
				clock.advance(10);
			}
			expect(clock.now() - start).toBeLessThanOrEqual(1_000);
			// Whatever the last request left, it is one coherent state, and the place is saved.
			const line = player.line;
			await settle();
			if (player.status === 'paused')
				expect((await storage.getPosition('test-article'))?.line).toBe(line);
			if (!player.speaking) player.toggle();
			untilSpeaking(line);
			const from = engine.last!.id;
			advanceUntil(clock, () => player.status === 'ended');
			const after = engine.spoken
				.filter((u) => u.id >= from && u.outcome !== 'dropped')
				.map((u) => u.request.text);
			const expected = script.lines.slice(line).map((_, i) => spokenLine(line + i));
			expect(after.join(' ')).toBe(expected.join(' '));
		}
	}
];

let survived = 0;

describe('every speech fault, injected', () => {
	it.each(faults)('$fault', async (row) => {
		const context = setup(row.setup);
		await row.run(context);
		expectSensible(context);
		survived++;
	});
});

afterAll(() => {
	console.log(`Reliability (speech, unit): ${faults.length} faults injected, ${survived} survived`);
});
