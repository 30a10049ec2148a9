/**
 * The shape of Hark's one IndexedDB database, and its migrations. Every change to the stores adds a
 * version and a migration step; steps run in order from whatever version a device has.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { Article } from '../content/model';

/** The database's name. */
export const databaseName = 'hark';
/** The current schema version. */
export const databaseVersion = 2;

/** Where a listener was in an article. */
export interface ListeningPosition {
	/** The article's slug or library id. */
	articleId: string;
	/** Index of the script line (sentence or heading) being spoken or last spoken. */
	line: number;
	/** Character offset of the last word reached within that line, when the voice reported one. */
	wordOffset: number;
	/** Id of the section the line belongs to, to offer "resume at <section>". */
	sectionId: string | null;
	/** Fraction of the article's words listened to, 0–1. */
	progress: number;
	/** Whether the article was listened to the end. */
	finished: boolean;
	/** When this position was saved (ms since the epoch). */
	updatedAt: number;
}

/** An article kept in the library on this device. */
export interface StoredArticle {
	/** Library id (also its route). */
	id: string;
	/** The parsed, segmented article. */
	article: Article;
	/** Where it came from: bundled with Hark or brought by the listener. */
	origin: 'bundled' | 'imported';
	/** Hash of the article's text, to notice duplicates. */
	contentHash: string;
	/** When it was added (ms since the epoch). */
	addedAt: number;
	/** When it was last opened (ms since the epoch), for sorting the library. */
	openedAt: number;
}

/** A stored setting: any structured-cloneable value under a key. */
export interface StoredSetting {
	/** The setting's key, e.g. "reading.theme". */
	key: string;
	/** Its value. */
	value: unknown;
}

export interface HarkSchema extends DBSchema {
	/** App-wide settings, one record per key. */
	settings: { key: string; value: StoredSetting };
	/** One listening position per article. */
	positions: { key: string; value: ListeningPosition; indexes: { byUpdatedAt: number } };
	/** The library of articles kept on the device. */
	articles: {
		key: string;
		value: StoredArticle;
		indexes: { byOpenedAt: number; byContentHash: string };
	};
}

type UpgradeTransaction = IDBPTransaction<HarkSchema, StoreNames<HarkSchema>[], 'versionchange'>;

/** Aborts an upgrade transaction unless it has already finished. */
function abortQuietly(tx: UpgradeTransaction): void {
	try {
		tx.abort();
	} catch {
		// Already aborted or done.
	}
}

/** Migration steps: `migrations[n]` takes a database from version n to n + 1. */
export const migrations: ((db: IDBPDatabase<HarkSchema>, tx: UpgradeTransaction) => void)[] = [
	// 0 → 1: settings and listening positions.
	(db) => {
		db.createObjectStore('settings', { keyPath: 'key' });
		const positions = db.createObjectStore('positions', { keyPath: 'articleId' });
		positions.createIndex('byUpdatedAt', 'updatedAt');
	},
	// 1 → 2: the library; positions gain `progress` and `finished`.
	(db, tx) => {
		const articles = db.createObjectStore('articles', { keyPath: 'id' });
		articles.createIndex('byOpenedAt', 'openedAt');
		articles.createIndex('byContentHash', 'contentHash');
		const positions = tx.objectStore('positions');
		positions
			.openCursor()
			.then(async function upgrade(cursor): Promise<void> {
				if (!cursor) return;
				const old = cursor.value as Partial<ListeningPosition> & {
					articleId: string;
					line: number;
				};
				await cursor.update({
					wordOffset: 0,
					sectionId: null,
					updatedAt: Date.now(),
					...old,
					progress: old.progress ?? 0,
					finished: old.finished ?? false
				});
				return upgrade(await cursor.continue());
			})
			// A step that fails aborts the whole upgrade: the database stays at its old version, data intact.
			.catch(() => abortQuietly(tx));
	}
];
