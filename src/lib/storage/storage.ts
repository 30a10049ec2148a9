/**
 * Hark's storage: one IndexedDB database through `idb`, typed by `HarkSchema`, or — when IndexedDB is
 * missing, broken or blocked — memory for this session, with a plain-words reason. Writes that fail
 * (quota) throw a StorageError and leave what is stored untouched (each write is one transaction).
 */
import { openDB, type IDBPDatabase, type StoreNames, type StoreValue } from 'idb';
import {
	databaseName,
	databaseVersion,
	migrations,
	type HarkSchema,
	type ListeningPosition,
	type StoredArticle,
	type StoredSetting
} from './schema';

type Store = StoreNames<HarkSchema>;

/** Why a storage operation failed, in words a listener can act on. */
export class StorageError extends Error {
	constructor(
		/** What kind of failure it was. */
		readonly kind: 'quota' | 'unavailable' | 'blocked' | 'corrupt' | 'unknown',
		message: string,
		options?: { cause?: unknown }
	) {
		super(message, options);
		this.name = 'StorageError';
	}
}

/** Turns whatever IndexedDB threw into a StorageError. */
export function toStorageError(error: unknown): StorageError {
	if (error instanceof StorageError) return error;
	const name = (error as { name?: string } | null)?.name ?? '';
	if (name === 'QuotaExceededError')
		return new StorageError(
			'quota',
			'This device has no room left for Hark to save that. Remove an article or free some space, then try again.',
			{ cause: error }
		);
	if (name === 'InvalidStateError' || name === 'UnknownError' || name === 'NotFoundError')
		return new StorageError('unavailable', 'Hark could not reach its storage on this device.', {
			cause: error
		});
	return new StorageError(
		'unknown',
		`Hark could not save that: ${String((error as Error)?.message ?? error)}`,
		{
			cause: error
		}
	);
}

/** The raw per-store operations, implemented by IndexedDB and by memory. */
interface Backend {
	get<S extends Store>(store: S, key: string): Promise<StoreValue<HarkSchema, S> | undefined>;
	getAll<S extends Store>(store: S): Promise<StoreValue<HarkSchema, S>[]>;
	put<S extends Store>(store: S, value: StoreValue<HarkSchema, S>): Promise<void>;
	putMany<S extends Store>(store: S, values: StoreValue<HarkSchema, S>[]): Promise<void>;
	delete(store: Store, key: string): Promise<void>;
	close(): void;
}

const keyPaths: { [S in Store]: string } = {
	settings: 'key',
	positions: 'articleId',
	articles: 'id'
};

function memoryBackend(): Backend {
	const stores = new Map<Store, Map<string, unknown>>(
		(Object.keys(keyPaths) as Store[]).map((name) => [name, new Map()])
	);
	const keyOf = (store: Store, value: unknown) =>
		String((value as Record<string, unknown>)[keyPaths[store]]);
	return {
		async get(store, key) {
			return structuredClone(stores.get(store)!.get(key)) as never;
		},
		async getAll(store) {
			return [...stores.get(store)!.values()].map((v) => structuredClone(v)) as never;
		},
		async put(store, value) {
			stores.get(store)!.set(keyOf(store, value), structuredClone(value));
		},
		async putMany(store, values) {
			for (const value of values)
				stores.get(store)!.set(keyOf(store, value), structuredClone(value));
		},
		async delete(store, key) {
			stores.get(store)!.delete(key);
		},
		close() {}
	};
}

function indexedDbBackend(db: IDBPDatabase<HarkSchema>): Backend {
	const guard = async <T>(operation: () => Promise<T>): Promise<T> => {
		try {
			return await operation();
		} catch (error) {
			throw toStorageError(error);
		}
	};
	return {
		get: (store, key) => guard(() => db.get(store, key)),
		getAll: (store) => guard(() => db.getAll(store)),
		put: (store, value) => guard(async () => void (await db.put(store, value))),
		putMany: (store, values) =>
			guard(async () => {
				const tx = db.transaction(store, 'readwrite');
				await Promise.all([...values.map((v) => tx.store.put(v)), tx.done]);
			}),
		delete: (store, key) => guard(() => db.delete(store, key)),
		close: () => db.close()
	};
}

/** What was skipped while reading a store because a record was not of the expected shape. */
export interface SkippedRecord {
	store: Store;
	key: string;
	reason: string;
}

/** Checks a record read from the database; returns why it is unusable, or null. */
type Validator<T> = (value: unknown) => value is T;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isPosition: Validator<ListeningPosition> = (v): v is ListeningPosition =>
	isObject(v) &&
	typeof v.articleId === 'string' &&
	Number.isInteger(v.line) &&
	(v.line as number) >= 0 &&
	typeof v.updatedAt === 'number';
const isStoredArticle: Validator<StoredArticle> = (v): v is StoredArticle =>
	isObject(v) &&
	typeof v.id === 'string' &&
	isObject(v.article) &&
	typeof v.article.headline === 'string' &&
	Array.isArray(v.article.sections);
const isSetting: Validator<StoredSetting> = (v): v is StoredSetting =>
	isObject(v) && typeof v.key === 'string';

/** Hark's storage, whichever backend holds it. */
export class HarkStorage {
	/** Records skipped because they were damaged, for the settings page to report. */
	readonly skipped: SkippedRecord[] = [];
	/** Called once, the first time anything is saved (to ask for persistent storage). */
	onFirstSave: (() => void) | null = null;
	#saved = false;

	constructor(
		private backend: Backend,
		/** Where data lives: on the device, or only in memory for this session. */
		readonly kind: 'indexeddb' | 'memory',
		/** Why storage fell back to memory, in plain words; null when on the device. */
		readonly problem: string | null = null
	) {}

	async #write(operation: () => Promise<void>): Promise<void> {
		await operation();
		if (!this.#saved) {
			this.#saved = true;
			this.onFirstSave?.();
		}
	}

	async #readAll<S extends Store, T extends StoreValue<HarkSchema, S>>(
		store: S,
		valid: Validator<T>
	): Promise<T[]> {
		const values: unknown[] = await this.backend.getAll(store);
		return values.filter((value): value is T => {
			if (valid(value)) return true;
			const key = isObject(value) ? String(value[keyPaths[store]] ?? '?') : '?';
			if (!this.skipped.some((s) => s.store === store && s.key === key))
				this.skipped.push({ store, key, reason: 'the record is damaged and was skipped' });
			return false;
		});
	}

	/** A setting's value, or undefined. */
	async getSetting<T>(key: string): Promise<T | undefined> {
		const record = await this.backend.get('settings', key);
		return isSetting(record) ? (record.value as T) : undefined;
	}
	/** Saves a setting. */
	putSetting(key: string, value: unknown): Promise<void> {
		return this.#write(() => this.backend.put('settings', { key, value }));
	}
	/** Every setting. */
	allSettings(): Promise<StoredSetting[]> {
		return this.#readAll('settings', isSetting);
	}

	/** The listening position in an article, or undefined. */
	async getPosition(articleId: string): Promise<ListeningPosition | undefined> {
		const record = await this.backend.get('positions', articleId);
		return isPosition(record) ? record : undefined;
	}
	/** Saves a listening position. */
	putPosition(position: ListeningPosition): Promise<void> {
		return this.#write(() => this.backend.put('positions', position));
	}
	/** Every listening position (damaged ones skipped and reported). */
	allPositions(): Promise<ListeningPosition[]> {
		return this.#readAll('positions', isPosition);
	}
	/** Forgets the position in an article. */
	deletePosition(articleId: string): Promise<void> {
		return this.backend.delete('positions', articleId);
	}

	/** An article in the library, or undefined. */
	async getArticle(id: string): Promise<StoredArticle | undefined> {
		const record = await this.backend.get('articles', id);
		return isStoredArticle(record) ? record : undefined;
	}
	/** Saves an article to the library. */
	putArticle(article: StoredArticle): Promise<void> {
		return this.#write(() => this.backend.put('articles', article));
	}
	/** Saves several articles in one transaction: all or none. */
	putArticles(articles: StoredArticle[]): Promise<void> {
		return this.#write(() => this.backend.putMany('articles', articles));
	}
	/** Every article in the library (damaged ones skipped and reported). */
	allArticles(): Promise<StoredArticle[]> {
		return this.#readAll('articles', isStoredArticle);
	}
	/** Removes an article from the library. */
	deleteArticle(id: string): Promise<void> {
		return this.backend.delete('articles', id);
	}

	/** Closes the connection. */
	close(): void {
		this.backend.close();
	}
}

/** Options for opening storage; the defaults are right for the app, tests override them. */
export interface OpenOptions {
	/** The IndexedDB factory; undefined means IndexedDB is unavailable. */
	indexedDB?: IDBFactory;
	/** How long to wait for another tab to let go of an older version before using memory. */
	blockedTimeoutMs?: number;
	/** Database name (tests use their own). */
	name?: string;
	/** Called when another tab needs this connection closed to upgrade the database. */
	onVersionChange?: () => void;
}

/** A HarkStorage in memory, with the reason it is not on the device. */
export function memoryStorage(problem: string | null = null): HarkStorage {
	return new HarkStorage(memoryBackend(), 'memory', problem);
}

/** Opens Hark's database, migrating it to the current version; falls back to memory with a reason. */
export async function openHarkStorage(options: OpenOptions = {}): Promise<HarkStorage> {
	const factory = 'indexedDB' in options ? options.indexedDB : globalThis.indexedDB;
	if (!factory)
		return memoryStorage(
			'This browser does not let Hark store anything (as in some private windows), so your place and settings last only until you close this page.'
		);
	const name = options.name ?? databaseName;
	let blockedTimer: ReturnType<typeof setTimeout> | undefined;
	let startBlockedTimer = () => {};
	// Only when another tab holds an older version open do we wait a bounded time, then use memory.
	const blocked = new Promise<HarkStorage>((resolve) => {
		startBlockedTimer = () => {
			blockedTimer ??= setTimeout(
				() =>
					resolve(
						memoryStorage(
							'Hark is open in another tab with an older version. Close that tab and reload this one to keep your place and settings on this device.'
						)
					),
				options.blockedTimeoutMs ?? 3000
			);
		};
	});
	let db: IDBPDatabase<HarkSchema> | undefined;
	const opening = openDB<HarkSchema>(name, databaseVersion, {
		upgrade(upgrading, oldVersion, _newVersion, tx) {
			for (let version = oldVersion; version < databaseVersion; version++)
				migrations[version]!(upgrading, tx);
		},
		blocked() {
			startBlockedTimer();
		},
		blocking() {
			// Another tab wants a newer version: let it upgrade rather than break it.
			db?.close();
			options.onVersionChange?.();
		}
	});
	try {
		const winner = await Promise.race([
			opening.then((opened) => {
				db = opened;
				return new HarkStorage(indexedDbBackend(opened), 'indexeddb');
			}),
			blocked
		]);
		if (winner.kind === 'memory') void opening.then((late) => late.close()).catch(() => {});
		return winner;
	} catch (error) {
		const errorName = (error as { name?: string })?.name;
		return memoryStorage(
			errorName === 'VersionError'
				? 'A newer version of Hark has updated its storage in another tab. Reload this page to keep your place and settings on this device.'
				: 'Hark could not open its storage on this device, so your place and settings last only until you close this page.'
		);
	} finally {
		clearTimeout(blockedTimer);
	}
}
