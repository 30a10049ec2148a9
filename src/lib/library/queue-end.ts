/**
 * What happens when an article's last sentence ends: the next article in the listening queue (the
 * first queued one that still exists, never the article that just ended), whether it starts on its
 * own, the queue that remains, and the words the player shows and says. Pure: no Svelte, no DOM.
 */

/** A queued article as the end of an article needs it. */
export interface QueuedArticle {
	/** Its library id (the slug for bundled articles). */
	id: string;
	/** Its headline, for the cue and the "Finished — next: …" line. */
	headline: string;
	/** Its page. */
	href: string;
}

/** The end of an article: nothing next, or the next queued article. */
export type QueueEndPlan =
	| { kind: 'finished'; queue: string[] }
	| { kind: 'next'; next: QueuedArticle; autoplay: boolean; queue: string[] };

/**
 * Plans the end of `currentId`: it leaves the queue (it has been listened to), and the first queued
 * article that `find` knows comes next. Ids `find` does not know (removed since) are dropped.
 */
export function planQueueEnd(
	queue: readonly string[],
	currentId: string,
	autoplay: boolean,
	find: (id: string) => QueuedArticle | null
): QueueEndPlan {
	const remaining: string[] = [];
	let next: QueuedArticle | null = null;
	for (const id of queue) {
		if (id === currentId || remaining.includes(id)) continue;
		if (next) {
			remaining.push(id);
			continue;
		}
		const found = find(id);
		if (!found) continue;
		next = found;
		remaining.push(id);
	}
	return next
		? { kind: 'next', next, autoplay, queue: remaining }
		: { kind: 'finished', queue: remaining };
}

/** The short spoken cue before the next article. */
export function nextCue(next: QueuedArticle): string {
	return `Next: ${next.headline}`;
}

/** The line the player shows at the end. */
export function finishedText(next: QueuedArticle | null): string {
	return next ? `Finished — next: ${next.headline}` : 'Finished';
}
