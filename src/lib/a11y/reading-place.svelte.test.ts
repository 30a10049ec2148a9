import { describe, expect, it } from 'vitest';
import { ReadingPlace } from './reading-place.svelte';

describe('ReadingPlace', () => {
	it.each([
		[null, null, null],
		['the-story', null, 'the-story'],
		[null, 'accountability', 'accountability'],
		['the-story', 'accountability', 'accountability']
	])('scrolled %s, listening %s → current %s', (scrolled, listening, current) => {
		const place = new ReadingPlace();
		place.scrolledSectionId = scrolled;
		place.listeningSectionId = listening;
		expect(place.currentSectionId).toBe(current);
	});
});
