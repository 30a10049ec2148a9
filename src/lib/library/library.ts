/**
 * The listener's library on this device: imported articles kept in storage, and the operations on
 * them (add with duplicate detection, remove, restore for undo). Pure over HarkStorage: no Svelte, no DOM.
 */
import type { Article } from '../content/model';
import type { StoredArticle } from '../storage/schema';
import type { HarkStorage } from '../storage/storage';
import { libraryKeys } from './settings-keys';

/** The result of adding an article. */
export type AddOutcome =
	| { kind: 'added'; stored: StoredArticle }
	| { kind: 'duplicate'; existing: StoredArticle }
	| { kind: 'failed'; error: string };

/** Adds an imported article unless one with the same text is already there. */
export async function addToLibrary(
	storage: HarkStorage,
	article: Article,
	contentHash: string,
	now = Date.now()
): Promise<AddOutcome> {
	try {
		// The content-hash index finds a duplicate without reading every article in the library.
		const existingId = await storage.articleIdWithContentHash(contentHash);
		const existing = existingId === undefined ? undefined : await storage.getArticle(existingId);
		if (existing) return { kind: 'duplicate', existing };
		const stored: StoredArticle = {
			id: article.slug,
			article,
			origin: 'imported',
			contentHash,
			addedAt: now,
			openedAt: now
		};
		await storage.putArticle(stored);
		return { kind: 'added', stored };
	} catch (error) {
		return { kind: 'failed', error: (error as Error).message };
	}
}

/** The URL of an imported article's page. */
export function importedArticleHref(id: string): string {
	return `/read?article=${encodeURIComponent(id)}`;
}

/**
 * Records that an article (bundled or imported) was opened now, for sorting the library: one small
 * setting of times by id, so opening a long imported article never writes the article itself again.
 */
export async function recordOpened(
	storage: HarkStorage,
	id: string,
	now = Date.now()
): Promise<void> {
	const opened = (await storage.getSetting<Record<string, number>>(libraryKeys.opened)) ?? {};
	await storage.putSetting(libraryKeys.opened, { ...opened, [id]: now });
}
