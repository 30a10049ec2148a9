/**
 * Choosing a voice, as Readium does: voices for the article's language first, ranked by quality
 * tiers — usable voices before low-quality ones before novelty voices (Apple's "Bubbles" and friends),
 * local voices before network ones (which fail offline), voices the platform marks as enhanced or
 * natural before plain ones, the article's (or the listener's) region before other regions — then the
 * voices for other languages. The platform's `default` flag only breaks ties: on Linux it marks
 * whatever comes first alphabetically. A listener's choice is remembered per primary language.
 * Pure: no Svelte, no DOM.
 */
import { normaliseLang, primaryLanguage, type SpeechVoice } from './engine';

/** Apple's novelty voices: fun, unintelligible for an article. */
const noveltyNames = new Set([
	'albert',
	'bad news',
	'bahh',
	'bells',
	'boing',
	'bubbles',
	'cellos',
	'deranged',
	'good news',
	'hysterical',
	'jester',
	'organ',
	'pipe organ',
	'superstar',
	'trinoids',
	'whisper',
	'wobble',
	'zarvox'
]);
/** espeak variants that are effects rather than voices ("English+whisper", "+croak"). */
const noveltyVariant = /\+(whisper|croak|klatt\d?|wisper|robot|sandro|edward2?)\b/i;
/** Robotic or heavily compressed voices: usable, but only when nothing better exists. */
const lowQualityNames = new Set([
	'eddy',
	'flo',
	'grandma',
	'grandpa',
	'reed',
	'rocko',
	'sandy',
	'shelley'
]);
const lowQualityMarker = /\b(compact|eloquence)\b/i;
/** Voices the platform marks as its best. */
const highQualityMarker = /\b(natural|neural|premium|enhanced|wavenet|siri)\b/i;

/** How good a voice is likely to be, best first. */
export type VoiceTier = 'good' | 'low-quality' | 'novelty';

/** A voice with what the ranking found out about it. */
export interface RankedVoice extends SpeechVoice {
	/** Its quality tier. */
	tier: VoiceTier;
	/** Whether it speaks the article's language. */
	matchesLanguage: boolean;
}

/** The base name of a voice without platform decoration ("Bubbles (English (US))" → "bubbles"). */
function baseName(name: string): string {
	return name
		.toLowerCase()
		.replace(/\s*\(.*\)\s*$/, '')
		.trim();
}

/** The quality tier of a voice, judged by its name. */
export function voiceTier(voice: Pick<SpeechVoice, 'name'>): VoiceTier {
	const base = baseName(voice.name);
	if (noveltyNames.has(base) || noveltyVariant.test(voice.name)) return 'novelty';
	if (lowQualityNames.has(base) || lowQualityMarker.test(voice.name)) return 'low-quality';
	return 'good';
}

const tierOrder: Record<VoiceTier, number> = { good: 0, 'low-quality': 1, novelty: 2 };

/** Options for ranking. */
export interface RankOptions {
	/** The listener's own languages (navigator.languages), to prefer their region. */
	preferredLanguages?: readonly string[];
}

/**
 * The voices in the order a listener should see them: those for `lang` ranked by quality, then the
 * others grouped by language.
 */
export function rankVoices(
	voices: readonly SpeechVoice[],
	lang: string,
	options: RankOptions = {}
): { forLanguage: RankedVoice[]; others: RankedVoice[] } {
	const wanted = normaliseLang(lang);
	const primary = primaryLanguage(wanted);
	const regions = [wanted, ...(options.preferredLanguages ?? []).map(normaliseLang)].filter(
		(tag) => primaryLanguage(tag) === primary && tag.includes('-')
	);
	const regionRank = (voiceLang: string) => {
		const at = regions.indexOf(voiceLang);
		return at < 0 ? regions.length : at;
	};
	const ranked = voices.map((voice, order) => {
		const voiceLang = normaliseLang(voice.lang);
		return {
			voice: {
				...voice,
				lang: voiceLang,
				tier: voiceTier(voice),
				matchesLanguage: primaryLanguage(voiceLang) === primary
			} satisfies RankedVoice,
			order
		};
	});
	const byQuality = (a: (typeof ranked)[number], b: (typeof ranked)[number]): number =>
		tierOrder[a.voice.tier] - tierOrder[b.voice.tier] ||
		Number(b.voice.local) - Number(a.voice.local) ||
		Number(highQualityMarker.test(b.voice.name)) - Number(highQualityMarker.test(a.voice.name)) ||
		regionRank(a.voice.lang) - regionRank(b.voice.lang) ||
		Number(b.voice.isDefault) - Number(a.voice.isDefault) ||
		a.order - b.order;
	const forLanguage = ranked
		.filter((r) => r.voice.matchesLanguage)
		.sort(byQuality)
		.map((r) => r.voice);
	const others = ranked
		.filter((r) => !r.voice.matchesLanguage)
		.sort(
			(a, b) =>
				compareTags(a.voice.lang, b.voice.lang) ||
				tierOrder[a.voice.tier] - tierOrder[b.voice.tier] ||
				a.order - b.order
		)
		.map((r) => r.voice);
	return { forLanguage, others };
}

/**
 * The voice to speak `lang` with: the remembered one if the device still has it, else the best
 * ranked voice for the language, else (no voice for it at all) the best voice there is. Null only
 * when there are no voices. `exclude` skips voices that just failed.
 */
export function chooseVoice(
	voices: readonly SpeechVoice[],
	lang: string,
	remembered: string | null,
	options: RankOptions & { exclude?: readonly string[]; localOnly?: boolean } = {}
): RankedVoice | null {
	const usable = voices.filter(
		(v) => !options.exclude?.includes(v.id) && (!options.localOnly || v.local)
	);
	const { forLanguage, others } = rankVoices(usable, lang, options);
	const kept = remembered ? forLanguage.find((v) => v.id === remembered) : undefined;
	return kept ?? forLanguage[0] ?? voiceForAnotherLanguage(others, options) ?? null;
}

/**
 * With no voice for the article's language, the one a listener most likely understands: a voice in
 * one of their own languages (in their order), else the device's default voice, else the best
 * local one — never simply the first language in the alphabet.
 */
function voiceForAnotherLanguage(
	others: readonly RankedVoice[],
	options: RankOptions
): RankedVoice | undefined {
	const own = (options.preferredLanguages ?? []).map((tag) => primaryLanguage(normaliseLang(tag)));
	const ownRank = (voice: RankedVoice) => {
		const at = own.indexOf(primaryLanguage(voice.lang));
		return at < 0 ? own.length : at;
	};
	const better = (a: RankedVoice, b: RankedVoice) =>
		ownRank(a) - ownRank(b) ||
		Number(b.isDefault) - Number(a.isDefault) ||
		tierOrder[a.tier] - tierOrder[b.tier] ||
		Number(b.local) - Number(a.local);
	return others.reduce<RankedVoice | undefined>(
		(best, voice) => (!best || better(voice, best) < 0 ? voice : best),
		undefined
	);
}

/** The name of the voice an espeak-ng variant is made from ("English (America)+Annie espeak-ng" → "English (America) espeak-ng"), or null when `name` is no variant. */
export function variantBase(name: string): string | null {
	const base = name.replace(/\+[^\s+()]+/, '');
	return base === name ? null : base;
}

/**
 * The ranked voices as a listener is offered them. espeak-ng's full install lists every language
 * again with each of its ~70 variants ("+Annie", "+Adam"…: over 13,000 voices), which would bury
 * the list. Offered: every voice that is no variant of another listed one, and, in the article's
 * language, the variants of the voice in use (`keepId`), so a listener who wants one finds them
 * beside it; choosing another voice brings its own variants. The voice in use is always offered.
 */
export function offeredVoices(
	ranked: { forLanguage: RankedVoice[]; others: RankedVoice[] },
	keepId: string | null = null
): { forLanguage: RankedVoice[]; others: RankedVoice[] } {
	const all = [...ranked.forLanguage, ...ranked.others];
	const key = (lang: string, name: string) => `${lang}\n${name}`;
	const listed = new Set(all.map((voice) => key(voice.lang, voice.name)));
	const inUse = all.find((voice) => voice.id === keepId);
	const inUseBase = inUse ? key(inUse.lang, variantBase(inUse.name) ?? inUse.name) : null;
	const offered = (voice: RankedVoice, variantsOfInUse: boolean) => {
		if (voice.id === keepId) return true;
		const base = variantBase(voice.name);
		if (base === null || !listed.has(key(voice.lang, base))) return true;
		return variantsOfInUse && key(voice.lang, base) === inUseBase;
	};
	const forLanguage = ranked.forLanguage.filter((voice) => offered(voice, true));
	const others = ranked.others.filter((voice) => offered(voice, false));
	return forLanguage.length === ranked.forLanguage.length && others.length === ranked.others.length
		? ranked
		: { forLanguage, others };
}

/**
 * Orders language tags by their characters, case aside (tags are ASCII: alphabetical, as
 * `localeCompare` would put them), without `localeCompare`'s first-call cost: it loads the collation
 * data, 15–45 ms on the main thread in Chromium here, just as the voices arrive and the listener may
 * press Play.
 */
function compareTags(a: string, b: string): number {
	const left = a.toLowerCase();
	const right = b.toLowerCase();
	return left < right ? -1 : left > right ? 1 : 0;
}
