/** Small character-class helpers shared by the segmentation modules (no regex on hot paths). */

const unicodeSpace = /\s/;
const unicodeWordChar = /[\p{L}\p{N}]/u;
const unicodeLower = /\p{Ll}/u;
const unicodeUpper = /\p{Lu}/u;

/** True when the UTF-16 code unit at `index` is whitespace by JavaScript's `\s` definition. */
export function isSpaceAt(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (code === 32 || (code >= 9 && code <= 13)) return true;
	if (code < 128 || Number.isNaN(code)) return false;
	return unicodeSpace.test(text[index] ?? '');
}

/** True when the code unit at `index` is a letter or digit (surrogate pairs count as letters). */
export function isWordCharAt(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (code < 128) {
		return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
	}
	if (Number.isNaN(code)) return false;
	if (code >= 0xd800 && code <= 0xdfff) return unicodeWordChar.test(codePointAt(text, index));
	return unicodeWordChar.test(text[index] ?? '');
}

/** True when the character at `index` is a lower-case letter. */
export function isLowerAt(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (code < 128) return code >= 97 && code <= 122;
	return unicodeLower.test(codePointAt(text, index));
}

/** True when the character at `index` is an upper-case letter. */
export function isUpperAt(text: string, index: number): boolean {
	const code = text.charCodeAt(index);
	if (code < 128) return code >= 65 && code <= 90;
	return unicodeUpper.test(codePointAt(text, index));
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
	return text[index] ?? '';
}

/** Index of the first non-whitespace code unit in `text[from, to)`, or `to`. */
export function skipSpaces(text: string, from: number, to: number): number {
	let i = from;
	while (i < to && isSpaceAt(text, i)) i++;
	return i;
}

/** Index just past the last non-whitespace code unit in `text[from, to)`, or `from`. */
export function trimEnd(text: string, from: number, to: number): number {
	let i = to;
	while (i > from && isSpaceAt(text, i - 1)) i--;
	return i;
}
