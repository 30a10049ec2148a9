/**
 * Hark's storage against fake-indexeddb: every store on both backends, the migration from version 1,
 * and every failure the issue names (quota, blocked upgrade, a newer tab, IndexedDB missing or
 * broken, damaged records) — each gives a plain message and leaves stored data as it was.
 */
import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore as FDBObjectStore } from 'fake-indexeddb';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { databaseVersion, migrations, type ListeningPosition, type StoredArticle } from './schema';
import {
	HarkStorage,
	StorageError,
	memoryStorage,
	openHarkStorage,
	storageProblems,
	toStorageError
} from './storage';

const position = (articleId: string, overrides: Partial<ListeningPosition> = {}) =>
	({
		articleId,
		line: 12,
		wordOffset: 4,
		sectionId: 'where-things-stand',
		progress: 0.25,
		finished: false,
		updatedAt: 1_700_000_000_000,
		...overrides
	}) satisfies ListeningPosition;

const storedArticle = (id: string): StoredArticle => ({
	id,
	article: {
		slug: id,
		lang: 'en',
		dir: 'ltr',
		headline: `Headline ${id}`,
		dek: null,
		author: null,
		perspective: null,
		source: null,
		sections: [
			{
				id: 's',
				heading: 'Section',
				blocks: [
					{ kind: 'paragraph', paragraph: { text: 'Text.', sentences: [{ start: 0, end: 5 }] } }
				]
			}
		]
	},
	origin: 'imported',
	contentHash: `hash-${id}`,
	addedAt: 1,
	openedAt: 2
});

/** Opens a raw connection (as another tab, or an older Hark, would). */
function openRaw(
	factory: IDBFactory,
	version: number,
	upgrade: (db: IDBDatabase) => void = () => {}
): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const request = factory.open('hark', version);
		request.onupgradeneeded = () => upgrade(request.result);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** Runs one raw read-write transaction and waits for it to commit. */
function rawWrite(db: IDBDatabase, store: string, values: unknown[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const tx = db.transaction(store, 'readwrite');
		for (const value of values) tx.objectStore(store).put(value);
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error);
	});
}

/** Reads every record of a store through a raw connection. */
function rawReadAll(db: IDBDatabase, store: string): Promise<unknown[]> {
	return new Promise((resolve, reject) => {
		const request = db.transaction(store).objectStore(store).getAll();
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** Hark's database as version 1 created it: settings, and positions without progress or finished. */
function createVersion1(db: IDBDatabase): void {
	db.createObjectStore('settings', { keyPath: 'key' });
	db.createObjectStore('positions', { keyPath: 'articleId' }).createIndex(
		'byUpdatedAt',
		'updatedAt'
	);
}

const originalPut = FDBObjectStore.prototype.put;

/** Makes the "disk" full: after `allowed` more successful puts, every put fails with QuotaExceededError. */
function fillDiskAfter(allowed: number): void {
	let remaining = allowed;
	FDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
		if (remaining-- > 0) return originalPut.apply(this, args);
		// Like a browser: the request fails asynchronously, which aborts (and rolls back) its transaction.
		const internal = this as unknown as {
			transaction: { _execRequestAsync(request: object): IDBRequest };
		};
		return internal.transaction._execRequestAsync({
			operation: () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			},
			source: this
		});
	} as typeof originalPut;
}

afterEach(() => {
	FDBObjectStore.prototype.put = originalPut;
});

const backends: [string, () => Promise<HarkStorage>][] = [
	['IndexedDB', () => openHarkStorage({ indexedDB: new IDBFactory() })],
	['memory', async () => memoryStorage()]
];

describe.each(backends)('every store, on %s', (_name, open) => {
	it('keeps settings by key, and lists them', async () => {
		const storage = await open();
		expect(await storage.getSetting('reading.theme')).toBeUndefined();
		await storage.putSetting('reading.theme', 'dark');
		await storage.putSetting('listening.rate', 1.5);
		await storage.putSetting('listening.rate', 1.75);
		expect(await storage.getSetting('reading.theme')).toBe('dark');
		expect(await storage.getSetting('listening.rate')).toBe(1.75);
		expect((await storage.allSettings()).sort((a, b) => a.key.localeCompare(b.key))).toEqual([
			{ key: 'listening.rate', value: 1.75 },
			{ key: 'reading.theme', value: 'dark' }
		]);
	});

	it('keeps one listening position per article, and forgets one on request', async () => {
		const storage = await open();
		await storage.putPosition(position('a'));
		await storage.putPosition(position('b', { line: 3 }));
		await storage.putPosition(position('a', { line: 40, finished: true, progress: 1 }));
		expect(await storage.getPosition('a')).toEqual(
			position('a', { line: 40, finished: true, progress: 1 })
		);
		expect((await storage.allPositions()).map((p) => [p.articleId, p.line]).sort()).toEqual([
			['a', 40],
			['b', 3]
		]);
		await storage.deletePosition('a');
		expect(await storage.getPosition('a')).toBeUndefined();
		expect(await storage.allPositions()).toHaveLength(1);
	});

	it('keeps articles in the library, alone or several at once, and removes them', async () => {
		const storage = await open();
		await storage.putArticle(storedArticle('one'));
		await storage.putArticles([storedArticle('two'), storedArticle('three')]);
		expect(await storage.getArticle('two')).toEqual(storedArticle('two'));
		expect((await storage.allArticles()).map((a) => a.id).sort()).toEqual(['one', 'three', 'two']);
		expect((await storage.articleIds()).sort()).toEqual(['one', 'three', 'two']);
		await storage.deleteArticle('one');
		expect(await storage.getArticle('one')).toBeUndefined();
		expect(await storage.allArticles()).toHaveLength(2);
	});

	it('finds an article by the hash of its text, through the index', async () => {
		const storage = await open();
		await storage.putArticles([storedArticle('one'), storedArticle('two')]);
		expect(await storage.articleIdWithContentHash('hash-two')).toBe('two');
		expect(await storage.articleIdWithContentHash('hash-none')).toBeUndefined();
	});

	it('returns copies, so changing a value read does not change what is stored', async () => {
		const storage = await open();
		await storage.putSetting('voices', ['Alice']);
		(await storage.getSetting<string[]>('voices'))!.push('Bob');
		expect(await storage.getSetting('voices')).toEqual(['Alice']);
	});

	it('calls onFirstSave once, after the first successful save', async () => {
		const storage = await open();
		let calls = 0;
		storage.onFirstSave = () => calls++;
		await storage.getSetting('x');
		expect(calls).toBe(0);
		await storage.putSetting('x', 1);
		await storage.putPosition(position('a'));
		expect(calls).toBe(1);
	});

	it('saving several articles is all or nothing: one bad value stores none of them', async () => {
		const storage = await open();
		const broken = {
			...storedArticle('bad'),
			article: { headline: 'x', sections: [], f: () => 1 }
		};
		await expect(
			storage.putArticles([storedArticle('good'), broken as unknown as StoredArticle])
		).rejects.toBeInstanceOf(StorageError);
		expect(await storage.allArticles()).toEqual([]);
	});

	it('reads back any valid position exactly as saved', async () => {
		const storage = await open();
		await fc.assert(
			fc.asyncProperty(
				fc.record({
					articleId: fc.string({ minLength: 1 }),
					line: fc.nat(),
					wordOffset: fc.nat(),
					sectionId: fc.option(fc.string(), { nil: null }),
					progress: fc.double({ min: 0, max: 1, noNaN: true }),
					finished: fc.boolean(),
					updatedAt: fc.nat()
				}),
				async (saved) => {
					await storage.putPosition(saved);
					expect(await storage.getPosition(saved.articleId)).toEqual(saved);
				}
			),
			{ numRuns: 40 }
		);
	});
});

describe('the migration from version 1', () => {
	it('keeps every setting and position, and fills in what version 2 added', async () => {
		const factory = new IDBFactory();
		const v1 = await openRaw(factory, 1, createVersion1);
		await rawWrite(v1, 'settings', [
			{ key: 'reading.theme', value: 'sepia' },
			{ key: 'listening.rate', value: 1.25 }
		]);
		await rawWrite(v1, 'positions', [
			{ articleId: 'a', line: 7, wordOffset: 3, sectionId: 'intro', updatedAt: 100 },
			{ articleId: 'b', line: 0, wordOffset: 0, sectionId: null, updatedAt: 200 }
		]);
		v1.close();

		const storage = await openHarkStorage({ indexedDB: factory });
		expect(storage.kind).toBe('indexeddb');
		expect(storage.problem).toBeNull();
		expect(await storage.getSetting('reading.theme')).toBe('sepia');
		expect(await storage.getSetting('listening.rate')).toBe(1.25);
		expect(await storage.getPosition('a')).toEqual({
			articleId: 'a',
			line: 7,
			wordOffset: 3,
			sectionId: 'intro',
			progress: 0,
			finished: false,
			updatedAt: 100
		});
		expect((await storage.allPositions()).map((p) => p.articleId).sort()).toEqual(['a', 'b']);
		// The store version 2 added works.
		await storage.putArticle(storedArticle('new'));
		expect(await storage.getArticle('new')).toEqual(storedArticle('new'));
		storage.close();

		// The migrated records themselves carry the new fields (not just repaired on reading).
		const after = await openRaw(factory, databaseVersion);
		expect(after.version).toBe(databaseVersion);
		expect(await rawReadAll(after, 'positions')).toEqual([
			expect.objectContaining({ articleId: 'a', progress: 0, finished: false }),
			expect.objectContaining({ articleId: 'b', progress: 0, finished: false })
		]);
		after.close();
	});

	it('a migration step that fails leaves the database at version 1 with its data, and uses memory', async () => {
		const factory = new IDBFactory();
		const v1 = await openRaw(factory, 1, createVersion1);
		await rawWrite(v1, 'positions', [{ articleId: 'a', line: 7, updatedAt: 100 }]);
		v1.close();
		const step = migrations[1]!;
		migrations[1] = () => {
			throw new Error('a bug in a migration');
		};
		try {
			const storage = await openHarkStorage({ indexedDB: factory });
			expect(storage.kind).toBe('memory');
			expect(storage.problem).toBe(storageProblems.failedToOpen);
		} finally {
			migrations[1] = step;
		}
		const still = await openRaw(factory, 1);
		expect(still.version).toBe(1);
		expect(await rawReadAll(still, 'positions')).toEqual([
			{ articleId: 'a', line: 7, updatedAt: 100 }
		]);
		still.close();
	});
});

describe('when the device is full', () => {
	it('a setting that does not fit gives the quota message and keeps the stored value', async () => {
		const storage = await openHarkStorage({ indexedDB: new IDBFactory() });
		await storage.putSetting('reading.theme', 'dark');
		fillDiskAfter(0);
		const failure = await storage.putSetting('reading.theme', 'light').catch((e: unknown) => e);
		expect(failure).toBeInstanceOf(StorageError);
		expect((failure as StorageError).kind).toBe('quota');
		expect((failure as StorageError).message).toMatch(/no room left for Hark/);
		expect(await storage.getSetting('reading.theme')).toBe('dark');
	});

	it('a library save that runs out of room half-way stores none of it and damages nothing', async () => {
		const storage = await openHarkStorage({ indexedDB: new IDBFactory() });
		await storage.putArticle(storedArticle('kept'));
		await storage.putPosition(position('kept'));
		fillDiskAfter(2);
		await expect(
			storage.putArticles([storedArticle('x'), storedArticle('y'), storedArticle('z')])
		).rejects.toMatchObject({ kind: 'quota' });
		expect((await storage.allArticles()).map((a) => a.id)).toEqual(['kept']);
		expect(await storage.getPosition('kept')).toEqual(position('kept'));
		// Once there is room again, saving works.
		FDBObjectStore.prototype.put = originalPut;
		await storage.putArticles([storedArticle('x')]);
		expect((await storage.allArticles()).map((a) => a.id).sort()).toEqual(['kept', 'x']);
	});

	it('toStorageError names each failure in plain words', () => {
		const cases: [string, StorageError['kind'], RegExp][] = [
			['QuotaExceededError', 'quota', /no room left/],
			['InvalidStateError', 'unavailable', /could not reach its storage/],
			['UnknownError', 'unavailable', /could not reach its storage/],
			['DataCloneError', 'unknown', /could not save that/]
		];
		for (const [name, kind, message] of cases) {
			const error = toStorageError(new DOMException('raw', name));
			expect([error.kind, error.message]).toEqual([kind, expect.stringMatching(message)]);
		}
		const already = new StorageError('corrupt', 'kept as it is');
		expect(toStorageError(already)).toBe(already);
	});
});

describe('when another tab is in the way', () => {
	it('an older tab that will not let go of the database: memory for now, with the reason, data intact', async () => {
		const factory = new IDBFactory();
		const oldTab = await openRaw(factory, 1, createVersion1);
		await rawWrite(oldTab, 'settings', [{ key: 'reading.theme', value: 'sepia' }]);
		// The old tab ignores versionchange, as an old Hark without a handler would.
		const storage = await openHarkStorage({ indexedDB: factory, blockedTimeoutMs: 20 });
		expect(storage.kind).toBe('memory');
		expect(storage.problem).toBe(storageProblems.blocked);
		await storage.putSetting('reading.theme', 'dark');
		expect(await storage.getSetting('reading.theme')).toBe('dark');
		expect(await rawReadAll(oldTab, 'settings')).toEqual([
			{ key: 'reading.theme', value: 'sepia' }
		]);
		oldTab.close();
		// Once the old tab is gone, the next visit upgrades and finds the data.
		const later = await openHarkStorage({ indexedDB: factory, blockedTimeoutMs: 20 });
		expect(later.kind).toBe('indexeddb');
		expect(await later.getSetting('reading.theme')).toBe('sepia');
		later.close();
	});

	it('a newer tab that needs the database: this tab lets go and says why', async () => {
		const factory = new IDBFactory();
		let versionChanges = 0;
		const storage = await openHarkStorage({
			indexedDB: factory,
			onVersionChange: () => versionChanges++
		});
		await storage.putSetting('reading.theme', 'dark');
		const newerTab = await openRaw(factory, databaseVersion + 1);
		expect(versionChanges).toBe(1);
		expect(storage.problem).toBe(storageProblems.newerElsewhere);
		await expect(storage.putSetting('reading.theme', 'light')).rejects.toMatchObject({
			kind: 'blocked',
			message: storageProblems.newerElsewhere
		});
		expect(await rawReadAll(newerTab, 'settings')).toEqual([
			{ key: 'reading.theme', value: 'dark' }
		]);
		newerTab.close();
	});

	it('a database already newer than this Hark: memory, and a reload is suggested', async () => {
		const factory = new IDBFactory();
		(await openRaw(factory, databaseVersion + 1)).close();
		const storage = await openHarkStorage({ indexedDB: factory });
		expect(storage.kind).toBe('memory');
		expect(storage.problem).toBe(storageProblems.newerElsewhere);
	});
});

describe('when IndexedDB is missing or broken', () => {
	const throwing = (name: string) =>
		({
			open() {
				throw new DOMException('denied', name);
			}
		}) as unknown as IDBFactory;
	it.each([
		['no IndexedDB at all', undefined, storageProblems.unavailable],
		['open() throws at once', throwing('SecurityError'), storageProblems.failedToOpen]
	])('%s: memory, with the reason', async (_case, factory, problem) => {
		const storage = await openHarkStorage({ indexedDB: factory });
		expect(storage.kind).toBe('memory');
		expect(storage.problem).toBe(problem);
		await storage.putPosition(position('a'));
		expect(await storage.getPosition('a')).toEqual(position('a'));
	});

	it('the open request fails (as in some private windows): memory, with the reason', async () => {
		const request = new EventTarget() as IDBOpenDBRequest;
		const factory = {
			open() {
				queueMicrotask(() => {
					Object.defineProperty(request, 'error', {
						value: new DOMException('no mutations', 'InvalidStateError')
					});
					request.dispatchEvent(new Event('error'));
				});
				return request;
			}
		} as unknown as IDBFactory;
		const storage = await openHarkStorage({ indexedDB: factory });
		expect(storage.kind).toBe('memory');
		expect(storage.problem).toBe(storageProblems.failedToOpen);
	});
});

describe('damaged records', () => {
	it('are skipped and reported once each; a position missing only optional fields is repaired', async () => {
		const factory = new IDBFactory();
		(await openHarkStorage({ indexedDB: factory })).close();
		const raw = await openRaw(factory, databaseVersion);
		await rawWrite(raw, 'positions', [
			position('fine'),
			{ articleId: 'bad-line', line: 'twelve', updatedAt: 1 },
			{ articleId: 'no-time', line: 3 },
			{ articleId: 'old-shape', line: 5, updatedAt: 9, progress: 'half' }
		]);
		await rawWrite(raw, 'articles', [
			storedArticle('fine'),
			{ id: 'no-article', origin: 'imported' },
			{ id: 'no-sections', article: { headline: 'x' } }
		]);
		await rawWrite(raw, 'settings', [{ key: 'ok', value: 1 }, { key: 'no-value' }]);
		raw.close();

		const storage = await openHarkStorage({ indexedDB: factory });
		expect((await storage.allPositions()).map((p) => p.articleId).sort()).toEqual([
			'fine',
			'old-shape'
		]);
		expect(await storage.getPosition('old-shape')).toEqual({
			articleId: 'old-shape',
			line: 5,
			wordOffset: 0,
			sectionId: null,
			progress: 0,
			finished: false,
			updatedAt: 9
		});
		expect(await storage.getPosition('bad-line')).toBeUndefined();
		expect((await storage.allArticles()).map((a) => a.id)).toEqual(['fine']);
		expect(await storage.getArticle('no-article')).toBeUndefined();
		expect(await storage.allSettings()).toEqual([{ key: 'ok', value: 1 }]);
		expect(await storage.getSetting('no-value')).toBeUndefined();

		// Reading the same damaged record again does not report it twice.
		await storage.allPositions();
		expect(storage.skipped.map((s) => `${s.store}:${s.key}`).sort()).toEqual([
			'articles:no-article',
			'articles:no-sections',
			'positions:bad-line',
			'positions:no-time',
			'settings:no-value'
		]);
		expect(storage.skipped.every((s) => s.reason === 'the record is damaged and was skipped')).toBe(
			true
		);
		// The damaged records are left where they are (skipped, not deleted).
		const check = await openRaw(factory, databaseVersion);
		expect(await rawReadAll(check, 'positions')).toHaveLength(4);
		check.close();
		storage.close();
	});
});
