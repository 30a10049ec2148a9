import { describe, expect, it } from 'vitest';
import { isLowerAt, isUpperAt, isWordCharAt } from './text';

/** Every code unit outside the surrogates, as a one-character string. */
const everyCharacter = Array.from({ length: 0x10000 }, (_, code) => code)
	.filter((code) => code < 0xd800 || code > 0xdfff)
	.map((code) => String.fromCharCode(code));

describe('character classes (fast paths for ASCII and punctuation)', () => {
	it.each([
		['isWordCharAt', isWordCharAt, /[\p{L}\p{N}]/u],
		['isLowerAt', isLowerAt, /\p{Ll}/u],
		['isUpperAt', isUpperAt, /\p{Lu}/u]
	] as const)(
		'%s agrees with the Unicode pattern on every character of the BMP',
		(_, check, pattern) => {
			const disagreements = everyCharacter.filter((char) => check(char, 0) !== pattern.test(char));
			expect(disagreements).toEqual([]);
		}
	);

	it.each([
		['𝐀 (a letter beyond the BMP), either half', '𝐀', [0, 1], true],
		['😀 (not a letter), either half', '😀', [0, 1], false],
		['outside the string', 'a', [1, -1], false]
	] as const)('isWordCharAt: %s', (_, text, indexes, expected) => {
		for (const index of indexes) expect(isWordCharAt(text, index)).toBe(expected);
	});
});
