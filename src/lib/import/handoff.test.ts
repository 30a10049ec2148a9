import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../storage/schema';
import { ImportHandoff } from './handoff';

const stored = (id: string): StoredArticle =>
	({ id, origin: 'imported', contentHash: id, addedAt: 1, openedAt: 1 }) as StoredArticle;

describe('ImportHandoff', () => {
	it('gives the article just added to its own page, once', () => {
		const handoff = new ImportHandoff();
		const article = stored('a-1');
		handoff.give(article);
		expect(handoff.take('a-1')).toBe(article);
		expect(handoff.take('a-1')).toBeNull();
	});

	it('gives nothing for another id, and keeps the article for its own page', () => {
		const handoff = new ImportHandoff();
		handoff.give(stored('a-1'));
		expect(handoff.take('a-2')).toBeNull();
		expect(handoff.take('a-1')?.id).toBe('a-1');
	});

	it('holds only the article added last', () => {
		const handoff = new ImportHandoff();
		handoff.give(stored('a-1'));
		handoff.give(stored('a-2'));
		expect(handoff.take('a-1')).toBeNull();
		expect(handoff.take('a-2')?.id).toBe('a-2');
	});
});
