/**
 * The Web Speech adapter: the only code in Hark that touches `speechSynthesis` and
 * `SpeechSynthesisUtterance`. It turns the platform into a `SpeechEngine`:
 *
 * - every utterance gets an id, carried by its events (the player ignores stale ones);
 * - a reference to every utterance is kept until it ends or fails (Safari and Chromium garbage-collect
 *   utterances mid-speech, and their events are lost);
 * - `lang` is always set and the voice is picked explicitly from the listed voices;
 * - a speak right after a cancel is held back to the next task, when the cancel has settled (several
 *   engines drop it otherwise), and a newer speak replaces one still held back, so a hundred rapid
 *   clicks reach the platform as one utterance;
 * - `pause()` and `resume()` are never called (broken on Android, Firefox/Linux, and they jam
 *   speech-dispatcher on Chromium/Linux).
 *
 * It listens to `voiceschanged` only while subscribed; `dispose()` cancels speech and lets go.
 */
import type {
	SpeakRequest,
	SpeechEngine,
	SpeechEvent,
	SpeechListener,
	SpeechVoice
} from './engine';
import { normaliseLang } from './engine';

/** What the adapter needs from the page (a `window`, or a fake of one in tests). */
export interface WebSpeechHost {
	speechSynthesis?: SpeechSynthesis;
	SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance;
	setTimeout(callback: () => void, ms: number): unknown;
	/** For a prompt next task (a timer may wait behind a frame); setTimeout when absent. */
	MessageChannel?: typeof MessageChannel;
}

/** The Web Speech API as a SpeechEngine. */
export class WebSpeechEngine implements SpeechEngine {
	readonly #synth: SpeechSynthesis | null;
	readonly #Utterance: typeof SpeechSynthesisUtterance | null;
	readonly #host: WebSpeechHost;
	#listeners = new Set<SpeechListener>();
	/** Platform voices by id, refreshed whenever the list is read. */
	#voicesById = new Map<string, SpeechSynthesisVoice>();
	/** Utterances not yet finished, kept so they cannot be garbage-collected mid-speech. */
	#live = new Map<number, SpeechSynthesisUtterance>();
	/** A speak held back until a cancel settles. */
	#held: SpeechSynthesisUtterance | null = null;
	/** Events reported while the platform's speak() is running, held until it has returned. */
	#early: SpeechEvent[] | null = null;
	/** Whether a cancel happened in this task while something was speaking. */
	#settling = false;
	#nextId = 1;
	#onVoicesChanged = () => this.#emit({ type: 'voiceschanged' });

	constructor(host: WebSpeechHost) {
		this.#host = host;
		this.#synth = host.speechSynthesis ?? null;
		this.#Utterance = host.SpeechSynthesisUtterance ?? null;
	}

	get supported(): boolean {
		return this.#synth !== null && this.#Utterance !== null;
	}

	voices(): SpeechVoice[] {
		if (!this.#synth) return [];
		let platformVoices: SpeechSynthesisVoice[];
		try {
			platformVoices = this.#synth.getVoices();
		} catch {
			return [];
		}
		this.#voicesById = new Map();
		const voices: SpeechVoice[] = [];
		for (const voice of platformVoices) {
			const id = voice.voiceURI || voice.name;
			if (this.#voicesById.has(id)) continue;
			this.#voicesById.set(id, voice);
			voices.push({
				id,
				name: voice.name,
				lang: normaliseLang(voice.lang || ''),
				local: voice.localService !== false,
				isDefault: voice.default === true
			});
		}
		return voices;
	}

	speak(request: SpeakRequest): number {
		const id = this.#nextId++;
		const synth = this.#synth;
		const Utterance = this.#Utterance;
		if (!synth || !Utterance) {
			this.#host.setTimeout(
				() => this.#emit({ type: 'error', utterance: id, error: 'synthesis-unavailable' }),
				0
			);
			return id;
		}
		const utterance = new Utterance(request.text);
		utterance.lang = request.lang;
		if (request.voiceId !== null) {
			if (!this.#voicesById.has(request.voiceId)) this.voices();
			const voice = this.#voicesById.get(request.voiceId);
			if (voice) utterance.voice = voice;
		}
		utterance.rate = request.rate;
		utterance.pitch = request.pitch;
		utterance.volume = Math.min(1, Math.max(0, request.volume ?? 1));
		const finish = () => {
			this.#live.delete(id);
			if (this.#held === utterance) this.#held = null;
		};
		utterance.onstart = () => this.#emit({ type: 'start', utterance: id });
		utterance.onboundary = (event) =>
			this.#emit({
				type: 'boundary',
				utterance: id,
				charIndex: event.charIndex,
				charLength: event.charLength ?? 0,
				name: event.name === 'sentence' ? 'sentence' : 'word'
			});
		utterance.onend = () => {
			finish();
			this.#emit({ type: 'end', utterance: id });
		};
		utterance.onerror = (event) => {
			finish();
			this.#emit({ type: 'error', utterance: id, error: event.error ?? 'synthesis-failed' });
		};
		this.#live.set(id, utterance);
		if (this.#settling) {
			// Speak once the cancel has settled; a newer speak replaces this one.
			if (this.#held) this.#drop(this.#held);
			this.#held = utterance;
			return id;
		}
		this.#speakNow(utterance, id);
		return id;
	}

	cancel(): void {
		if (this.#held) {
			this.#drop(this.#held);
			this.#held = null;
		}
		const synth = this.#synth;
		if (!synth) return;
		const busy = synth.speaking || synth.pending || this.#live.size > 0;
		synth.cancel();
		if (busy && !this.#settling) {
			this.#settling = true;
			this.#nextTask(() => {
				this.#settling = false;
				const held = this.#held;
				this.#held = null;
				if (held) {
					const id = this.#idOf(held);
					if (id !== null) this.#speakNow(held, id);
				}
			});
		}
	}

	/** Runs `callback` in a task of its own, soon: a message to itself, else a zero timer. */
	#nextTask(callback: () => void): void {
		const Channel = this.#host.MessageChannel;
		if (!Channel) {
			this.#host.setTimeout(callback, 0);
			return;
		}
		const channel = new Channel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			callback();
		};
		channel.port2.postMessage(null);
	}

	subscribe(listener: SpeechListener): () => void {
		// Listen to the platform only while someone listens here.
		if (this.#listeners.size === 0)
			this.#synth?.addEventListener?.('voiceschanged', this.#onVoicesChanged);
		this.#listeners.add(listener);
		return () => {
			this.#listeners.delete(listener);
			if (this.#listeners.size === 0)
				this.#synth?.removeEventListener?.('voiceschanged', this.#onVoicesChanged);
		};
	}

	dispose(): void {
		this.cancel();
		this.#synth?.removeEventListener?.('voiceschanged', this.#onVoicesChanged);
		this.#listeners.clear();
		this.#live.clear();
	}

	#speakNow(utterance: SpeechSynthesisUtterance, id: number): void {
		this.#early = [];
		try {
			this.#synth!.speak(utterance);
		} catch {
			this.#live.delete(id);
			this.#host.setTimeout(
				() => this.#emit({ type: 'error', utterance: id, error: 'synthesis-failed' }),
				0
			);
		} finally {
			// An engine that reports `start` (or even `end`) inside speak() itself: the caller does not
			// know the utterance's id yet, so those events come just after speak() has returned.
			const early = this.#early;
			this.#early = null;
			if (early.length > 0) queueMicrotask(() => early.forEach((event) => this.#emit(event)));
		}
	}

	#drop(utterance: SpeechSynthesisUtterance): void {
		const id = this.#idOf(utterance);
		if (id !== null) this.#live.delete(id);
	}

	#idOf(utterance: SpeechSynthesisUtterance): number | null {
		for (const [id, live] of this.#live) if (live === utterance) return id;
		return null;
	}

	#emit(event: SpeechEvent): void {
		if (this.#early) {
			this.#early.push(event);
			return;
		}
		for (const listener of [...this.#listeners]) listener(event);
	}
}
