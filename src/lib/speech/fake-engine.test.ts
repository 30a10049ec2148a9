import { describe, expect, it } from 'vitest';
import { FakeClock } from './clock';
import type { SpeechEvent } from './engine';
import { FakeSpeechEngine } from './fake-engine';

const request = (text: string) => ({ text, lang: 'en', voiceId: 'en-us-local', rate: 1, pitch: 1 });

function record(engine: FakeSpeechEngine): SpeechEvent[] {
	const events: SpeechEvent[] = [];
	engine.subscribe((event) => events.push(event));
	return events;
}

describe('the fake speech engine', () => {
	it('speaks on its clock: start, a boundary per word, end', () => {
		const clock = new FakeClock();
		const engine = new FakeSpeechEngine(clock, { wordsPerMinute: 60, startDelayMs: 100 });
		const events = record(engine);
		const id = engine.speak(request('one two three'));
		expect(events).toEqual([]);
		clock.advance(100);
		expect(events.map((e) => e.type)).toEqual(['start', 'boundary']);
		clock.advance(3_000);
		expect(events).toEqual([
			{ type: 'start', utterance: id },
			{ type: 'boundary', utterance: id, charIndex: 0, charLength: 3, name: 'word' },
			{ type: 'boundary', utterance: id, charIndex: 4, charLength: 3, name: 'word' },
			{ type: 'boundary', utterance: id, charIndex: 8, charLength: 5, name: 'word' },
			{ type: 'end', utterance: id }
		]);
		expect(engine.speaking).toBe(false);
	});

	it('queues a second speak behind the first, as speechSynthesis does', () => {
		const clock = new FakeClock();
		const engine = new FakeSpeechEngine(clock);
		engine.speak(request('first'));
		engine.speak(request('second'));
		clock.advance(60_000);
		expect(engine.spoken.map((u) => u.outcome)).toEqual(['ended', 'ended']);
		expect(engine.spoken[1]!.at).toBe(0);
	});

	it('goes silent at the cut-off without `end`, still claiming to speak', () => {
		const clock = new FakeClock();
		const engine = new FakeSpeechEngine(clock, { cutOffAfterMs: 15_000, wordsPerMinute: 60 });
		const events = record(engine);
		engine.speak(request(Array.from({ length: 30 }, () => 'word').join(' ')));
		clock.advance(120_000);
		expect(events.filter((e) => e.type === 'boundary').length).toBeLessThan(30);
		expect(events.some((e) => e.type === 'end')).toBe(false);
		expect(engine.speaking).toBe(true);
		expect(engine.current?.outcome).toBe('cut-off');
	});

	it('sends stale events after a cancel, and drops a speak that follows too closely', () => {
		const clock = new FakeClock();
		const engine = new FakeSpeechEngine(clock, {
			cancelEvent: 'end',
			cancelEventDelayMs: 300,
			dropSpeakWithinMs: 10
		});
		const events = record(engine);
		const first = engine.speak(request('one two'));
		clock.advance(60);
		engine.cancel();
		engine.speak(request('dropped'));
		clock.advance(20);
		const third = engine.speak(request('three'));
		clock.advance(400);
		expect(engine.spoken.map((u) => u.outcome)).toEqual(['cancelled', 'dropped', 'ended']);
		const stale = events.findIndex((e) => e.type === 'end' && e.utterance === first);
		const thirdStart = events.findIndex((e) => e.type === 'start' && e.utterance === third);
		expect(thirdStart).toBeGreaterThanOrEqual(0);
		expect(stale).toBeGreaterThan(thirdStart);
	});

	it('loses `end` on request, fails on request, and fails network voices offline', () => {
		const clock = new FakeClock();
		const engine = new FakeSpeechEngine(clock, { offline: true });
		const events = record(engine);
		engine.loseEnd();
		engine.speak(request('lost'));
		clock.advance(5_000);
		expect(events.some((e) => e.type === 'end')).toBe(false);
		engine.cancel();
		engine.failNext('synthesis-failed');
		const failed = engine.speak(request('fails'));
		const offline = engine.speak({ ...request('offline'), voiceId: 'en-us-network' });
		clock.advance(5_000);
		expect(events).toContainEqual({ type: 'error', utterance: failed, error: 'synthesis-failed' });
		expect(events).toContainEqual({ type: 'error', utterance: offline, error: 'network' });
	});

	it('fires voiceschanged for late or changed voice lists', () => {
		const clock = new FakeClock();
		const engine = new FakeSpeechEngine(clock, { voices: [] });
		const events = record(engine);
		engine.voiceSchedule([
			{ afterMs: 500, voices: [{ id: 'x', name: 'X', lang: 'en', local: true, isDefault: false }] }
		]);
		expect(engine.voices()).toEqual([]);
		clock.advance(500);
		expect(events).toEqual([{ type: 'voiceschanged' }]);
		expect(engine.voices().map((v) => v.id)).toEqual(['x']);
	});
});
