import { describe, expect, it } from 'vitest';
import { importText } from '../import/index';
import type { ListeningPosition, StoredArticle } from '../storage/schema';
import { bundledLexicon, lexiconKey, type LexiconEntry } from '../lexicon/lexicon';
import { backupFileName, createBackup, mergeLexicon, parseBackup, planMerge } from './backup';

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
const two = stored('Second\n\nOther text here. And more.\n\n- A list item.\n- Another.');
const backup = createBackup(
	{
		articles: [one, two],
		positions: [position(one.id, 10), position(two.id, 10)],
		settings: [{ key: 'speed', value: 1.4 }]
	},
	new Date('2026-11-25T10:00:00Z')
);

/** The backup as JSON with its first article holding only `paragraph` (stored as is, unchecked). */
const backupWithParagraph = (paragraph: unknown) =>
	JSON.stringify({
		...backup,
		articles: [
			{
				...one,
				article: {
					...one.article,
					sections: [{ id: 's', heading: 'h', blocks: [{ kind: 'paragraph', paragraph }] }]
				}
			}
		]
	});

describe('backups', () => {
	it('round-trips through JSON', () => {
		// The second article's list is kept.
		expect(JSON.stringify(two.article)).toContain('"list":{"item":1,"ordered":false}');
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
			backupWithParagraph({ text: 'abc', sentences: [{ start: 0, end: 9 }] }),
			/Article 1 .* damaged/
		],
		[
			'a paragraph with a damaged list place',
			backupWithParagraph({ text: 'abc', sentences: [], list: { item: 0, ordered: 'yes' } }),
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

const entry = (
	shown: string,
	spoken: string,
	options: Partial<LexiconEntry> = {}
): LexiconEntry => ({
	id: shown.toLowerCase(),
	shown,
	spoken,
	wholeWord: true,
	caseSensitive: false,
	lang: 'en',
	...options
});
const shownAndSpoken = (entries: LexiconEntry[]) => entries.map((e) => `${e.shown}→${e.spoken}`);

describe('merging the pronunciation lexicon', () => {
	const salt = entry('salt', 'sea salt');
	const pepper = entry('pepper', 'black pepper');
	it.each<[string, unknown, unknown, string[], number]>([
		[
			'adds entries not here, after the ones here',
			[salt],
			[pepper],
			['salt→sea salt', 'pepper→black pepper'],
			1
		],
		[
			'keeps an entry here over the same rule said differently',
			[salt],
			[entry('salt', 'rock salt')],
			['salt→sea salt'],
			0
		],
		[
			'the same rule in other letter case when case does not matter',
			[salt],
			[entry('SALT', 'rock salt', { id: 'x' })],
			['salt→sea salt'],
			0
		],
		[
			'another rule: case that matters',
			[salt],
			[entry('SALT', 'ess ay', { id: 'x', caseSensitive: true })],
			['salt→sea salt', 'SALT→ess ay'],
			1
		],
		[
			'another rule: not whole words',
			[salt],
			[entry('salt', 'rock salt', { id: 'x', wholeWord: false })],
			['salt→sea salt', 'salt→rock salt'],
			1
		],
		[
			'another rule: another language',
			[salt],
			[entry('salt', 'sel', { id: 'x', lang: 'fr' })],
			['salt→sea salt', 'salt→sel'],
			1
		],
		[
			'the same language written otherwise',
			[salt],
			[entry('salt', 'x', { lang: 'en-GB' })],
			['salt→sea salt'],
			0
		],
		[
			'another rule: limited to some voices',
			[salt],
			[entry('salt', 'sawlt', { id: 'x', voiceMatch: 'espeak' })],
			['salt→sea salt', 'salt→sawlt'],
			1
		],
		[
			'nothing stored here: the bundled entries are what is here',
			undefined,
			[pepper],
			[...shownAndSpoken([...bundledLexicon]), 'pepper→black pepper'],
			1
		],
		[
			'a damaged lexicon here counts as the bundled one (as it is used)',
			'damaged',
			[pepper],
			[...shownAndSpoken([...bundledLexicon]), 'pepper→black pepper'],
			1
		],
		[
			'skips damaged entries of the backup',
			[salt],
			[pepper, { shown: 'x' }, 42],
			['salt→sea salt', 'pepper→black pepper'],
			1
		],
		['a backup lexicon that is not a list adds nothing', [salt], 'oops', ['salt→sea salt'], 0],
		[
			'the backup repeating a rule adds it once',
			[],
			[pepper, { ...pepper, id: 'p2' }],
			['pepper→black pepper'],
			1
		]
	])('%s', (_case, here, incoming, expected, added) => {
		const merged = mergeLexicon(here, incoming);
		expect(shownAndSpoken(merged.entries)).toEqual(expected);
		expect(merged.added).toBe(added);
	});

	it('gives an added entry a fresh id when its id is taken here', () => {
		const merged = mergeLexicon(
			[salt, { ...pepper, id: 'salt-2' }],
			[entry('tomato', 'tom-ah-to', { id: 'salt' })]
		);
		expect(merged.entries.map((e) => e.id)).toEqual(['salt', 'salt-2', 'salt-3']);
	});

	it.each<[string, LexiconEntry[] | null, LexiconEntry[], string, number]>([
		[
			'a device with its own lexicon gains the backup’s new entries',
			[salt],
			[salt, pepper],
			'Added 0 articles, 0 listening positions, 1 setting and 1 pronunciation entry.',
			1
		],
		[
			'several entries',
			[salt],
			[pepper, entry('tomato', 'tom-ah-to')],
			'Added 0 articles, 0 listening positions, 1 setting and 2 pronunciation entries.',
			2
		],
		[
			'nothing new in the lexicon and nothing else',
			[salt, pepper],
			[pepper],
			'Added 0 articles, 0 listening positions and 1 setting.',
			0
		]
	])('restoring: %s', (_case, here, lexicon, report, added) => {
		const withLexicon = {
			...backup,
			settings: [...backup.settings, { key: lexiconKey, value: lexicon }]
		};
		const plan = planMerge(withLexicon, {
			articles: [one, two],
			positions: backup.positions,
			settings: here ? [{ key: lexiconKey, value: here }] : []
		});
		expect(plan.report).toBe(report);
		expect(plan.lexiconEntriesAdded).toBe(added);
		const written = plan.settings.find((s) => s.key === lexiconKey)?.value as
			LexiconEntry[] | undefined;
		if (added === 0) expect(written).toBeUndefined();
		else expect(written!.length).toBe((here ?? []).length + added);
		// Other settings already here are still left alone; "speed" is not set here.
		expect(plan.settings.filter((s) => s.key !== lexiconKey)).toEqual([
			{ key: 'speed', value: 1.4 }
		]);
	});

	it('leaves a lexicon here alone when the backup has none, and says nothing to add', () => {
		const plan = planMerge(backup, {
			articles: [one, two],
			positions: backup.positions,
			settings: [...backup.settings, { key: lexiconKey, value: [salt] }]
		});
		expect(plan.settings).toEqual([]);
		expect(plan.report).toMatch(/Nothing to add/);
	});
});
