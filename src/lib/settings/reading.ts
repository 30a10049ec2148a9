/**
 * Reading-comfort preferences: what they are, their limits, and how they show on the page. Pure: no
 * Svelte, no DOM. Every value read from anywhere (storage, localStorage, a form) goes through
 * `normalizeReadingPrefs`, so a damaged or old record can never put the page in a state the settings
 * dialog cannot show. `rootPresentation` is the single mapping from preferences to the attributes and
 * custom properties on <html>; static/reading-prefs.js repeats it in plain JavaScript to apply the
 * preferences before first paint, and a unit test keeps the two in step.
 */

/** The typefaces a reader can choose for the article text. */
export const typefaces = ['serif', 'sans', 'atkinson'] as const;
export type Typeface = (typeof typefaces)[number];

/** The colour themes; "system" follows the device's light or dark (and more-contrast) setting. */
export const themes = ['system', 'light', 'dark', 'contrast'] as const;
export type Theme = (typeof themes)[number];

/** How the sentence being spoken is marked. */
export const highlightStyles = ['marker', 'underline', 'inverse'] as const;
export type HighlightStyle = (typeof highlightStyles)[number];

/** A reader's comfort preferences. */
export interface ReadingPrefs {
	/** Text size as a factor of the browser's own size: 1 (100%) to 2 (200%). */
	textScale: number;
	/** Line height of the article text, unitless. */
	lineHeight: number;
	/** Widest the text column may be, in rem. */
	measure: number;
	/** Typeface of the article text (and, for Atkinson Hyperlegible, of everything). */
	typeface: Typeface;
	/** Colour theme. */
	theme: Theme;
	/** How the spoken sentence is highlighted. */
	highlight: HighlightStyle;
	/** Whether to stop smooth scrolling and animation (also honoured from prefers-reduced-motion). */
	reduceMotion: boolean;
	/** Whether the announcer may speak (e.g. "Section: …") while Hark's voice is speaking. */
	announceWhileListening: boolean;
}

/** The limits and step of each number. */
export const limits = {
	textScale: { min: 1, max: 2, step: 0.1 },
	lineHeight: { min: 1.4, max: 2.4, step: 0.1 },
	measure: { min: 28, max: 64, step: 1 }
} as const;

/** Named line spacings offered in the dialog. */
export const lineHeightChoices = [
	{ value: 1.4, label: 'Compact' },
	{ value: 1.6, label: 'Normal' },
	{ value: 1.9, label: 'Relaxed' },
	{ value: 2.2, label: 'Loose' }
] as const;

/** Named column widths offered in the dialog (rem). */
export const measureChoices = [
	{ value: 30, label: 'Narrow' },
	{ value: 38, label: 'Medium' },
	{ value: 48, label: 'Wide' },
	{ value: 64, label: 'Widest' }
] as const;

/** The preferences before the reader changes anything. */
export const defaultReadingPrefs: Readonly<ReadingPrefs> = Object.freeze({
	textScale: 1,
	lineHeight: 1.6,
	measure: 38,
	typeface: 'serif',
	theme: 'system',
	highlight: 'marker',
	reduceMotion: false,
	announceWhileListening: false
});

/** The localStorage key of the mirror read before first paint (also in static/reading-prefs.js). */
export const mirrorKey = 'hark.reading';

/** `value` clamped into [min, max] and rounded to `step`; `fallback` when it is not a finite number. */
export function clampToStep(
	value: unknown,
	{ min, max, step }: { min: number; max: number; step: number },
	fallback: number
): number {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isFinite(number)) return fallback;
	const clamped = Math.min(max, Math.max(min, number));
	const stepped = min + Math.round((clamped - min) / step) * step;
	// Round away binary noise (1.4 + 2 × 0.1 = 1.6000000000000003).
	return Math.min(max, Math.round(stepped * 1000) / 1000);
}

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
	return choices.includes(value as T) ? (value as T) : fallback;
}

/** Any value (stored, mirrored, partial, damaged) as valid preferences; unknown fields are dropped. */
export function normalizeReadingPrefs(value: unknown): ReadingPrefs {
	const input =
		typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
	const d = defaultReadingPrefs;
	return {
		textScale: clampToStep(input.textScale, limits.textScale, d.textScale),
		lineHeight: clampToStep(input.lineHeight, limits.lineHeight, d.lineHeight),
		measure: clampToStep(input.measure, limits.measure, d.measure),
		typeface: oneOf(typefaces, input.typeface, d.typeface),
		theme: oneOf(themes, input.theme, d.theme),
		highlight: oneOf(highlightStyles, input.highlight, d.highlight),
		reduceMotion: typeof input.reduceMotion === 'boolean' ? input.reduceMotion : d.reduceMotion,
		announceWhileListening:
			typeof input.announceWhileListening === 'boolean'
				? input.announceWhileListening
				: d.announceWhileListening
	};
}

/** What <html> carries for a set of preferences: data attributes (null = absent) and custom properties. */
export interface RootPresentation {
	attributes: Record<
		'data-theme' | 'data-typeface' | 'data-highlight' | 'data-reduce-motion',
		string | null
	>;
	properties: Record<'--text-scale' | '--line-height' | '--measure', string>;
}

/** The attributes and custom properties on <html> that show `prefs`. */
export function rootPresentation(prefs: ReadingPrefs): RootPresentation {
	return {
		attributes: {
			'data-theme': prefs.theme === 'system' ? null : prefs.theme,
			'data-typeface': prefs.typeface,
			'data-highlight': prefs.highlight,
			'data-reduce-motion': prefs.reduceMotion ? 'true' : null
		},
		properties: {
			'--text-scale': String(prefs.textScale),
			'--line-height': String(prefs.lineHeight),
			'--measure': `${prefs.measure}rem`
		}
	};
}

/** A text size as a percentage label, e.g. 1.5 → "150%". */
export function percentLabel(scale: number): string {
	return `${Math.round(scale * 100)}%`;
}
