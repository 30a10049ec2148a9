import { describe, expect, it } from 'vitest';
import { languageName, tabledLanguages } from './language-names';

describe('languageName', () => {
	const platform = new Intl.DisplayNames(['en'], { type: 'language' });

	it.each(tabledLanguages)('names %s as Intl.DisplayNames does', (tag) => {
		expect(languageName(tag)).toBe(platform.of(tag));
	});

	it.each([
		['EN', 'English'],
		['en-GB', 'British English'],
		['pt-BR', 'Brazilian Portuguese'],
		['yo', 'Yoruba'],
		['x-not-a-language!', 'x-not-a-language!'],
		['', '']
	])('names %j as %j', (tag, name) => {
		expect(languageName(tag)).toBe(name);
	});
});
