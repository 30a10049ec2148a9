/**
 * The English name of an article's language for the library ("French", "Norwegian Bokmål").
 * `Intl.DisplayNames` knows every language, but making one costs tens of milliseconds the first time
 * a page does (35–40 ms in Chromium here, while the library hydrates), so the common languages are
 * named from a table that holds exactly what `Intl.DisplayNames` says for them (a unit test checks
 * it) and only other tags wait for it.
 */

/** `Intl.DisplayNames(['en'], { type: 'language' })` for common primary language subtags. */
const commonNames: Readonly<Record<string, string>> = {
	af: 'Afrikaans',
	ar: 'Arabic',
	bg: 'Bulgarian',
	bn: 'Bangla',
	ca: 'Catalan',
	cs: 'Czech',
	cy: 'Welsh',
	da: 'Danish',
	de: 'German',
	el: 'Greek',
	en: 'English',
	es: 'Spanish',
	et: 'Estonian',
	eu: 'Basque',
	fa: 'Persian',
	fi: 'Finnish',
	fr: 'French',
	ga: 'Irish',
	gl: 'Galician',
	he: 'Hebrew',
	hi: 'Hindi',
	hr: 'Croatian',
	hu: 'Hungarian',
	hy: 'Armenian',
	id: 'Indonesian',
	is: 'Icelandic',
	it: 'Italian',
	ja: 'Japanese',
	ka: 'Georgian',
	ko: 'Korean',
	lt: 'Lithuanian',
	lv: 'Latvian',
	mk: 'Macedonian',
	ms: 'Malay',
	mt: 'Maltese',
	nb: 'Norwegian Bokmål',
	nl: 'Dutch',
	nn: 'Norwegian Nynorsk',
	no: 'Norwegian',
	pl: 'Polish',
	pt: 'Portuguese',
	ro: 'Romanian',
	ru: 'Russian',
	sk: 'Slovak',
	sl: 'Slovenian',
	sq: 'Albanian',
	sr: 'Serbian',
	sv: 'Swedish',
	sw: 'Swahili',
	ta: 'Tamil',
	th: 'Thai',
	tr: 'Turkish',
	uk: 'Ukrainian',
	ur: 'Urdu',
	vi: 'Vietnamese',
	zh: 'Chinese'
};

/** The tags the table names (for its test). */
export const tabledLanguages = Object.keys(commonNames);

let displayNames: Intl.DisplayNames | undefined;

/** The English name of the language `tag` names, or the tag itself when it names none. */
export function languageName(tag: string): string {
	if (tag === '') return tag;
	const common = commonNames[tag.toLowerCase()];
	if (common !== undefined) return common;
	try {
		displayNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
		return displayNames.of(tag) ?? tag;
	} catch {
		return tag;
	}
}
