import { describe, expect, it } from 'vitest';
import { clockTime, speedLabel, spokenDuration } from './format';

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

	it.each([
		[10, 'less than a minute'],
		[60, '1 minute'],
		[150, '3 minutes'],
		[3_600, '1 hour'],
		[3_900, '1 hour 5 minutes'],
		[7_260, '2 hours 1 minute']
	])('says %s seconds as "%s"', (seconds, said) => {
		expect(spokenDuration(seconds)).toBe(said);
	});

	it('shows speeds with one decimal', () => {
		expect(speedLabel(1)).toBe('1.0×');
		expect(speedLabel(2.5)).toBe('2.5×');
	});
});
