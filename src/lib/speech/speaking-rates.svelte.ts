/**
 * The speed each voice was measured speaking on this device (words per minute at rate 1), kept in
 * Hark's storage so time estimates are right from the first sentence next time. The player reports
 * every utterance that ended on its own; the average lives in memory and is saved every few
 * utterances (not one storage write per sentence).
 */
import { Persisted } from '../settings/persisted.svelte';
import type { HarkStorage } from '../storage/storage';
import { addSample, isRateMap, samplesNeeded, trustedRate, type RateSample } from './speaking-rate';

/** What the player needs to learn and use the measured speed. */
export interface SpeakingRateStore {
	/** The measured words per minute at rate 1 for `voiceId`, or null until enough was heard. */
	wordsPerMinute(voiceId: string | null): number | null;
	/** An utterance of `words` words took `ms` at `rate` with `voiceId`. */
	observe(voiceId: string | null, words: number, ms: number, rate: number): void;
}

/** Key for a voice (the platform's default voice when none was chosen). */
const keyFor = (voiceId: string | null) => voiceId ?? 'default';

/** Measured speeds persisted in Hark's storage. */
export class SpeakingRates implements SpeakingRateStore {
	/** Words per minute per voice, as measured. */
	readonly setting: Persisted<Record<string, RateSample>>;

	constructor(storage: Promise<HarkStorage>) {
		this.setting = new Persisted(storage, 'listening.wordsPerMinute', {}, isRateMap);
	}

	wordsPerMinute(voiceId: string | null): number | null {
		return trustedRate(this.setting.current[keyFor(voiceId)]);
	}

	observe(voiceId: string | null, words: number, ms: number, rate: number): void {
		const key = keyFor(voiceId);
		const before = this.setting.current[key];
		const after = addSample(before, words, ms, rate);
		if (!after || after === before) return;
		const next = { ...this.setting.current, [key]: after };
		if (after.samples === samplesNeeded || after.samples % 5 === 0) void this.setting.set(next);
		else this.setting.current = next;
	}
}
