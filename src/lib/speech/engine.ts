/**
 * The speech engine as the player sees it: speak one utterance, cancel, list voices, and report what
 * happened through tagged events. Every platform quirk (late voices, stale events after a cancel,
 * dropped speaks, garbage-collected utterances) is the adapter's or the player's problem, never the
 * UI's. Two implementations: the Web Speech adapter (`web-speech.ts`, the only code that touches
 * `speechSynthesis`) and the fake engine for tests (`fake-engine.ts`).
 *
 * Each `speak()` returns a fresh utterance id and every event carries the id of the utterance it
 * belongs to, so the player can ignore events from an utterance it has already given up on.
 * Pure: no Svelte, no DOM.
 */

/** A voice the device offers. */
export interface SpeechVoice {
	/** Stable identifier (the Web Speech `voiceURI`). */
	id: string;
	/** The name the platform gives it. */
	name: string;
	/** BCP 47 language tag, normalised (`en_US` → `en-US`). */
	lang: string;
	/** Whether it speaks without a network connection. */
	local: boolean;
	/** Whether the platform marks it as its default (not to be trusted alone). */
	isDefault: boolean;
}

/** What to say and how. */
export interface SpeakRequest {
	/** The text to speak (already rewritten for the voice). */
	text: string;
	/** BCP 47 language of the text; always set (some platforms ignore the voice without it). */
	lang: string;
	/** Id of the voice to use; null only when the device has not listed any voice. */
	voiceId: string | null;
	/** Speaking rate, 0.5–3 (1 is the voice's normal speed). */
	rate: number;
	/** Pitch, 0–2 (1 is the voice's normal pitch). */
	pitch: number;
	/** Loudness, 0–1 (absent: 1, full); applied per utterance, so a fade moves in whole sentences. */
	volume?: number;
}

/** Why an utterance failed: the Web Speech `SpeechSynthesisErrorCode` values. */
export type SpeechErrorCode =
	| 'canceled'
	| 'interrupted'
	| 'audio-busy'
	| 'audio-hardware'
	| 'network'
	| 'synthesis-unavailable'
	| 'synthesis-failed'
	| 'language-unavailable'
	| 'voice-unavailable'
	| 'text-too-long'
	| 'invalid-argument'
	| 'not-allowed';

/** Something the engine reports. `utterance` is the id `speak()` returned. */
export type SpeechEvent =
	| { type: 'start'; utterance: number }
	| {
			type: 'boundary';
			utterance: number;
			/** Offset of the word (or sentence) in the spoken text. */
			charIndex: number;
			/** Length of the word, when the platform says (0 when unknown). */
			charLength: number;
			/** What kind of boundary. */
			name: 'word' | 'sentence';
	  }
	| { type: 'end'; utterance: number }
	| { type: 'error'; utterance: number; error: SpeechErrorCode }
	| { type: 'voiceschanged' };

/** Listens to an engine's events. */
export type SpeechListener = (event: SpeechEvent) => void;

/** A speech engine. */
export interface SpeechEngine {
	/** Whether the platform has speech synthesis at all. */
	readonly supported: boolean;
	/** The voices known now (possibly none yet: they may arrive later with a `voiceschanged`). */
	voices(): SpeechVoice[];
	/** Queues `request` after anything still queued (cancel() first to replace it); returns its id. */
	speak(request: SpeakRequest): number;
	/** Stops speaking and drops anything queued. Events of cancelled utterances may still arrive. */
	cancel(): void;
	/** Listens to events until the returned function is called. */
	subscribe(listener: SpeechListener): () => void;
	/** Stops speaking and lets go of the platform. */
	dispose(): void;
}

/** Turns a platform language tag (`en_US`, `EN-us`) into BCP 47 form (`en-US`). */
export function normaliseLang(tag: string): string {
	const parts = tag.trim().replace(/_/g, '-').split('-').filter(Boolean);
	return parts
		.map((part, i) =>
			i === 0
				? part.toLowerCase()
				: part.length === 2
					? part.toUpperCase()
					: part.length === 4
						? part[0]!.toUpperCase() + part.slice(1).toLowerCase()
						: part.toLowerCase()
		)
		.join('-');
}

/** The primary language subtag of a BCP 47 tag (`en-GB` → `en`). */
export function primaryLanguage(tag: string): string {
	return normaliseLang(tag).split('-')[0] ?? '';
}
