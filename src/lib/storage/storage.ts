/**
 * Hark's storage: one IndexedDB database through `idb`, typed by `HarkSchema`, or — when IndexedDB is
 * missing, broken or blocked — memory for this session, with a plain-words reason. Writes that fail
 * (quota) throw a StorageError and leave what is stored untouched (each write is one transaction, and
 * a transaction that fails half-way is aborted, so it is all or nothing). Damaged records are skipped
 * and listed in `skipped`. When another tab's newer Hark needs the database, this tab lets go of it
 * and says so in `problem` rather than stand in the way. Every settings write is announced to the
 * listeners of `onSettingsChanged`, so values held in memory follow a restored backup or another tab.
 */
import { isArticle } from '../content/validate';
import {
	wrap,
	type IDBPDatabase,
	type OpenDBCallbacks,
	type StoreNames,
	type StoreValue
} from 'idb';
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
	keys(store: Store): Promise<string[]>;
	articleIdByContentHash(contentHash: string): Promise<string | undefined>;
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

/** Runs a storage operation, turning whatever it throws into a StorageError. */
async function guard<T>(operation: () => Promise<T>): Promise<T> {
	try {
		return await operation();
	} catch (error) {
		throw toStorageError(error);
	}
}

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
		async keys(store) {
			return [...stores.get(store)!.keys()];
		},
		async articleIdByContentHash(contentHash) {
			for (const [key, value] of stores.get('articles')!)
				if ((value as { contentHash?: unknown }).contentHash === contentHash) return key;
			return undefined;
		},
		put: (store, value) =>
			guard(async () => void stores.get(store)!.set(keyOf(store, value), structuredClone(value))),
		putMany: (store, values) =>
			guard(async () => {
				// Clone everything first, so one value that cannot be stored leaves the store untouched.
				const copies = values.map(
					(value) => [keyOf(store, value), structuredClone(value)] as const
				);
				for (const [key, copy] of copies) stores.get(store)!.set(key, copy);
			}),
		async delete(store, key) {
			stores.get(store)!.delete(key);
		},
		close() {}
	};
}

/**
 * The IndexedDB backend. `closedBecause()` says why the connection was let go (another tab upgraded,
 * or the browser closed it), so every later operation fails with that reason instead of a bare error.
 */
function indexedDbBackend(
	db: IDBPDatabase<HarkSchema>,
	closedBecause: () => StorageError | null
): Backend {
	const open = <T>(operation: () => Promise<T>): Promise<T> =>
		guard(() => {
			const closed = closedBecause();
			if (closed) throw closed;
			return operation();
		});
	return {
		get: (store, key) => open(() => db.get(store, key)),
		getAll: (store) => open(() => db.getAll(store)),
		keys: (store) => open(async () => (await db.getAllKeys(store)).map(String)),
		articleIdByContentHash: (contentHash) =>
			open(async () => {
				const key = await db.getKeyFromIndex('articles', 'byContentHash', contentHash);
				return key === undefined ? undefined : String(key);
			}),
		put: (store, value) => open(async () => void (await db.put(store, value))),
		putMany: (store, values) =>
			open(async () => {
				const tx = db.transaction(store, 'readwrite');
				const pending: Promise<unknown>[] = [tx.done];
				try {
					for (const value of values) pending.push(tx.store.put(value));
					await Promise.all(pending);
				} catch (error) {
					for (const request of pending) request.catch(() => {});
					// A put that threw at once (a value without its key, or one that cannot be cloned) leaves the
					// transaction running: abort it so the puts before it are undone too.
					try {
						tx.abort();
					} catch {
						// Already finished (the transaction aborted itself).
					}
					throw error;
				}
			}),
		delete: (store, key) => open(() => db.delete(store, key)),
		close: () => db.close()
	};
}

/** What was skipped while reading a store because a record was not of the expected shape. */
export interface SkippedRecord {
	store: Store;
	key: string;
	reason: string;
}

/**
 * Settings that changed in storage: which keys, and how. Whoever holds a setting in memory (Persisted)
 * reads it again unless it saved the value itself ('saved').
 */
export interface SettingsChange {
	/** The keys of the settings written. */
	keys: string[];
	/** 'saved': one setting saved by its holder; 'restored': several written for others (a backup); 'other-tab': written by Hark in another tab. */
	origin: 'saved' | 'restored' | 'other-tab';
}

/** Told of every settings change; may return a promise the writer waits for (e.g. a re-read). */
export type SettingsListener = (change: SettingsChange) => void | Promise<void>;

/** Reads a record from the database: the usable value (repaired where a default will do), or null. */
type Reader<T> = (value: unknown) => T | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A position needs its article, line and time; the rest falls back to "nothing known yet". */
export const readPosition: Reader<ListeningPosition> = (v) => {
	if (!isObject(v) || typeof v.articleId !== 'string') return null;
	if (!Number.isInteger(v.line) || (v.line as number) < 0 || !isFiniteNumber(v.updatedAt))
		return null;
	return {
		articleId: v.articleId,
		line: v.line as number,
		wordOffset:
			Number.isInteger(v.wordOffset) && (v.wordOffset as number) >= 0
				? (v.wordOffset as number)
				: 0,
		sectionId: typeof v.sectionId === 'string' ? v.sectionId : null,
		progress: isFiniteNumber(v.progress) ? Math.min(1, Math.max(0, v.progress)) : 0,
		finished: v.finished === true,
		updatedAt: v.updatedAt
	};
};
/** An article must be whole (checked to its sentences), or rendering it could fail. */
const readStoredArticle: Reader<StoredArticle> = (v) =>
	isObject(v) && typeof v.id === 'string' && isArticle(v.article)
		? (v as unknown as StoredArticle)
		: null;
const readSetting: Reader<StoredSetting> = (v) =>
	isObject(v) && typeof v.key === 'string' && 'value' in v ? (v as unknown as StoredSetting) : null;

/** Hark's storage, whichever backend holds it. */
export class HarkStorage {
	/** Records skipped because they were damaged, for the settings page to report. */
	readonly skipped: SkippedRecord[] = [];
	/** Called once, the first time anything is saved (to ask for persistent storage). */
	onFirstSave: (() => void) | null = null;
	#saved = false;
	#problem: string | null;
	#settingsListeners = new Set<SettingsListener>();

	constructor(
		private backend: Backend,
		/** Where data lives: on the device, or only in memory for this session. */
		readonly kind: 'indexeddb' | 'memory',
		/** Why storage fell back to memory, in plain words; null when on the device. */
		problem: string | null = null
	) {
		this.#problem = problem;
	}

	/** Why storage is not (or no longer) saving on the device, in plain words; null when all is well. */
	get problem(): string | null {
		return this.#problem;
	}

	/** Records that the database was let go of (another tab upgraded it, or the browser closed it). */
	lostConnection(reason: string): void {
		this.#problem = reason;
	}

	async #write(operation: () => Promise<void>): Promise<void> {
		await operation();
		if (!this.#saved) {
			this.#saved = true;
			this.onFirstSave?.();
		}
	}

	#skip(store: Store, value: unknown, key?: string): void {
		const recordKey = key ?? (isObject(value) ? String(value[keyPaths[store]] ?? '?') : '?');
		if (!this.skipped.some((s) => s.store === store && s.key === recordKey))
			this.skipped.push({
				store,
				key: recordKey,
				reason: 'the record is damaged and was skipped'
			});
	}

	async #read<S extends Store, T>(store: S, key: string, read: Reader<T>): Promise<T | undefined> {
		const record: unknown = await this.backend.get(store, key);
		if (record === undefined) return undefined;
		const value = read(record);
		if (value === null) this.#skip(store, record, key);
		return value ?? undefined;
	}

	async #readAll<S extends Store, T>(store: S, read: Reader<T>): Promise<T[]> {
		const records: unknown[] = await this.backend.getAll(store);
		const values: T[] = [];
		for (const record of records) {
			const value = read(record);
			if (value === null) this.#skip(store, record);
			else values.push(value);
		}
		return values;
	}

	/** A setting's value, or undefined. */
	async getSetting<T>(key: string): Promise<T | undefined> {
		return (await this.#read('settings', key, readSetting))?.value as T | undefined;
	}
	/** Saves a setting (for the one holding it: listeners hear it as 'saved'). */
	async putSetting(key: string, value: unknown): Promise<void> {
		await this.#write(() => this.backend.put('settings', { key, value }));
		await this.#settingsChanged({ keys: [key], origin: 'saved' });
	}
	/**
	 * Saves several settings in one transaction (all or none) on behalf of others, as restoring a
	 * backup does, and resolves once every listener has handled it (the values in memory are current).
	 */
	async putSettings(settings: StoredSetting[]): Promise<void> {
		if (settings.length === 0) return;
		await this.#write(() => this.backend.putMany('settings', settings));
		await this.#settingsChanged({ keys: settings.map((s) => s.key), origin: 'restored' });
	}
	/** Tells the listeners that Hark in another tab changed these settings in the shared database. */
	settingsChangedInOtherTab(keys: string[]): Promise<void> {
		return this.#settingsChanged({ keys, origin: 'other-tab' });
	}
	/** Calls `listener` after every settings change; returns the function that stops it. */
	onSettingsChanged(listener: SettingsListener): () => void {
		this.#settingsListeners.add(listener);
		return () => void this.#settingsListeners.delete(listener);
	}
	async #settingsChanged(change: SettingsChange): Promise<void> {
		// A listener that fails must not fail the write, nor keep the others from hearing of it.
		await Promise.allSettled(
			[...this.#settingsListeners].map(async (listener) => listener(change))
		);
	}
	/** Every setting (damaged ones skipped and reported). */
	allSettings(): Promise<StoredSetting[]> {
		return this.#readAll('settings', readSetting);
	}

	/** The listening position in an article, or undefined. */
	getPosition(articleId: string): Promise<ListeningPosition | undefined> {
		return this.#read('positions', articleId, readPosition);
	}
	/** Saves a listening position. */
	putPosition(position: ListeningPosition): Promise<void> {
		return this.#write(() => this.backend.put('positions', position));
	}
	/** Every listening position (damaged ones skipped and reported). */
	allPositions(): Promise<ListeningPosition[]> {
		return this.#readAll('positions', readPosition);
	}
	/** Forgets the position in an article. */
	deletePosition(articleId: string): Promise<void> {
		return this.backend.delete('positions', articleId);
	}

	/** An article in the library, or undefined. */
	getArticle(id: string): Promise<StoredArticle | undefined> {
		return this.#read('articles', id, readStoredArticle);
	}
	/** Saves an article to the library. */
	putArticle(article: StoredArticle): Promise<void> {
		return this.#write(() => this.backend.put('articles', article));
	}
	/** Saves several articles in one transaction: all or none. */
	putArticles(articles: StoredArticle[]): Promise<void> {
		return this.#write(() => this.backend.putMany('articles', articles));
	}
	/** The ids of the articles in the library, without reading the articles themselves. */
	articleIds(): Promise<string[]> {
		return this.backend.keys('articles');
	}
	/** The id of an article whose text has hash `contentHash`, through the index (no article is read). */
	articleIdWithContentHash(contentHash: string): Promise<string | undefined> {
		return this.backend.articleIdByContentHash(contentHash);
	}
	/** Every article in the library (damaged ones skipped and reported). */
	allArticles(): Promise<StoredArticle[]> {
		return this.#readAll('articles', readStoredArticle);
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

/** The plain-words reasons storage is not on the device, shown in the settings. */
export const storageProblems = {
	unavailable:
		'This browser does not let Hark store anything (as in some private windows), so your place and settings last only until you close this page.',
	blocked:
		'Hark is open in another tab with an older version. Close that tab and reload this one to keep your place and settings on this device.',
	newerElsewhere:
		'A newer version of Hark has updated its storage in another tab. Reload this page to keep your place and settings on this device.',
	failedToOpen:
		'Hark could not open its storage on this device, so your place and settings last only until you close this page.',
	closedByBrowser:
		'The browser closed Hark’s storage (perhaps site data was cleared). Reload this page to keep saving your place and settings.'
} as const;

/** A HarkStorage in memory, with the reason it is not on the device. */
export function memoryStorage(problem: string | null = null): HarkStorage {
	return new HarkStorage(memoryBackend(), 'memory', problem);
}

/** The IndexedDB factory, or undefined where there is none or touching it throws (sandboxed frames). */
function defaultFactory(): IDBFactory | undefined {
	try {
		return globalThis.indexedDB ?? undefined;
	} catch {
		return undefined;
	}
}

/**
 * idb's `openDB`, but on the given factory (idb's own always uses the global `indexedDB`), and a
 * migration that throws aborts the upgrade instead of escaping from an event handler.
 */
function openWith(
	factory: IDBFactory,
	name: string,
	version: number,
	{ upgrade, blocked, blocking, terminated }: OpenDBCallbacks<HarkSchema>
): Promise<IDBPDatabase<HarkSchema>> {
	const request = factory.open(name, version);
	const opening = wrap(request) as unknown as Promise<IDBPDatabase<HarkSchema>>;
	request.addEventListener('upgradeneeded', (event) => {
		const tx = wrap(request.transaction!);
		// An aborted upgrade is reported by the open request; nobody else waits on this.
		tx.done.catch(() => {});
		try {
			upgrade?.(
				wrap(request.result) as unknown as IDBPDatabase<HarkSchema>,
				event.oldVersion,
				event.newVersion,
				tx as never,
				event
			);
		} catch {
			request.transaction?.abort();
		}
	});
	request.addEventListener('blocked', (event) =>
		blocked?.(event.oldVersion, event.newVersion, event as IDBVersionChangeEvent)
	);
	opening
		.then((db) => {
			db.addEventListener('close', () => terminated?.());
			db.addEventListener('versionchange', (event) =>
				blocking?.(event.oldVersion, event.newVersion, event)
			);
		})
		.catch(() => {});
	return opening;
}

/** Opens Hark's database, migrating it to the current version; falls back to memory with a reason. */
export async function openHarkStorage(options: OpenOptions = {}): Promise<HarkStorage> {
	const factory = 'indexedDB' in options ? options.indexedDB : defaultFactory();
	if (!factory) return memoryStorage(storageProblems.unavailable);
	const name = options.name ?? databaseName;
	let blockedTimer: ReturnType<typeof setTimeout> | undefined;
	let startBlockedTimer = () => {};
	// Only when another tab holds an older version open do we wait a bounded time, then use memory.
	const blocked = new Promise<HarkStorage>((resolve) => {
		startBlockedTimer = () => {
			blockedTimer ??= setTimeout(
				() => resolve(memoryStorage(storageProblems.blocked)),
				options.blockedTimeoutMs ?? 3000
			);
		};
	});
	/** Why the connection was let go of after opening, once it has been. */
	let closedBecause: StorageError | null = null;
	let storage: HarkStorage | undefined;
	const letGo = (reason: string) => {
		closedBecause = new StorageError('blocked', reason);
		storage?.lostConnection(reason);
	};
	let db: IDBPDatabase<HarkSchema> | undefined;
	try {
		const opening = openWith(factory, name, databaseVersion, {
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
				letGo(storageProblems.newerElsewhere);
				options.onVersionChange?.();
			},
			terminated() {
				letGo(storageProblems.closedByBrowser);
			}
		});
		const winner = await Promise.race([
			opening.then((opened) => {
				db = opened;
				storage = new HarkStorage(
					indexedDbBackend(opened, () => closedBecause),
					'indexeddb'
				);
				return storage;
			}),
			blocked
		]);
		if (winner.kind === 'memory') void opening.then((late) => late.close()).catch(() => {});
		return winner;
	} catch (error) {
		// indexedDB.open can throw at once (SecurityError) or fail (private modes, a failed migration,
		// whose transaction is then aborted so the stored data stays as it was).
		const errorName = (error as { name?: string })?.name;
		return memoryStorage(
			errorName === 'VersionError' ? storageProblems.newerElsewhere : storageProblems.failedToOpen
		);
	} finally {
		clearTimeout(blockedTimer);
	}
}
