import { describe, expect, it } from 'vitest';
import { describeStorage, formatBytes } from './storage-report';

describe('formatBytes', () => {
	it.each([
		[0, '0 bytes'],
		[1, '1 byte'],
		[1023, '1023 bytes'],
		[1536, '1.5 KB'],
		[5 * 1024 * 1024, '5 MB'],
		[123 * 1024 * 1024, '123 MB'],
		[2.25 * 1024 ** 3, '2.3 GB'],
		[-1, 'an unknown amount'],
		[Number.NaN, 'an unknown amount']
	])('%s → %s', (bytes, words) => {
		expect(formatBytes(bytes)).toBe(words);
	});
});

describe('describeStorage', () => {
	it('says data is on the device and how much is used', () => {
		expect(
			describeStorage({
				estimate: { usage: 2048, quota: 10 * 1024 ** 3 },
				kind: 'indexeddb',
				problem: null,
				skipped: []
			})
		).toEqual([
			'Hark keeps your articles, your place and your settings on this device.',
			'This site uses 2 KB of the 10 GB your browser allows it.'
		]);
	});

	it('gives the memory fallback reason and counts skipped records by kind', () => {
		expect(
			describeStorage({
				estimate: null,
				kind: 'memory',
				problem: 'This browser does not let Hark store anything.',
				skipped: [
					{ store: 'positions', key: 'a' },
					{ store: 'positions', key: 'b' },
					{ store: 'articles', key: 'c' }
				]
			})
		).toEqual([
			'This browser does not let Hark store anything.',
			'2 damaged listening places could not be read and were skipped.',
			'1 damaged saved article could not be read and was skipped.'
		]);
	});

	it('gives the reason when the device storage was let go of after opening (a newer tab)', () => {
		expect(
			describeStorage({
				estimate: null,
				kind: 'indexeddb',
				problem: 'A newer version of Hark has updated its storage in another tab.',
				skipped: []
			})
		).toEqual(['A newer version of Hark has updated its storage in another tab.']);
	});

	it('falls back to a plain sentence when memory storage gives no reason', () => {
		expect(
			describeStorage({
				estimate: { usage: 0, quota: 0 },
				kind: 'memory',
				problem: null,
				skipped: []
			})
		).toEqual([
			'Hark keeps your place and settings only until you close this page on this device.',
			'This site uses 0 bytes.'
		]);
	});
});
