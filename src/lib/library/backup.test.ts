import { describe, expect, it } from 'vitest';
import { importText } from '../import/index';
import type { ListeningPosition, StoredArticle } from '../storage/schema';
import { backupFileName, createBackup, parseBackup, planMerge } from './backup';

function stored(text: string, at = 1): StoredArticle {
	const result = importText(text);
	if (!result.ok) throw new Error(result.error);
	return {
		id: result.article.slug,
		article: result.article,
		origin: 'imported',
		contentHash: result.contentHash,
		addedAt: at,
		openedAt: at
	};
}
const position = (articleId: string, updatedAt: number): ListeningPosition => ({
	articleId,
	line: 3,
	wordOffset: 0,
	sectionId: null,
	progress: 0.2,
	finished: false,
	updatedAt
});

const one = stored('First\n\nSome text here.');
const two = stored('Second\n\nOther text here. And more.');
const backup = createBackup(
	{
		articles: [one, two],
		positions: [position(one.id, 10), position(two.id, 10)],
		settings: [{ key: 'speed', value: 1.4 }]
	},
	new Date('2026-11-25T10:00:00Z')
);

describe('backups', () => {
	it('round-trips through JSON', () => {
		const parsed = parseBackup(JSON.stringify(backup));
		expect(parsed).toEqual({ ok: true, backup });
		expect(backupFileName(new Date('2026-11-25T10:00:00Z'))).toBe('hark-library-2026-11-25.json');
	});

	it.each([
		['not JSON', 'hello', /not valid JSON/],
		['truncated', JSON.stringify(backup).slice(0, 200), /not valid JSON/],
		[
			'another format',
			JSON.stringify({ format: 'other', version: 1 }),
			/not a Hark library backup/
		],
		['an unknown version', JSON.stringify({ ...backup, version: 99 }), /version 99/],
		['missing lists', JSON.stringify({ format: 'hark-library', version: 1 }), /incomplete/],
		[
			'a damaged article',
			JSON.stringify({
				...backup,
				articles: [one, { ...two, article: { ...two.article, sections: 'x' } }]
			}),
			/Article 2 .* damaged/
		],
		[
			'a sentence outside its text',
			JSON.stringify({
				...backup,
				articles: [
					{
						...one,
						article: {
							...one.article,
							sections: [
								{
									id: 's',
									heading: 'h',
									blocks: [
										{
											kind: 'paragraph',
											paragraph: { text: 'abc', sentences: [{ start: 0, end: 9 }] }
										}
									]
								}
							]
						}
					}
				]
			}),
			/Article 1 .* damaged/
		],
		[
			'a damaged position',
			JSON.stringify({ ...backup, positions: [{ articleId: 'x', line: -1 }] }),
			/position 1 .* damaged/
		],
		[
			'a damaged setting',
			JSON.stringify({ ...backup, settings: [{ nokey: 1 }] }),
			/Setting 1 .* damaged/
		]
	])('refuses %s and changes nothing', (_name, text, message) => {
		const parsed = parseBackup(text);
		expect(parsed.ok).toBe(false);
		if (!parsed.ok) {
			expect(parsed.error).toMatch(message);
			expect(parsed.error).toMatch(/Nothing was changed/);
		}
	});
});

describe('merging', () => {
	it('adds new articles, newer positions and unset settings, and says so', () => {
		const plan = planMerge(backup, {
			articles: [one],
			positions: [position(one.id, 50)],
			settings: []
		});
		expect(plan.articles.map((a) => a.id)).toEqual([two.id]);
		expect(plan.positions.map((p) => p.articleId)).toEqual([two.id]);
		expect(plan.settings).toEqual([{ key: 'speed', value: 1.4 }]);
		expect(plan.report).toBe('Added 1 article, 1 listening position and 1 setting.');
	});

	it('adds nothing when everything is already here', () => {
		const plan = planMerge(backup, {
			articles: [one, two],
			positions: backup.positions,
			settings: backup.settings
		});
		expect(plan.report).toMatch(/Nothing to add/);
		expect(plan.articles).toEqual([]);
	});
});
