/**
 * How fast the voices on this device really speak, learned while listening: each utterance that
 * ends on its own gives words and milliseconds, turned into words per minute at rate 1 and folded
 * into a running average per voice. Time estimates use it once a few sentences have been heard
 * (before that, a typical rate). Pure: no Svelte, no DOM; the persisted store wraps it.
 */

/** What is known of one voice's speed. */
export interface RateSample {
	/** Words per minute at rate 1, averaged. */
	wordsPerMinute: number;
	/** How many utterances the average is made of. */
	samples: number;
}

/** Utterances heard before the measured speed is trusted. */
export const samplesNeeded = 3;

/** Shortest utterance worth measuring (a two-word heading says little about speed). */
const minWords = 4;
/** Speeds outside this range are measuring errors (a cut-off, a stall), not speech. */
const plausible = { min: 60, max: 400 } as const;

/**
 * The average after one more utterance of `words` words heard in `ms` at `rate`, or `previous`
 * unchanged when the utterance is too short or its speed implausible. The average weighs new
 * utterances more once there are many (a voice update, a new device setting).
 */
export function addSample(
	previous: RateSample | undefined,
	words: number,
	ms: number,
	rate: number
): RateSample | undefined {
	if (words < minWords || !(ms > 0) || !(rate > 0)) return previous;
	// Multiplied first: words / (ms / 60 000) rounds an exact 60 wpm down to 59.999…, refused.
	const wordsPerMinute = (words * 60_000) / ms / rate;
	if (wordsPerMinute < plausible.min || wordsPerMinute > plausible.max) return previous;
	if (!previous) return { wordsPerMinute, samples: 1 };
	const weight = 1 / Math.min(previous.samples + 1, 20);
	return {
		wordsPerMinute: previous.wordsPerMinute + (wordsPerMinute - previous.wordsPerMinute) * weight,
		samples: previous.samples + 1
	};
}

/** The measured speed to use for estimates, or null until enough has been heard. */
export function trustedRate(sample: RateSample | undefined): number | null {
	return sample && sample.samples >= samplesNeeded ? sample.wordsPerMinute : null;
}

/** Whether a stored value is a map of voice ids to samples. */
export function isRateMap(value: unknown): value is Record<string, RateSample> {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.values(value).every(
			(s) =>
				typeof s === 'object' &&
				s !== null &&
				typeof (s as RateSample).wordsPerMinute === 'number' &&
				Number.isFinite((s as RateSample).wordsPerMinute) &&
				typeof (s as RateSample).samples === 'number'
		)
	);
}

/** "3 min left in section, 12 min left in article" (under a minute: "under 1 min"). */
export function timeLeftText(sectionSeconds: number, articleSeconds: number): string {
	const minutes = (seconds: number) =>
		seconds < 60 ? 'under 1 min' : `${Math.round(seconds / 60)} min`;
	return `${minutes(sectionSeconds)} left in section, ${minutes(articleSeconds)} left in article`;
}
