import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../content/model';
import type { ListeningPosition } from '../storage/schema';
import { libraryEntries, progressLabel, visibleEntries } from './entries';

const summary = (slug: string): ArticleSummary => ({
	slug,
	headline: `Headline ${slug}`,
	dek: null,
	author: null,
	lang: 'en',
	source: null,
	wordCount: 1000,
	listeningMinutes: 7
});
const position = (articleId: string, over: Partial<ListeningPosition> = {}): ListeningPosition => ({
	articleId,
	line: 10,
	wordOffset: 0,
	sectionId: null,
	progress: 0.38,
	finished: false,
	updatedAt: 100,
	...over
});

describe('progress labels', () => {
	it.each([
		[{ progress: 0, finished: false, started: false }, 'Not started'],
		[{ progress: 0.381, finished: false, started: true }, '38% listened'],
		[{ progress: 0.001, finished: false, started: true }, '1% listened'],
		[{ progress: 0.999, finished: false, started: true }, '99% listened'],
		[{ progress: 1, finished: true, started: true }, 'Listened']
	])('%j → %s', (entry, label) => {
		expect(progressLabel(entry)).toBe(label);
	});
});

describe('library entries', () => {
	const entries = libraryEntries({
		bundled: [summary('seed'), summary('other')],
		imported: [{ summary: summary('mine'), href: '/read?article=mine', openedAt: 50 }],
		positions: [
			position('seed', { updatedAt: 20 }),
			position('other', { finished: true, progress: 1, updatedAt: 10 })
		],
		opened: { seed: 5 },
		removed: []
	});

	it('joins bundled and imported articles with their progress', () => {
		expect(entries.map((e) => [e.id, e.origin, e.href, progressLabel(e)])).toEqual([
			['seed', 'bundled', '/articles/seed', '38% listened'],
			['other', 'bundled', '/articles/other', 'Listened'],
			['mine', 'imported', '/read?article=mine', 'Not started']
		]);
	});

	it('sorts by last opened and filters unread and listened', () => {
		expect(visibleEntries(entries, 'all').map((e) => e.id)).toEqual(['mine', 'seed', 'other']);
		expect(visibleEntries(entries, 'unread').map((e) => e.id)).toEqual(['mine', 'seed']);
		expect(visibleEntries(entries, 'listened').map((e) => e.id)).toEqual(['other']);
	});

	it.each([
		['opened again later than it was added', { mine: 80 }, 80],
		['never opened again', {}, 50],
		['an older time recorded than the one it was added with', { mine: 30 }, 50]
	])('an imported article %s is sorted by its latest opening', (_, opened, lastOpened) => {
		const [mine] = libraryEntries({
			bundled: [],
			imported: [{ summary: summary('mine'), href: '/read?article=mine', openedAt: 50 }],
			positions: [],
			opened,
			removed: []
		});
		expect(mine!.lastOpened).toBe(lastOpened);
	});

	it('leaves out removed articles', () => {
		const kept = libraryEntries({
			bundled: [summary('seed')],
			imported: [],
			positions: [],
			opened: {},
			removed: ['seed']
		});
		expect(kept).toEqual([]);
	});
});
