/**
 * The library home's list: bundled and imported articles together, each with its progress, sorted
 * by when it was last opened and filtered by unread or listened. Pure: no Svelte, no DOM.
 */
import type { ArticleSummary } from '../content/model';
import type { ListeningPosition } from '../storage/schema';

/** What the list shows for one article. */
export interface LibraryEntry {
	/** The article's id (its slug). */
	id: string;
	/** Where its page is. */
	href: string;
	/** Its summary: headline, dek, author, language, listening time. */
	summary: ArticleSummary;
	/** Bundled with Hark or brought by the listener. */
	origin: 'bundled' | 'imported';
	/** Fraction listened, 0–1. */
	progress: number;
	/** Whether it was listened to the end. */
	finished: boolean;
	/** Whether listening has started and not finished. */
	started: boolean;
	/** When it was last opened or listened to (0 for never). */
	lastOpened: number;
}

/** Which articles to show. */
export type LibraryFilter = 'all' | 'unread' | 'listened';

/** The words for an entry's progress: "Not started", "38% listened", "Listened". */
export function progressLabel(
	entry: Pick<LibraryEntry, 'progress' | 'finished' | 'started'>
): string {
	if (entry.finished) return 'Listened';
	if (!entry.started) return 'Not started';
	return `${Math.min(99, Math.max(1, Math.round(entry.progress * 100)))}% listened`;
}

/** Builds the entries from what the build bundled, what the device stores, and positions. */
export function libraryEntries(input: {
	bundled: ArticleSummary[];
	imported: { summary: ArticleSummary; href: string; openedAt: number }[];
	positions: ListeningPosition[];
	/** Last-opened times recorded by id (bundled articles, and imported ones opened again). */
	opened: Record<string, number>;
	/** Ids the listener removed. */
	removed: string[];
}): LibraryEntry[] {
	const positions = new Map(input.positions.map((p) => [p.articleId, p]));
	const removed = new Set(input.removed);
	const entry = (
		summary: ArticleSummary,
		href: string,
		origin: LibraryEntry['origin'],
		openedAt: number
	): LibraryEntry => {
		const position = positions.get(summary.slug);
		return {
			id: summary.slug,
			href,
			summary,
			origin,
			progress: position?.progress ?? 0,
			finished: position?.finished ?? false,
			started: !!position && (position.line > 0 || position.progress > 0),
			lastOpened: Math.max(openedAt, position?.updatedAt ?? 0)
		};
	};
	return [
		...input.bundled.map((s) =>
			entry(s, `/articles/${s.slug}`, 'bundled', input.opened[s.slug] ?? 0)
		),
		...input.imported.map((i) =>
			entry(i.summary, i.href, 'imported', Math.max(i.openedAt, input.opened[i.summary.slug] ?? 0))
		)
	].filter((e) => !removed.has(e.id));
}

/** The entries to show for a filter, most recently opened first (never-opened keep their order). */
export function visibleEntries(entries: LibraryEntry[], filter: LibraryFilter): LibraryEntry[] {
	const shown = entries.filter((e) =>
		filter === 'all' ? true : filter === 'listened' ? e.finished : !e.finished
	);
	return shown
		.map((e, index) => ({ e, index }))
		.sort((a, b) => b.e.lastOpened - a.e.lastOpened || a.index - b.index)
		.map(({ e }) => e);
}
