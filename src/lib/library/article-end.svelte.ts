/**
 * The end of an article on its page: when the player has spoken the last sentence (and saved it as
 * listened), the article leaves the queue; if another article is queued and "Play the next queued
 * article" is on, a short cue ("Next: …") is said and the next article opens and starts. Otherwise,
 * or after "Stop", the player shows "Finished — next: …" or "Finished". Nothing else is said: a
 * screen-reader user hears the cue and no more.
 *
 * Everything it acts on is handed in (storage, the cue, how to find and open an article), so it runs
 * with the fake engine in unit tests.
 */
import type { HarkStorage } from '../storage/storage';
import { nextCue, planQueueEnd, type QueuedArticle } from './queue-end';
import { libraryKeys } from './settings-keys';

/** What the article page shows at the end. */
export type ArticleEndState =
	/** Still listening (or not started). */
	| 'listening'
	/** Saying the cue; the next article opens after it. */
	| 'advancing'
	/** Ended; `next` (if any) waits for the listener. */
	| 'finished'
	/** The browser blocked speech without a button press: the next article waits for "Play". */
	| 'blocked';

/** What an article's end needs. */
export interface ArticleEndOptions {
	/** The article that is playing. */
	articleId: string;
	/** Hark's storage (the queue and the autoplay setting are read at the end, so they are current). */
	storage: Promise<HarkStorage>;
	/** Says the cue with the article's voice; `cancelCue` stops it. */
	cue: {
		speakCue(text: string): Promise<'spoken' | 'not-allowed' | 'failed' | 'cancelled'>;
		cancelCue(): void;
	};
	/** Finds a queued article by id (null when it is no longer in the library). */
	find(id: string): Promise<QueuedArticle | null>;
	/** Opens `next` and starts it playing. */
	open(next: QueuedArticle): void;
}

/** Whether the next queued article starts by itself (on unless turned off). */
export async function autoplayQueue(storage: HarkStorage): Promise<boolean> {
	return (await storage.getSetting<unknown>(libraryKeys.autoplayQueue)) !== false;
}

export class ArticleEnd {
	/** Where the end of the article is. */
	state = $state<ArticleEndState>('listening');
	/** The next queued article, once the article has ended. */
	next = $state.raw<QueuedArticle | null>(null);

	readonly #options: ArticleEndOptions;
	/** Bumped by every end and every reset, so a late answer from storage is dropped. */
	#generation = 0;

	constructor(options: ArticleEndOptions) {
		this.#options = options;
	}

	/** The last sentence has ended: take the article out of the queue and go on (or not). */
	async ended(): Promise<void> {
		const generation = ++this.#generation;
		const { articleId, storage, find } = this.#options;
		let plan;
		try {
			const s = await storage;
			const queue = (await s.getSetting<unknown>(libraryKeys.queue)) ?? [];
			const ids = Array.isArray(queue) ? queue.filter((id) => typeof id === 'string') : [];
			const found: { id: string; article: QueuedArticle | null }[] = [];
			for (const id of ids) if (id !== articleId) found.push({ id, article: await find(id) });
			const known = (id: string) => found.find((f) => f.id === id)?.article ?? null;
			plan = planQueueEnd(ids, articleId, await autoplayQueue(s), known);
			if (plan.queue.length !== ids.length || plan.queue.some((id, i) => id !== ids[i]))
				await s.putSetting(libraryKeys.queue, plan.queue);
		} catch {
			plan = null;
		}
		if (generation !== this.#generation) return;
		this.next = plan?.kind === 'next' ? plan.next : null;
		if (plan?.kind !== 'next' || !plan.autoplay) {
			this.state = 'finished';
			return;
		}
		this.state = 'advancing';
		const outcome = await this.#options.cue.speakCue(nextCue(plan.next));
		if (generation !== this.#generation || this.state !== 'advancing') return;
		if (outcome === 'not-allowed') {
			this.state = 'blocked';
			return;
		}
		if (outcome === 'cancelled') {
			this.state = 'finished';
			return;
		}
		this.#options.open(plan.next);
	}

	/** "Stop": no next article now (the one action at the end). */
	stop(): void {
		if (this.state === 'advancing') this.#options.cue.cancelCue();
		this.state = 'finished';
	}

	/** Listening went on (Play again, a move): the end no longer applies. */
	reset(): void {
		this.#generation++;
		if (this.state === 'advancing') this.#options.cue.cancelCue();
		this.state = 'listening';
		this.next = null;
	}

	/** Opens the next article now (the "Play" prompt when speech was blocked, or a link). */
	playNext(): void {
		if (this.next) this.#options.open(this.next);
	}
}
