/**
 * A fake `speechSynthesis` and `SpeechSynthesisUtterance`, installed in the page by an init script
 * before Hark's own scripts run. It records every `speak()` (text, lang, voice, rate, pitch, time)
 * and every `cancel()`/`pause()`/`resume()`, and fires `start`, word `boundary` and `end` events on
 * timers the test can speed up (`msPerWord`), stop (`mode: 'manual'`) and step (`finishUtterance`).
 * Faults for the reliability specs: the silent cut-off (`cutOffAfterMs`), an utterance failing with
 * an error code (`failNextUtterance`), and a jammed engine that reports nothing at all (`jamSpeech`).
 * Reused by the player, reliability and benchmark specs.
 */
import type { Page } from '@playwright/test';

/** A voice the fake offers. */
export interface FakeVoiceSpec {
	voiceURI: string;
	name: string;
	lang: string;
	localService: boolean;
	default: boolean;
}

/** How the fake behaves. */
export interface FakeSpeechOptions {
	/** The voices listed (default: an Afrikaans default voice, two English voices, a French one). */
	voices?: FakeVoiceSpec[];
	/** Milliseconds before the voice list arrives (0: at once; null: never). */
	voicesDelayMs?: number | null;
	/** Milliseconds from speak() to `start`. */
	startDelayMs?: number;
	/** Milliseconds per word: how fast the fake "speaks". */
	msPerWord?: number;
	/** Whether word boundaries are reported. */
	boundaries?: boolean;
	/** 'auto': events run on timers; 'manual': an utterance ends only when the test says so. */
	mode?: 'auto' | 'manual';
	/** Chrome's silent cut-off: after this many ms of one utterance nothing more fires, `speaking` stays true. */
	cutOffAfterMs?: number | null;
}

/** One speak() as the page made it. */
export interface SpokenUtterance {
	text: string;
	lang: string;
	voiceURI: string | null;
	voiceName: string | null;
	rate: number;
	pitch: number;
	/** The utterance's volume, 0–1. */
	volume: number;
	/** performance.now() in the page when speak() was called. */
	at: number;
}

/** Counts of the calls the page made. */
export interface SpeechCalls {
	speak: number;
	cancel: number;
	pause: number;
	resume: number;
}

export const defaultFakeVoices: FakeVoiceSpec[] = [
	{ voiceURI: 'fake-af', name: 'Afrikaans', lang: 'af', localService: true, default: true },
	{
		voiceURI: 'fake-en-us',
		name: 'Fake English (US)',
		lang: 'en-US',
		localService: true,
		default: false
	},
	{
		voiceURI: 'fake-en-gb',
		name: 'Fake English (UK)',
		lang: 'en-GB',
		localService: true,
		default: false
	},
	{ voiceURI: 'fake-fr', name: 'Fake French', lang: 'fr-FR', localService: true, default: false }
];

/** The in-page side; serialised into the init script, so it must not refer to anything outside. */
function installInPage(options: Required<FakeSpeechOptions>): void {
	type Handler = ((event: Event) => void) | null;
	const settings = { ...options };
	const log: SpokenUtterance[] = [];
	const calls: SpeechCalls = { speak: 0, cancel: 0, pause: 0, resume: 0 };
	let voices: FakeVoiceSpec[] = settings.voicesDelayMs === 0 ? settings.voices : [];
	let current: FakeUtterance | null = null;
	const queue: FakeUtterance[] = [];
	let timers: number[] = [];
	/** Error codes the next utterances fail with, in order. */
	const failures: string[] = [];
	/** Whether the engine is jammed: it accepts everything and reports nothing. */
	let jammed = false;

	class FakeUtterance extends EventTarget {
		text: string;
		lang = '';
		voice: FakeVoiceSpec | null = null;
		rate = 1;
		pitch = 1;
		volume = 1;
		onstart: Handler = null;
		onend: Handler = null;
		onerror: Handler = null;
		onboundary: Handler = null;
		onpause: Handler = null;
		onresume: Handler = null;
		onmark: Handler = null;
		constructor(text = '') {
			super();
			this.text = String(text);
		}
		fire(type: string, extra: Record<string, unknown> = {}) {
			const event = new Event(type);
			Object.assign(
				event,
				{ utterance: this, charIndex: 0, charLength: 0, elapsedTime: 0, name: '' },
				extra
			);
			const handler = (this as unknown as Record<string, Handler>)[`on${type}`];
			handler?.call(this, event);
			this.dispatchEvent(event);
		}
	}

	const clearTimers = () => {
		for (const timer of timers) clearTimeout(timer);
		timers = [];
	};
	const words = (text: string) => [...text.matchAll(/\S+/g)];

	function finish(utterance: FakeUtterance) {
		if (current !== utterance) return;
		clearTimers();
		current = null;
		utterance.fire('end', { charIndex: utterance.text.length });
		next();
	}

	function begin(utterance: FakeUtterance) {
		current = utterance;
		if (jammed) return;
		const later = (ms: number, run: () => void) => timers.push(window.setTimeout(run, ms));
		const failure = failures.shift();
		if (failure) {
			later(settings.startDelayMs, () => {
				if (current !== utterance) return;
				clearTimers();
				current = null;
				utterance.fire('error', { error: failure });
				next();
			});
			return;
		}
		const cutOff = settings.cutOffAfterMs;
		const beforeCutOff = (ms: number) => cutOff === null || ms < cutOff;
		later(settings.startDelayMs, () => {
			if (current !== utterance) return;
			utterance.fire('start');
			const found = words(utterance.text);
			if (settings.boundaries)
				found.forEach((word, i) => {
					const fireBoundary = () => {
						if (current === utterance)
							utterance.fire('boundary', {
								name: 'word',
								charIndex: word.index,
								charLength: word[0].length
							});
					};
					const at = (i * settings.msPerWord) / utterance.rate;
					if (i === 0) fireBoundary();
					else if (settings.mode === 'auto' && beforeCutOff(at)) later(at, fireBoundary);
				});
			const duration = (Math.max(1, found.length) * settings.msPerWord) / utterance.rate;
			if (settings.mode === 'auto' && !beforeCutOff(duration)) return; // silent: no end, ever
			if (settings.mode === 'auto')
				later((Math.max(1, found.length) * settings.msPerWord) / utterance.rate, () =>
					finish(utterance)
				);
			else if (settings.boundaries && found[0]) {
				// A very slow voice, still on its first word: it shows progress, so no watchdog gives up on it.
				const first = found[0];
				const keepAlive = () => {
					if (current !== utterance) return;
					utterance.fire('boundary', {
						name: 'word',
						charIndex: first.index,
						charLength: first[0].length
					});
					later(1000, keepAlive);
				};
				later(1000, keepAlive);
			}
		});
	}

	function next() {
		const following = queue.shift();
		if (following) begin(following);
	}

	const synth = new EventTarget() as EventTarget & {
		onvoiceschanged: Handler;
		speaking: boolean;
		pending: boolean;
		paused: boolean;
		getVoices(): FakeVoiceSpec[];
		speak(utterance: FakeUtterance): void;
		cancel(): void;
		pause(): void;
		resume(): void;
	};
	Object.defineProperties(synth, {
		speaking: { get: () => current !== null },
		pending: { get: () => queue.length > 0 },
		paused: { get: () => false }
	});
	synth.onvoiceschanged = null;
	synth.getVoices = () => voices.map((voice) => ({ ...voice }));
	synth.speak = (utterance) => {
		calls.speak++;
		log.push({
			text: utterance.text,
			lang: utterance.lang,
			voiceURI: utterance.voice?.voiceURI ?? null,
			voiceName: utterance.voice?.name ?? null,
			rate: utterance.rate,
			pitch: utterance.pitch,
			volume: utterance.volume,
			at: performance.now()
		});
		if (current) queue.push(utterance);
		else begin(utterance);
	};
	synth.cancel = () => {
		calls.cancel++;
		const cancelled = [...(current ? [current] : []), ...queue.splice(0)];
		clearTimers();
		current = null;
		if (jammed) return;
		for (const utterance of cancelled)
			setTimeout(() => utterance.fire('error', { error: 'interrupted' }), 0);
	};
	synth.pause = () => {
		calls.pause++;
	};
	synth.resume = () => {
		calls.resume++;
	};
	const setVoices = (list: FakeVoiceSpec[]) => {
		voices = list;
		const event = new Event('voiceschanged');
		synth.onvoiceschanged?.(event);
		synth.dispatchEvent(event);
	};
	if (settings.voicesDelayMs !== null && settings.voicesDelayMs > 0)
		setTimeout(() => setVoices(settings.voices), settings.voicesDelayMs);

	Object.defineProperty(window, 'speechSynthesis', { configurable: true, get: () => synth });
	Object.defineProperty(window, 'SpeechSynthesisUtterance', {
		configurable: true,
		writable: true,
		value: FakeUtterance
	});
	Object.defineProperty(window, '__fakeSpeech', {
		value: {
			log,
			calls,
			settings,
			/** Ends the utterance being spoken now (manual mode's step). */
			finishUtterance() {
				if (current) finish(current);
			},
			/** Whether an utterance is being spoken. */
			get speaking() {
				return current !== null;
			},
			setVoices,
			/** Makes the next utterance fail with `error` instead of starting. */
			failNext(error: string) {
				failures.push(error);
			},
			/** Jams (true) or frees (false) the engine: while jammed nothing fires at all. */
			jam(on: boolean) {
				jammed = on;
			}
		}
	});
}

/** Installs the fake speech engine in every page `page` opens from now on. */
export async function installFakeSpeech(
	page: Page,
	options: FakeSpeechOptions = {}
): Promise<void> {
	const full: Required<FakeSpeechOptions> = {
		voices: defaultFakeVoices,
		voicesDelayMs: 0,
		startDelayMs: 5,
		msPerWord: 40,
		boundaries: true,
		mode: 'auto',
		cutOffAfterMs: null,
		...options
	};
	// As source text, with a `__name` helper in scope: tools that compile this file with esbuild's
	// keepNames (tsx, for the benchmark) insert calls to it that the page would not otherwise have.
	await page.addInitScript({
		content: `(() => { const __name = (fn) => fn; (${installInPage.toString()})(${JSON.stringify(full)}); })();`
	});
}

/** The page's handle on the fake. */
interface FakeHandle {
	log: SpokenUtterance[];
	calls: SpeechCalls;
	settings: Required<FakeSpeechOptions>;
	finishUtterance(): void;
	speaking: boolean;
	setVoices(list: FakeVoiceSpec[]): void;
	failNext(error: string): void;
	jam(on: boolean): void;
}
declare global {
	interface Window {
		__fakeSpeech: FakeHandle;
	}
}

/** Every utterance spoken so far in the page. */
export function spokenLog(page: Page): Promise<SpokenUtterance[]> {
	return page.evaluate(() => window.__fakeSpeech.log);
}

/** The texts spoken so far. */
export async function spokenTexts(page: Page): Promise<string[]> {
	return (await spokenLog(page)).map((u) => u.text);
}

/** How many times the page called speak, cancel, pause and resume. */
export function speechCalls(page: Page): Promise<SpeechCalls> {
	return page.evaluate(() => ({ ...window.__fakeSpeech.calls }));
}

/** Changes how the fake behaves from now on (e.g. `{ mode: 'manual' }` or a faster `msPerWord`). */
export async function setFakeSpeech(
	page: Page,
	changes: Partial<FakeSpeechOptions>
): Promise<void> {
	await page.evaluate((values) => Object.assign(window.__fakeSpeech.settings, values), changes);
}

/** Ends the utterance being spoken (stepping the fake in manual mode). */
export async function finishUtterance(page: Page): Promise<void> {
	await page.evaluate(() => window.__fakeSpeech.finishUtterance());
}

/** Whether the fake is speaking an utterance now. */
export function fakeSpeaking(page: Page): Promise<boolean> {
	return page.evaluate(() => window.__fakeSpeech.speaking);
}

/** Replaces the voice list, firing voiceschanged. */
export async function setFakeVoices(page: Page, voices: FakeVoiceSpec[]): Promise<void> {
	await page.evaluate((list) => window.__fakeSpeech.setVoices(list), voices);
}

/** Makes the next utterance fail with a `SpeechSynthesisErrorEvent.error` code instead of starting. */
export async function failNextUtterance(page: Page, error: string): Promise<void> {
	await page.evaluate((code) => window.__fakeSpeech.failNext(code), error);
}

/** Jams the engine (nothing fires at all: no start, no end, no error after a cancel) or frees it. */
export async function jamSpeech(page: Page, jammed: boolean): Promise<void> {
	await page.evaluate((on) => window.__fakeSpeech.jam(on), jammed);
}
