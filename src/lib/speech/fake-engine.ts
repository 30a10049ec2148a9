/**
 * A fake speech engine on a controllable clock, for tests of the player (and of anything built on it).
 * It speaks nothing: it schedules `start`, word `boundary` and `end` events on a `FakeClock` as a
 * voice would, and can reproduce every platform behaviour in shared/notes/web-speech.md:
 *
 * - voices that arrive late, in parts, change, or never arrive (`voices`, `setVoices`, `voiceSchedule`);
 * - voices without word boundaries (`boundaries: false`) or without `charLength`;
 * - Chrome's silent cut-off after ~15 s of one utterance, `end` never firing (`cutOffAfterMs`);
 * - `end` that never comes for particular utterances (`loseEnd`);
 * - stale `end`/`error: interrupted` events arriving after a cancel (`cancelEvent`, `cancelEventDelayMs`);
 * - a speak right after a cancel being dropped (`dropSpeakWithinMs`);
 * - failures: `synthesis-failed`, `audio-busy`, `network` (network voices while offline), `not-allowed`
 *   (no user activation), … (`failNext`, `offline`, `requireActivation`);
 * - no speech synthesis at all (`supported: false`).
 *
 * Everything it was asked to do is recorded in `spoken` and `calls`, for assertions.
 * Pure: no Svelte, no DOM.
 */
import type { FakeClock } from './clock';
import type {
	SpeakRequest,
	SpeechEngine,
	SpeechErrorCode,
	SpeechEvent,
	SpeechListener,
	SpeechVoice
} from './engine';

/** How the fake behaves; every field can also be changed later on `fake.options`. */
export interface FakeEngineOptions {
	/** Whether speech synthesis exists at all (false: no voices, every speak fails). */
	supported: boolean;
	/** Milliseconds from speak() to `start`. */
	startDelayMs: number;
	/** Words per minute at rate 1. */
	wordsPerMinute: number;
	/** Whether word boundaries are reported. */
	boundaries: boolean;
	/** Whether boundaries carry `charLength` (Safari's do not). */
	boundaryLength: boolean;
	/** After this many ms of one utterance, speech stops silently and `end` never fires (Chrome: ~15 000). */
	cutOffAfterMs: number | null;
	/** What a cancelled utterance reports afterwards: Chromium `error: interrupted`, Firefox `end`, or nothing. */
	cancelEvent: 'interrupted' | 'end' | 'none';
	/** How late that stale event arrives. */
	cancelEventDelayMs: number;
	/** A speak() within this many ms after a cancel() is silently dropped (0: never). */
	dropSpeakWithinMs: number;
	/** Whether network voices fail with `network`. */
	offline: boolean;
	/** Whether speaking needs a user activation first (`not-allowed` until `userActivation` is set). */
	requireActivation: boolean;
}

/** One speak() the fake received. */
export interface FakeUtterance {
	/** The utterance id returned by speak(). */
	id: number;
	/** What was asked. */
	request: SpeakRequest;
	/** Fake-clock time of the speak() call. */
	at: number;
	/** What became of it. */
	outcome: 'queued' | 'speaking' | 'ended' | 'cancelled' | 'failed' | 'dropped' | 'cut-off';
}

/** A failure to inject into a coming utterance. */
interface PlannedFailure {
	error: SpeechErrorCode;
	/** Fail instead of starting, or after starting (part-way through). */
	when: 'before-start' | 'after-start';
}

export const defaultFakeOptions: FakeEngineOptions = {
	supported: true,
	startDelayMs: 50,
	wordsPerMinute: 180,
	boundaries: true,
	boundaryLength: true,
	cutOffAfterMs: null,
	cancelEvent: 'interrupted',
	cancelEventDelayMs: 5,
	dropSpeakWithinMs: 0,
	offline: false,
	requireActivation: false
};

/** A few voices like a desktop browser lists: local and network, several languages, a novelty voice. */
export const sampleVoices: SpeechVoice[] = [
	{ id: 'af', name: 'Afrikaans', lang: 'af', local: true, isDefault: true },
	{ id: 'en-us-local', name: 'English (America)', lang: 'en-US', local: true, isDefault: false },
	{
		id: 'en-gb-local',
		name: 'English (Great Britain)',
		lang: 'en-GB',
		local: true,
		isDefault: false
	},
	{
		id: 'en-us-network',
		name: 'Google US English',
		lang: 'en-US',
		local: false,
		isDefault: false
	},
	{ id: 'en-novelty', name: 'Bubbles', lang: 'en-US', local: true, isDefault: false },
	{ id: 'fr-local', name: 'Français', lang: 'fr-FR', local: true, isDefault: false }
];

const wordPattern = /\S+/g;

/** The fake engine. */
export class FakeSpeechEngine implements SpeechEngine {
	/** How it behaves; change fields at any time. */
	options: FakeEngineOptions;
	/** Every speak() in order. */
	readonly spoken: FakeUtterance[] = [];
	/** Every call in order ("speak:<id>", "cancel"), to check what the player asked for. */
	readonly calls: string[] = [];
	/** Whether a user activation has happened (for `requireActivation`). */
	userActivation = false;
	#voices: SpeechVoice[];
	#listeners = new Set<SpeechListener>();
	#nextId = 1;
	#current: FakeUtterance | null = null;
	#queue: FakeUtterance[] = [];
	#timers = new Map<number, number[]>();
	#lastCancelAt = -Infinity;
	#failures: PlannedFailure[] = [];
	#lostEnds = 0;
	#disposed = false;

	constructor(
		/** The clock its events run on. */
		readonly clock: FakeClock,
		options: Partial<FakeEngineOptions> & { voices?: SpeechVoice[] } = {}
	) {
		const { voices = sampleVoices, ...rest } = options;
		this.options = { ...defaultFakeOptions, ...rest };
		this.#voices = this.options.supported ? [...voices] : [];
	}

	get supported(): boolean {
		return this.options.supported;
	}

	/** Whether the fake is speaking (true through a silent cut-off, as Chrome reports). */
	get speaking(): boolean {
		return this.#current !== null;
	}

	/** The utterance being spoken, if any. */
	get current(): FakeUtterance | null {
		return this.#current;
	}

	/** The last utterance spoken (or dropped). */
	get last(): FakeUtterance | undefined {
		return this.spoken.at(-1);
	}

	/** Volume of every utterance that reached the voice, in order (1 when none was asked for). */
	get volumes(): number[] {
		return this.spoken.filter((u) => u.outcome !== 'dropped').map((u) => u.request.volume ?? 1);
	}

	/** Texts of every utterance that reached the voice, in order. */
	get texts(): string[] {
		return this.spoken.filter((u) => u.outcome !== 'dropped').map((u) => u.request.text);
	}

	voices(): SpeechVoice[] {
		return [...this.#voices];
	}

	/** Replaces the voice list and fires `voiceschanged` (late, partial or changed voices). */
	setVoices(voices: SpeechVoice[]): void {
		this.#voices = [...voices];
		this.#emit({ type: 'voiceschanged' });
	}

	/** Makes the voice list arrive in steps: each entry replaces the list `afterMs` from now. */
	voiceSchedule(steps: { afterMs: number; voices: SpeechVoice[] }[]): void {
		for (const step of steps)
			this.clock.setTimeout(() => this.setVoices(step.voices), step.afterMs);
	}

	/** Makes the next utterance fail with `error`, before it starts or part-way through. */
	failNext(error: SpeechErrorCode, when: PlannedFailure['when'] = 'before-start'): void {
		this.#failures.push({ error, when });
	}

	/** Makes the next `count` utterances never report `end` (speech finishes; nothing is said). */
	loseEnd(count = 1): void {
		this.#lostEnds += count;
	}

	speak(request: SpeakRequest): number {
		const utterance: FakeUtterance = {
			id: this.#nextId++,
			request: { ...request },
			at: this.clock.now(),
			outcome: 'queued'
		};
		this.spoken.push(utterance);
		this.calls.push(`speak:${utterance.id}`);
		if (this.#disposed) {
			utterance.outcome = 'dropped';
			return utterance.id;
		}
		if (
			this.options.dropSpeakWithinMs > 0 &&
			this.clock.now() - this.#lastCancelAt < this.options.dropSpeakWithinMs
		) {
			utterance.outcome = 'dropped';
			return utterance.id;
		}
		if (!this.options.supported) {
			this.#later(utterance, 0, () => this.#fail(utterance, 'synthesis-unavailable'));
			return utterance.id;
		}
		if (this.options.requireActivation && !this.userActivation) {
			this.#later(utterance, 0, () => this.#fail(utterance, 'not-allowed'));
			return utterance.id;
		}
		if (this.#current) this.#queue.push(utterance);
		else this.#begin(utterance);
		return utterance.id;
	}

	cancel(): void {
		this.calls.push('cancel');
		this.#lastCancelAt = this.clock.now();
		const cancelled = [...(this.#current ? [this.#current] : []), ...this.#queue];
		this.#current = null;
		this.#queue = [];
		for (const utterance of cancelled) {
			this.#clearTimers(utterance);
			const wasSpeaking = utterance.outcome === 'speaking' || utterance.outcome === 'cut-off';
			utterance.outcome = 'cancelled';
			const { cancelEvent, cancelEventDelayMs } = this.options;
			if (cancelEvent === 'none') continue;
			// Stale events: they arrive after the cancel, possibly after the next utterance started.
			this.clock.setTimeout(() => {
				if (this.#disposed) return;
				if (cancelEvent === 'end' && wasSpeaking)
					this.#emit({ type: 'end', utterance: utterance.id });
				else this.#emit({ type: 'error', utterance: utterance.id, error: 'interrupted' });
			}, cancelEventDelayMs);
		}
	}

	subscribe(listener: SpeechListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	dispose(): void {
		this.cancel();
		this.#disposed = true;
		this.#listeners.clear();
	}

	/** Duration in ms of `text` at `rate` for this fake voice. */
	durationOf(text: string, rate: number): number {
		const words = text.match(wordPattern)?.length ?? 0;
		return Math.max(1, Math.round((words / (this.options.wordsPerMinute * rate)) * 60_000));
	}

	/** Fires the current utterance's remaining events at once (the voice reaches its end now). */
	finishCurrent(): void {
		const current = this.#current;
		if (!current) return;
		this.#clearTimers(current);
		this.#end(current);
	}

	#begin(utterance: FakeUtterance): void {
		this.#current = utterance;
		const failure = this.#failures.shift();
		const voice = this.#voices.find((v) => v.id === utterance.request.voiceId);
		const { startDelayMs } = this.options;
		if (failure?.when === 'before-start') {
			this.#later(utterance, startDelayMs, () => this.#fail(utterance, failure.error));
			return;
		}
		if (this.options.offline && voice && !voice.local) {
			this.#later(utterance, startDelayMs, () => this.#fail(utterance, 'network'));
			return;
		}
		if (utterance.request.voiceId !== null && !voice) {
			this.#later(utterance, startDelayMs, () => this.#fail(utterance, 'voice-unavailable'));
			return;
		}
		const loseEnd = this.#lostEnds > 0;
		if (loseEnd) this.#lostEnds--;
		const { text, rate } = utterance.request;
		const duration = this.durationOf(text, rate);
		const cutOff = this.options.cutOffAfterMs;
		this.#later(utterance, startDelayMs, () => {
			utterance.outcome = 'speaking';
			this.#emit({ type: 'start', utterance: utterance.id });
		});
		if (this.options.boundaries) {
			const words = [...text.matchAll(wordPattern)];
			words.forEach((word, i) => {
				const at = (duration * i) / words.length;
				if (cutOff !== null && at >= cutOff) return;
				if (failure && at >= duration / 2) return;
				this.#later(utterance, startDelayMs + at, () =>
					this.#emit({
						type: 'boundary',
						utterance: utterance.id,
						charIndex: word.index,
						charLength: this.options.boundaryLength ? word[0].length : 0,
						name: 'word'
					})
				);
			});
		}
		if (failure) {
			this.#later(utterance, startDelayMs + duration / 2, () =>
				this.#fail(utterance, failure.error)
			);
			return;
		}
		if (cutOff !== null && duration > cutOff) {
			// Chrome: the voice falls silent, `end` never fires and `speaking` stays true.
			this.#later(utterance, startDelayMs + cutOff, () => (utterance.outcome = 'cut-off'));
			return;
		}
		this.#later(utterance, startDelayMs + duration, () => {
			if (loseEnd) {
				utterance.outcome = 'ended';
				return; // speech finished, `end` never reported, `speaking` stays true
			}
			this.#end(utterance);
		});
	}

	#end(utterance: FakeUtterance): void {
		utterance.outcome = 'ended';
		this.#emit({ type: 'end', utterance: utterance.id });
		this.#next(utterance);
	}

	#fail(utterance: FakeUtterance, error: SpeechErrorCode): void {
		this.#clearTimers(utterance);
		utterance.outcome = 'failed';
		this.#emit({ type: 'error', utterance: utterance.id, error });
		this.#next(utterance);
	}

	#next(finished: FakeUtterance): void {
		if (this.#current !== finished) return;
		this.#current = null;
		const queued = this.#queue.shift();
		if (queued) this.#begin(queued);
	}

	#later(utterance: FakeUtterance, ms: number, callback: () => void): void {
		const timers = this.#timers.get(utterance.id) ?? [];
		timers.push(
			this.clock.setTimeout(() => {
				if (!this.#disposed) callback();
			}, ms)
		);
		this.#timers.set(utterance.id, timers);
	}

	#clearTimers(utterance: FakeUtterance): void {
		for (const timer of this.#timers.get(utterance.id) ?? []) this.clock.clearTimeout(timer);
		this.#timers.delete(utterance.id);
	}

	#emit(event: SpeechEvent): void {
		for (const listener of [...this.#listeners]) listener(event);
	}
}
