/** The storage keys the library keeps its state under. */
export const libraryKeys = {
	/** Last-opened times of bundled articles, by id. */
	opened: 'library.opened',
	/** Ids of articles the listener removed from the library. */
	removed: 'library.removed',
	/** The listening queue: article ids in order. */
	queue: 'library.queue',
	/** Whether the next queued article starts when one ends. */
	autoplayQueue: 'library.autoplayQueue'
} as const;
