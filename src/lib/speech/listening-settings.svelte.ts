/**
 * The listener's speech preferences, kept in Hark's storage on this device: speed, pitch, and the
 * voice chosen for each language. One instance lives in the app context, so the player and the
 * settings dialog share it. Values read from storage are checked and clamped, never trusted.
 */
import { Persisted } from '../settings/persisted.svelte';
import type { HarkStorage } from '../storage/storage';
import { primaryLanguage } from './engine';
import { SpeakingRates } from './speaking-rates.svelte';
import { Lexicon } from '../lexicon/lexicon-state.svelte';

/** Slowest and fastest speaking rates offered, and the step between them. */
export const rateLimits = { min: 0.5, max: 3, step: 0.1 } as const;
/** Lowest and highest pitch offered, and the step between them. */
export const pitchLimits = { min: 0.5, max: 1.5, step: 0.1 } as const;

/** Rounds `value` to one decimal and keeps it within `limits`. */
export function clampToStep(value: number, limits: { min: number; max: number }): number {
	if (!Number.isFinite(value)) return 1;
	return Math.round(Math.min(limits.max, Math.max(limits.min, value)) * 10) / 10;
}

/** What the player needs to know and change about the listener's preferences. */
export interface SpeechPreferences {
	/** Speaking rate, 0.5–3. */
	readonly rate: number;
	/** Pitch, 0.5–1.5. */
	readonly pitch: number;
	/** The listener's own loudness, 0–1, where Hark has one (absent: full); fades multiply it. */
	readonly volume?: number;
	/** The voice id chosen for `lang`'s primary language, or null. */
	voiceFor(lang: string): string | null;
	/** Saves a new rate. */
	setRate(rate: number): void;
	/** Saves a new pitch. */
	setPitch(pitch: number): void;
	/** Remembers `voiceId` for `lang`'s primary language. */
	setVoice(lang: string, voiceId: string): void;
}

const isRate = (v: unknown): v is number =>
	typeof v === 'number' && v >= rateLimits.min && v <= rateLimits.max;
const isPitch = (v: unknown): v is number =>
	typeof v === 'number' && v >= pitchLimits.min && v <= pitchLimits.max;
const isVoiceMap = (v: unknown): v is Record<string, string> =>
	typeof v === 'object' &&
	v !== null &&
	!Array.isArray(v) &&
	Object.values(v).every((id) => typeof id === 'string');

/** Speech preferences persisted in Hark's storage. */
export class ListeningSettings implements SpeechPreferences {
	/** Speaking rate. */
	readonly rateSetting: Persisted<number>;
	/** Pitch. */
	readonly pitchSetting: Persisted<number>;
	/** Voice id per primary language. */
	readonly voiceSetting: Persisted<Record<string, string>>;
	/** How fast each voice was measured speaking on this device, for time estimates. */
	readonly speakingRates: SpeakingRates;
	/** The listener's pronunciation lexicon. */
	readonly lexicon: Lexicon;

	constructor(storage: Promise<HarkStorage>) {
		this.speakingRates = new SpeakingRates(storage);
		this.lexicon = new Lexicon(storage);
		this.rateSetting = new Persisted(storage, 'listening.rate', 1, isRate);
		this.pitchSetting = new Persisted(storage, 'listening.pitch', 1, isPitch);
		this.voiceSetting = new Persisted(storage, 'listening.voices', {}, isVoiceMap);
	}

	/** Whether every stored preference has been read. */
	get loaded(): boolean {
		return this.rateSetting.loaded && this.pitchSetting.loaded && this.voiceSetting.loaded;
	}

	get rate(): number {
		return this.rateSetting.current;
	}

	get pitch(): number {
		return this.pitchSetting.current;
	}

	voiceFor(lang: string): string | null {
		return this.voiceSetting.current[primaryLanguage(lang)] ?? null;
	}

	setRate(rate: number): void {
		void this.rateSetting.set(clampToStep(rate, rateLimits));
	}

	setPitch(pitch: number): void {
		void this.pitchSetting.set(clampToStep(pitch, pitchLimits));
	}

	setVoice(lang: string, voiceId: string): void {
		void this.voiceSetting.set({ ...this.voiceSetting.current, [primaryLanguage(lang)]: voiceId });
	}
}

/** Preferences held in memory only (tests, and pages rendered at build time). */
export class MemoryPreferences implements SpeechPreferences {
	rate = $state(1);
	pitch = $state(1);
	voices = $state<Record<string, string>>({});

	voiceFor(lang: string): string | null {
		return this.voices[primaryLanguage(lang)] ?? null;
	}
	setRate(rate: number): void {
		this.rate = clampToStep(rate, rateLimits);
	}
	setPitch(pitch: number): void {
		this.pitch = clampToStep(pitch, pitchLimits);
	}
	setVoice(lang: string, voiceId: string): void {
		this.voices = { ...this.voices, [primaryLanguage(lang)]: voiceId };
	}
}
