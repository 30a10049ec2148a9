import { describe, expect, it } from 'vitest';
import type { SpeechEvent } from './engine';
import { WebSpeechEngine, type WebSpeechHost } from './web-speech';

/** A minimal stand-in for the browser's speechSynthesis, recording what the adapter does. */
class FakeUtterance {
	lang = '';
	voice: unknown = null;
	rate = 1;
	pitch = 1;
	volume = 1;
	onstart: (() => void) | null = null;
	onboundary: ((event: { charIndex: number; charLength?: number; name: string }) => void) | null =
		null;
	onend: (() => void) | null = null;
	onerror: ((event: { error: string }) => void) | null = null;
	constructor(readonly text: string) {}
}

function fakeHost() {
	const calls: string[] = [];
	const tasks: (() => void)[] = [];
	const queue: FakeUtterance[] = [];
	const voices = [
		{ voiceURI: 'af', name: 'Afrikaans', lang: 'af', localService: true, default: true },
		{ voiceURI: 'en', name: 'English', lang: 'en_US', localService: true, default: false },
		{ voiceURI: 'net', name: 'Google', lang: 'en-US', localService: false, default: false }
	];
	let voicesChanged: (() => void) | null = null;
	const synth = {
		get speaking() {
			return queue.length > 0;
		},
		pending: false,
		getVoices: () => voices,
		speak: (u: FakeUtterance) => {
			calls.push(`speak:${u.text}`);
			queue.push(u);
		},
		cancel: () => {
			calls.push('cancel');
			for (const u of queue.splice(0)) tasks.push(() => u.onerror?.({ error: 'interrupted' }));
		},
		pause: () => calls.push('pause'),
		resume: () => calls.push('resume'),
		addEventListener: (_: string, listener: () => void) => (voicesChanged = listener),
		removeEventListener: () => (voicesChanged = null)
	};
	const host = {
		speechSynthesis: synth as unknown as SpeechSynthesis,
		SpeechSynthesisUtterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
		setTimeout: (callback: () => void) => tasks.push(callback)
	} satisfies WebSpeechHost;
	/** Runs the tasks queued so far (the next turn of the event loop). */
	const runTasks = () => {
		for (const task of tasks.splice(0)) task();
	};
	return { host, synth, calls, queue, runTasks, fireVoicesChanged: () => voicesChanged?.() };
}

describe('the Web Speech adapter', () => {
	it('lists voices with normalised languages and network voices marked', () => {
		const { host } = fakeHost();
		const engine = new WebSpeechEngine(host);
		expect(engine.supported).toBe(true);
		expect(engine.voices()).toEqual([
			{ id: 'af', name: 'Afrikaans', lang: 'af', local: true, isDefault: true },
			{ id: 'en', name: 'English', lang: 'en-US', local: true, isDefault: false },
			{ id: 'net', name: 'Google', lang: 'en-US', local: false, isDefault: false }
		]);
	});

	it('sets lang, the chosen voice, rate and pitch on every utterance, synchronously', () => {
		const { host, queue } = fakeHost();
		const engine = new WebSpeechEngine(host);
		engine.speak({ text: 'Hello.', lang: 'en', voiceId: 'en', rate: 1.5, pitch: 0.8 });
		expect(queue).toHaveLength(1);
		expect(queue[0]).toMatchObject({ text: 'Hello.', lang: 'en', rate: 1.5, pitch: 0.8 });
		expect((queue[0]!.voice as { voiceURI: string }).voiceURI).toBe('en');
	});

	it.each([
		['no volume asked for: full', undefined, 1],
		['a fade step', 0.4, 0.4],
		['above full, clamped', 1.7, 1],
		['below silence, clamped', -0.2, 0]
	])('sets the volume of each utterance (%s)', (_case, volume, expected) => {
		const { host, queue } = fakeHost();
		const engine = new WebSpeechEngine(host);
		engine.speak({ text: 'Hello.', lang: 'en', voiceId: 'en', rate: 1, pitch: 1, volume });
		expect(queue[0]!.volume).toBe(expected);
	});

	it('tags events with the utterance id, so stale ones can be told apart', () => {
		const { host, queue, runTasks } = fakeHost();
		const engine = new WebSpeechEngine(host);
		const events: SpeechEvent[] = [];
		engine.subscribe((event) => events.push(event));
		const first = engine.speak({ text: 'One.', lang: 'en', voiceId: 'en', rate: 1, pitch: 1 });
		queue[0]!.onstart?.();
		queue[0]!.onboundary?.({ charIndex: 0, charLength: 3, name: 'word' });
		engine.cancel();
		const second = engine.speak({ text: 'Two.', lang: 'en', voiceId: 'en', rate: 1, pitch: 1 });
		runTasks();
		expect(events).toEqual([
			{ type: 'start', utterance: first },
			{ type: 'boundary', utterance: first, charIndex: 0, charLength: 3, name: 'word' },
			{ type: 'error', utterance: first, error: 'interrupted' }
		]);
		expect(second).not.toBe(first);
	});

	it('reports events an engine fires inside speak() itself only once speak() has returned its id', async () => {
		const { host, synth } = fakeHost();
		// A synchronous engine: it starts, and even ends, before speak() returns.
		synth.speak = (u: FakeUtterance) => {
			u.onstart?.();
			u.onend?.();
		};
		const engine = new WebSpeechEngine(host);
		const events: SpeechEvent[] = [];
		let idWhenReported: number | null = null;
		let id: number | null = null;
		engine.subscribe((event) => {
			events.push(event);
			idWhenReported ??= id;
		});
		id = engine.speak({ text: 'One.', lang: 'en', voiceId: 'en', rate: 1, pitch: 1 });
		expect(events).toEqual([]);
		await Promise.resolve();
		expect(events).toEqual([
			{ type: 'start', utterance: id },
			{ type: 'end', utterance: id }
		]);
		expect(idWhenReported).toBe(id);
	});

	it('holds a speak right after a cancel until the next task; rapid requests reach it once', () => {
		const { host, calls, runTasks } = fakeHost();
		const engine = new WebSpeechEngine(host);
		engine.speak({ text: 'Start.', lang: 'en', voiceId: 'en', rate: 1, pitch: 1 });
		for (let i = 0; i < 100; i++) {
			engine.cancel();
			engine.speak({ text: `Request ${i}.`, lang: 'en', voiceId: 'en', rate: 1, pitch: 1 });
		}
		expect(calls.filter((c) => c.startsWith('speak'))).toEqual(['speak:Start.']);
		runTasks();
		expect(calls.filter((c) => c.startsWith('speak'))).toEqual([
			'speak:Start.',
			'speak:Request 99.'
		]);
	});

	it('uses a message to itself for the next task where it can (a timer may wait behind a frame)', async () => {
		const { host, calls } = fakeHost();
		const engine = new WebSpeechEngine({ ...host, MessageChannel });
		engine.speak({ text: 'Start.', lang: 'en', voiceId: 'en', rate: 1, pitch: 1 });
		engine.cancel();
		engine.speak({ text: 'Next.', lang: 'en', voiceId: 'en', rate: 1, pitch: 1 });
		expect(calls.filter((c) => c.startsWith('speak'))).toEqual(['speak:Start.']);
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(calls.filter((c) => c.startsWith('speak'))).toEqual(['speak:Start.', 'speak:Next.']);
	});

	it('never calls pause() or resume()', () => {
		const { host, calls, runTasks } = fakeHost();
		const engine = new WebSpeechEngine(host);
		engine.speak({ text: 'A.', lang: 'en', voiceId: null, rate: 1, pitch: 1 });
		engine.cancel();
		engine.speak({ text: 'B.', lang: 'en', voiceId: null, rate: 1, pitch: 1 });
		runTasks();
		engine.dispose();
		expect(calls).not.toContain('pause');
		expect(calls).not.toContain('resume');
	});

	it('passes voiceschanged on, and reports no synthesis when the API is missing', () => {
		const { host, fireVoicesChanged } = fakeHost();
		const engine = new WebSpeechEngine(host);
		const events: SpeechEvent[] = [];
		engine.subscribe((event) => events.push(event));
		fireVoicesChanged();
		expect(events).toEqual([{ type: 'voiceschanged' }]);

		const tasks: (() => void)[] = [];
		const bare = new WebSpeechEngine({ setTimeout: (callback) => tasks.push(callback) });
		expect(bare.supported).toBe(false);
		expect(bare.voices()).toEqual([]);
		const failures: SpeechEvent[] = [];
		bare.subscribe((event) => failures.push(event));
		const id = bare.speak({ text: 'A.', lang: 'en', voiceId: null, rate: 1, pitch: 1 });
		for (const task of tasks) task();
		expect(failures).toEqual([{ type: 'error', utterance: id, error: 'synthesis-unavailable' }]);
	});
});
