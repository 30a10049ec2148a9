/**
 * The library home's state: what the device holds (imported articles, positions, the queue, removed
 * and last-opened records) joined with the bundled articles, and the listener's actions on it.
 * Every action writes through HarkStorage and then updates the state it changed.
 */
import type { ArticleSummary } from '../content/model';
import { summarize } from '../content/summary';
import type { ListeningPosition, StoredArticle } from '../storage/schema';
import type { HarkStorage } from '../storage/storage';
import { createBackup, parseBackup, planMerge } from './backup';
import { libraryEntries, visibleEntries, type LibraryEntry, type LibraryFilter } from './entries';
import { importedArticleHref } from './library';
import { addToQueue, playNext, removeFromQueue } from './queue';
import { libraryKeys } from './settings-keys';

/** Something removed that can still be put back. */
interface Removal {
	entry: LibraryEntry;
	stored: StoredArticle | null;
}

export class LibraryState {
	/** Imported articles on this device. */
	imported = $state.raw<StoredArticle[]>([]);
	/** Listening positions by article. */
	positions = $state.raw<ListeningPosition[]>([]);
	/** Last-opened times of bundled articles. */
	opened = $state<Record<string, number>>({});
	/** Ids removed from the library. */
	removed = $state<string[]>([]);
	/** The listening queue. */
	queue = $state<string[]>([]);
	/** Which articles are shown. */
	filter = $state<LibraryFilter>('all');
	/** Whether the device's part of the library has been read. */
	loaded = $state(false);
	/** How many damaged records storage skipped while reading the library. */
	damaged = $state(0);
	/** The last removal, for "Undo". */
	lastRemoval = $state.raw<Removal | null>(null);

	/** Every entry, bundled and imported. */
	entries = $derived.by(() => this.#allEntries());
	/** The entries shown for the current filter, most recently opened first. */
	shown = $derived(visibleEntries(this.entries, this.filter));
	/** The queued entries, in order. */
	queued = $derived(
		this.queue
			.map((id) => this.entries.find((e) => e.id === id))
			.filter((e): e is LibraryEntry => !!e)
	);

	constructor(
		private storage: Promise<HarkStorage>,
		/** The articles bundled with Hark. */
		private bundled: ArticleSummary[]
	) {}

	#allEntries(): LibraryEntry[] {
		return libraryEntries({
			bundled: this.bundled,
			imported: this.imported.map((s) => ({
				summary: summarize(s.article),
				href: importedArticleHref(s.id),
				openedAt: s.openedAt
			})),
			positions: this.positions,
			opened: this.opened,
			removed: this.removed
		});
	}

	/** Reads the device's part of the library. */
	async load(): Promise<void> {
		const s = await this.storage;
		const [imported, positions, opened, removed, queue] = await Promise.all([
			s.allArticles(),
			s.allPositions(),
			s.getSetting<Record<string, number>>(libraryKeys.opened),
			s.getSetting<string[]>(libraryKeys.removed),
			s.getSetting<string[]>(libraryKeys.queue)
		]);
		this.imported = imported.filter((a) => a.origin === 'imported');
		this.positions = positions;
		this.opened = opened ?? {};
		this.removed = Array.isArray(removed) ? removed : [];
		this.queue = Array.isArray(queue) ? queue : [];
		this.damaged = s.skipped.filter(
			(r) => r.store === 'articles' || r.store === 'positions'
		).length;
		this.loaded = true;
	}

	async #saveQueue(queue: string[]): Promise<void> {
		this.queue = queue;
		await (await this.storage).putSetting(libraryKeys.queue, queue);
	}

	/** Puts an article first in the queue. */
	playNext(id: string): Promise<void> {
		return this.#saveQueue(playNext(this.queue, id));
	}
	/** Puts an article at the end of the queue. */
	addToQueue(id: string): Promise<void> {
		return this.#saveQueue(addToQueue(this.queue, id));
	}
	/** Takes an article out of the queue. */
	removeFromQueue(id: string): Promise<void> {
		return this.#saveQueue(removeFromQueue(this.queue, id));
	}

	/** Removes an article (its position is kept, so "Undo" restores everything). */
	async remove(entry: LibraryEntry): Promise<void> {
		const s = await this.storage;
		let stored: StoredArticle | null = null;
		if (entry.origin === 'imported') {
			stored = this.imported.find((a) => a.id === entry.id) ?? null;
			await s.deleteArticle(entry.id);
			this.imported = this.imported.filter((a) => a.id !== entry.id);
		} else {
			this.removed = [...this.removed, entry.id];
			await s.putSetting(libraryKeys.removed, $state.snapshot(this.removed));
		}
		if (this.queue.includes(entry.id)) await this.#saveQueue(removeFromQueue(this.queue, entry.id));
		this.lastRemoval = { entry, stored };
	}

	/** Puts back the last removed article. */
	async undoRemove(): Promise<LibraryEntry | null> {
		const removal = this.lastRemoval;
		if (!removal) return null;
		const s = await this.storage;
		if (removal.stored) {
			await s.putArticle(removal.stored);
			this.imported = [...this.imported, removal.stored];
		} else {
			this.removed = this.removed.filter((id) => id !== removal.entry.id);
			await s.putSetting(libraryKeys.removed, $state.snapshot(this.removed));
		}
		this.lastRemoval = null;
		return removal.entry;
	}

	/** The whole library as a backup file's text. */
	async exportBackup(): Promise<string> {
		const s = await this.storage;
		const [articles, positions, settings] = await Promise.all([
			s.allArticles(),
			s.allPositions(),
			s.allSettings()
		]);
		return JSON.stringify(createBackup({ articles, positions, settings }));
	}

	/**
	 * Validates a backup fully, then merges it; returns the report or the error. Restored settings are
	 * in effect when it resolves: storage tells every value held in memory to read its record again.
	 */
	async importBackup(text: string): Promise<{ ok: boolean; message: string }> {
		const parsed = parseBackup(text);
		if (!parsed.ok) return { ok: false, message: parsed.error };
		const s = await this.storage;
		const [articles, positions, settings] = await Promise.all([
			s.allArticles(),
			s.allPositions(),
			s.allSettings()
		]);
		const plan = planMerge(parsed.backup, { articles, positions, settings });
		try {
			if (plan.articles.length) await s.putArticles(plan.articles);
			for (const position of plan.positions) await s.putPosition(position);
			// One transaction; settings held in memory (speed, theme, voices, …) read it before this returns.
			await s.putSettings(plan.settings);
		} catch (error) {
			return { ok: false, message: (error as Error).message };
		}
		await this.load();
		return { ok: true, message: plan.report };
	}
}
