import { describe, expect, it } from 'vitest';
import { clockTime, languageName, speedLabel } from './format';

describe('player numbers', () => {
	it.each([
		[0, '0:00'],
		[59.4, '0:59'],
		[61, '1:01'],
		[3_725, '1:02:05'],
		[-5, '0:00'],
		[Number.NaN, '0:00']
	])('shows %s seconds as %s', (seconds, shown) => {
		expect(clockTime(seconds)).toBe(shown);
	});

	it('shows speeds with one decimal', () => {
		expect(speedLabel(1)).toBe('1.0×');
		expect(speedLabel(2.5)).toBe('2.5×');
	});
});

describe('language names', () => {
	it.each([
		['es', ['en-US'], 'Spanish'],
		['es', ['fr'], 'espagnol'],
		['pt-BR', [], 'Brazilian Portuguese'],
		['not a tag!', ['en'], 'not a tag!']
	] as const)('%s in %j is %s', (tag, displayIn, name) => {
		expect(languageName(tag, displayIn)).toBe(name);
	});
});
