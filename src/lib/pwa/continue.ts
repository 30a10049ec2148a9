/**
 * Where "Continue listening" (the installed app's shortcut, /continue) goes: the article listened to
 * most recently and not yet finished, if it is still on the device — a bundled article at its own
 * page, one the listener added at the reader — else the library. Pure: the caller reads storage.
 */
import type { ListeningPosition } from '../storage/schema';

/** The articles that can be opened, by id. */
export interface KnownArticles {
	/** Slugs of the articles bundled with Hark (pages at /articles/<slug>). */
	bundled: ReadonlySet<string>;
	/** Ids of the articles kept in the library on this device (read at /read?article=<id>). */
	library: ReadonlySet<string>;
}

/** The address of an article, or null when it is not on the device. */
export function articleHref(articleId: string, known: KnownArticles): string | null {
	if (known.bundled.has(articleId)) return `/articles/${encodeURIComponent(articleId)}`;
	if (known.library.has(articleId)) return `/read?article=${encodeURIComponent(articleId)}`;
	return null;
}

/** Where to continue: the most recent unfinished position's article, or the library ("/"). */
export function continueHref(
	positions: readonly ListeningPosition[],
	known: KnownArticles
): string {
	const candidates = positions
		.filter((position) => !position.finished)
		.sort((a, b) => b.updatedAt - a.updatedAt);
	for (const position of candidates) {
		const href = articleHref(position.articleId, known);
		if (href) return href;
	}
	return '/';
}
