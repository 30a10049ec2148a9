import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { ListeningPosition } from '../storage/schema';
import { articleHref, continueHref, type KnownArticles } from './continue';

const known: KnownArticles = {
	bundled: new Set(['seed', 'other']),
	library: new Set(['imported-1'])
};

const at = (articleId: string, updatedAt: number, finished = false): ListeningPosition => ({
	articleId,
	line: 3,
	wordOffset: 0,
	sectionId: null,
	progress: finished ? 1 : 0.4,
	finished,
	updatedAt
});

describe('continueHref', () => {
	it.each([
		['nothing listened to yet', [], '/'],
		['one bundled article', [at('seed', 1)], '/articles/seed'],
		['the most recent wins', [at('seed', 1), at('other', 5)], '/articles/other'],
		['a finished article is skipped', [at('seed', 1), at('other', 5, true)], '/articles/seed'],
		['everything finished: the library', [at('seed', 9, true)], '/'],
		['an imported article opens in the reader', [at('imported-1', 2)], '/read?article=imported-1'],
		[
			'an article no longer on the device is passed over',
			[at('gone', 9), at('seed', 1)],
			'/articles/seed'
		],
		['only gone articles: the library', [at('gone', 9)], '/']
	])('%s', (_case, positions, expected) => {
		expect(continueHref(positions, known)).toBe(expected);
	});

	it('always answers the library or an article that is on the device', () => {
		const ids = fc.constantFrom('seed', 'other', 'imported-1', 'gone', 'a b/c');
		fc.assert(
			fc.property(fc.array(fc.tuple(ids, fc.nat(), fc.boolean())), (entries) => {
				const href = continueHref(
					entries.map(([id, time, finished]) => at(id, time, finished)),
					known
				);
				const unfinished = entries.filter(
					([id, , finished]) => !finished && id !== 'gone' && id !== 'a b/c'
				);
				if (unfinished.length === 0) expect(href).toBe('/');
				else {
					const newest = Math.max(...unfinished.map(([, time]) => time));
					const newestHrefs = unfinished
						.filter(([, time]) => time === newest)
						.map(([id]) => articleHref(id, known));
					expect(newestHrefs).toContain(href);
				}
			})
		);
	});
});

describe('articleHref', () => {
	it('escapes ids so they stay one path segment or one query value', () => {
		const odd: KnownArticles = { bundled: new Set(['a/b']), library: new Set(['x&y=z']) };
		expect(articleHref('a/b', odd)).toBe('/articles/a%2Fb');
		expect(articleHref('x&y=z', odd)).toBe('/read?article=x%26y%3Dz');
		expect(articleHref('missing', odd)).toBeNull();
	});
});
