/** The listening queue: article ids in the order they will play. Pure list operations. */

/** The queue with `id` moved to the front (play next). */
export function playNext(queue: readonly string[], id: string): string[] {
	return [id, ...queue.filter((q) => q !== id)];
}

/** The queue with `id` at the end, unless it is queued already. */
export function addToQueue(queue: readonly string[], id: string): string[] {
	return queue.includes(id) ? [...queue] : [...queue, id];
}

/** The queue without `id`. */
export function removeFromQueue(queue: readonly string[], id: string): string[] {
	return queue.filter((q) => q !== id);
}

/** The article to play after `currentId` ends, and the queue that remains. */
export function nextInQueue(
	queue: readonly string[],
	currentId: string
): { next: string | null; rest: string[] } {
	const rest = queue.filter((q) => q !== currentId);
	return { next: rest[0] ?? null, rest: rest.slice(1) };
}
