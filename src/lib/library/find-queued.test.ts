import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../storage/storage';
import { parseArticle } from '../content/parse';
import { segmentArticle } from '../content/segment';
import { testArticleSource } from '../speech/testing';
import { queuedArticleFinder } from './find-queued';
import { libraryKeys } from './settings-keys';

describe('queuedArticleFinder', () => {
	it('finds imported articles in storage and bundled ones in the listing, not removed ones', async () => {
		const storage = memoryStorage();
		await storage.putArticle({
			id: 'mine',
			article: segmentArticle(parseArticle(testArticleSource, 'mine.md')),
			origin: 'imported',
			contentHash: 'x',
			addedAt: 0,
			openedAt: 0
		});
		await storage.putSetting(libraryKeys.removed, ['hidden']);
		let fetches = 0;
		const find = queuedArticleFinder(Promise.resolve(storage), async () => {
			fetches++;
			return [
				{ slug: 'bundled', headline: 'A bundled story' },
				{ slug: 'hidden', headline: 'Removed' }
			];
		});
		expect(await find('mine')).toEqual({
			id: 'mine',
			headline: 'A test headline',
			href: '/read?article=mine'
		});
		expect(await find('bundled')).toEqual({
			id: 'bundled',
			headline: 'A bundled story',
			href: '/articles/bundled'
		});
		expect(await find('hidden')).toBeNull();
		expect(await find('unknown')).toBeNull();
		expect(fetches).toBe(1);
	});

	it('a listing that cannot be read finds nothing bundled', async () => {
		const find = queuedArticleFinder(Promise.resolve(memoryStorage()), () =>
			Promise.reject(new Error('offline'))
		);
		expect(await find('bundled')).toBeNull();
	});
});
