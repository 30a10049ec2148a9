/** Small character-class helpers shared by the segmentation modules (char codes, no allocation). */

/** Bullets that Markdown does not read as list markers (it reads "-", "*" and "+"). */
const plainBulletChars = '•‣◦▪▸►';
/** `plainBulletChars` as a regex character class. */
export const plainBullets = `[${plainBulletChars}]`;
/** The characters that open a bulleted list item, as a regex character class. */
export const bullets = `[-*+${plainBulletChars}]`;

/** Superscript digits (a footnote after punctuation, "1832.¹"; a power after a letter, "m²"), as regex class contents. */
export const superscriptDigits = '\\u00b9\\u00b2\\u00b3\\u2070-\\u2079';
/** Footnote signs ("quarter.*", "Smith†"), as regex class contents. */
export const footnoteSigns = '*\\u2020\\u2021';

/**
 * The Unicode patterns, made on first use: making one costs a fraction of a millisecond, which a
 * page that never meets a character beyond ASCII and punctuation (English prose) need not pay.
 */
let unicodePatterns: { wordChar: RegExp; lower: RegExp; upper: RegExp } | undefined;
const unicode = () =>
	(unicodePatterns ??= { wordChar: /[\p{L}\p{N}]/u, lower: /\p{Ll}/u, upper: /\p{Lu}/u });

/** Unicode's General Punctuation block (quotes, dashes, ellipses, special spaces): no letters. */
const isGeneralPunctuation = (code: number) => code >= 0x2000 && code <= 0x206f;

/** Punctuation classes of a UTF-16 code unit, as bit flags (see `punctuationClass`). */
export const Punctuation = {
	/** Ends a sentence: . ? ! ‽ … */
	terminator: 1,
	/** A terminator that asks or exclaims: ? ! ‽ */
	exclamation: 2,
	/** Closes a quote or bracket after a terminator: " ' ” ’ » › ) ] } */
	closer: 4,
	/** May open a sentence: " ' “ ‘ « ‹ ( [ { ¿ ¡ */
	opener: 8,
	/** Opens and never ends a sentence, so Intl's boundaries after it move before it. */
	leadingOpener: 16
} as const;

const punctuationClasses = new Uint8Array(0x10000);
const markPunctuation = (chars: string, flag: number) => {
	for (const ch of chars) punctuationClasses[ch.charCodeAt(0)]! |= flag;
};
markPunctuation('.?!‽…', Punctuation.terminator);
markPunctuation('?!‽', Punctuation.exclamation);
markPunctuation(`"'”’»›)]}`, Punctuation.closer);
markPunctuation(`"'“‘«‹([{¿¡`, Punctuation.opener);
markPunctuation('([{“‘«（「『【〔《〈［', Punctuation.leadingOpener);

/** The `Punctuation` flags of a code unit (0 for letters, spaces and NaN). */
export function punctuationClass(code: number): number {
	return punctuationClasses[code] ?? 0;
}

/** True when `code` is whitespace by JavaScript's `\s` definition. */
export function isSpaceCode(code: number): boolean {
	if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
	if (code < 0xa0) return false;
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/** True when the UTF-16 code unit at `index` is whitespace (false outside the string). */
export function isSpaceAt(text: string, index: number): boolean {
	return isSpaceCode(text.charCodeAt(index));
}

/** True when the code unit at `index` is a letter or digit (surrogate pairs count as letters). */
export function isWordCharAt(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (code < 128) {
		return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	}
	if (Number.isNaN(code) || isGeneralPunctuation(code)) return false;
	return unicode().wordChar.test(codePointAt(text, index));
}

/** True when the character at `index` is a lower-case letter. */
export function isLowerAt(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (code < 128) return code >= 97 && code <= 122;
	if (Number.isNaN(code) || isGeneralPunctuation(code)) return false;
	return unicode().lower.test(codePointAt(text, index));
}

/** True when the character at `index` is an upper-case letter. */
export function isUpperAt(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (code < 128) return code >= 65 && code <= 90;
	if (Number.isNaN(code) || isGeneralPunctuation(code)) return false;
	return unicode().upper.test(codePointAt(text, index));
}

/** True when `text[from, to)` contains at least one letter or digit. */
export function hasWordChar(text: string, from: number, to: number): boolean {
	for (let i = from; i < to; i++) if (isWordCharAt(text, i)) return true;
	return false;
}

/** The whole code point starting (or ending, for a low surrogate) at `index`, as a string. */
function codePointAt(text: string, index: number): string {
	const code = text.charCodeAt(index);
	if (code >= 0xdc00 && code <= 0xdfff && index > 0) return text.slice(index - 1, index + 1);
	if (code >= 0xd800 && code <= 0xdbff) return text.slice(index, index + 2);
	return text.charAt(index);
}

/** Index of the first non-whitespace code unit in `text[from, to)`, or `to`. */
export function skipSpaces(text: string, from: number, to: number): number {
	let i = from;
	while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
	return i;
}

/** Index just past the last non-whitespace code unit in `text[from, to)`, or `from`. */
export function trimEnd(text: string, from: number, to: number): number {
	let i = to;
	while (i > from && isSpaceCode(text.charCodeAt(i - 1))) i--;
	return i;
}
