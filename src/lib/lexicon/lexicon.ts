/**
 * The pronunciation lexicon: the listener's own rules "say this shown text as that", kept on the
 * device as one setting (so it travels with the library backup), applied by the utterance plan to
 * the text the voice reads only — the shown text and the highlight never change (the offset map of
 * `toSpokenText` turns the voice's positions back into shown ones). Pure: no Svelte, no DOM.
 */
import type { SpokenReplacement } from '../segmentation/spoken';

/** One rule of the lexicon. */
export interface LexiconEntry {
	/** Stable id (for editing and lists). */
	id: string;
	/** The word or phrase as shown. */
	shown: string;
	/** What the voice says instead. */
	spoken: string;
	/** Match only whole words or the whole phrase (not inside longer words). */
	wholeWord: boolean;
	/** Match letter case exactly. */
	caseSensitive: boolean;
	/** Primary language it applies to (e.g. "en"), or "" for every language. */
	lang: string;
	/** Only for voices whose name contains this (case-insensitive), e.g. "espeak"; absent: every voice. */
	voiceMatch?: string;
}

/** The storage key of the lexicon. */
export const lexiconKey = 'lexicon.entries';

/**
 * Bundled entries: only for words espeak-ng (the voice of Linux desktops and many Android phones)
 * really mis-says in the bundled article. Checked with `espeak-ng -q -x`: "Maduro" comes out as
 * madj'U@roU ("ma-DYOOR-oh"); "Madoo-ro" gives m'adu:r'oU. "Caracas", "sanctions" and "Venezuela"
 * are said acceptably and get no entry.
 */
export const bundledLexicon: readonly LexiconEntry[] = [
	{
		id: 'bundled-maduro',
		shown: 'Maduro',
		spoken: 'Madoo-ro',
		wholeWord: true,
		caseSensitive: true,
		lang: 'en',
		// Other voices (Google, Apple, Microsoft) say it well, and a respelling could only hurt them.
		voiceMatch: 'espeak'
	}
];

const isString = (v: unknown): v is string => typeof v === 'string';

/** Whether `value` is a well-formed entry. */
export function isLexiconEntry(value: unknown): value is LexiconEntry {
	if (typeof value !== 'object' || value === null) return false;
	const e = value as Record<string, unknown>;
	return (
		isString(e.id) &&
		isString(e.shown) &&
		e.shown.trim() !== '' &&
		isString(e.spoken) &&
		typeof e.wholeWord === 'boolean' &&
		typeof e.caseSensitive === 'boolean' &&
		isString(e.lang) &&
		(e.voiceMatch === undefined || isString(e.voiceMatch))
	);
}

/** Whether `value` is a whole lexicon (as stored or imported). */
export function isLexicon(value: unknown): value is LexiconEntry[] {
	return Array.isArray(value) && value.every(isLexiconEntry);
}

/** The primary language of a tag ("en-GB" → "en"; "" stays ""). */
export function primaryLang(tag: string): string {
	return tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The rewrites for text in `lang` spoken by the voice named `voiceName`: entries for that language
 * or every language, and for that voice or every voice.
 */
export function replacementsFor(
	entries: readonly LexiconEntry[],
	lang: string,
	voiceName: string | null = null
): SpokenReplacement[] {
	const primary = primaryLang(lang);
	const voice = (voiceName ?? '').toLowerCase();
	return entries
		.filter((e) => e.shown.trim() !== '' && (e.lang === '' || primaryLang(e.lang) === primary))
		.filter((e) => !e.voiceMatch || voice.includes(e.voiceMatch.toLowerCase()))
		.map((e) => ({
			find: e.shown.trim(),
			replace: e.spoken,
			wholeWord: e.wholeWord,
			caseSensitive: e.caseSensitive
		}));
}

/** Problems with an entry being edited, in plain words (empty: it can be saved). */
export function entryProblems(entry: Pick<LexiconEntry, 'shown' | 'spoken' | 'lang'>): string[] {
	const problems: string[] = [];
	if (entry.shown.trim() === '') problems.push('Enter the word or phrase as it is shown.');
	if (entry.spoken.trim() === '') problems.push('Enter how the voice should say it.');
	if (entry.lang !== '' && !/^[a-z]{2,3}$/i.test(primaryLang(entry.lang)))
		problems.push('The language should be a code such as “en” or “fr”, or any language.');
	return problems;
}
