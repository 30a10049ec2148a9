/**
 * The one keydown listener for Hark's shortcuts. Features register a handler for a shortcut id while
 * they are on screen; the listener finds the shortcut for a key and calls the handler, if any.
 */
import { matchShortcut, type ShortcutId } from './shortcuts';

type Handler = () => void;

export class ShortcutDispatcher {
	#handlers = new Map<ShortcutId, Handler>();

	/** Makes `handler` answer shortcut `id` until the returned function is called. */
	register(id: ShortcutId, handler: Handler): () => void {
		this.#handlers.set(id, handler);
		return () => {
			if (this.#handlers.get(id) === handler) this.#handlers.delete(id);
		};
	}

	/** Whether shortcut `id` currently does something. */
	has(id: ShortcutId): boolean {
		return this.#handlers.has(id);
	}

	/** Handles a keydown; returns whether a shortcut ran. */
	handle(event: KeyboardEvent): boolean {
		const shortcut = matchShortcut(event as unknown as Parameters<typeof matchShortcut>[0]);
		const handler = shortcut && this.#handlers.get(shortcut.id);
		if (!handler) return false;
		event.preventDefault();
		handler();
		return true;
	}

	/** Listens on `target` (the window) until the returned teardown is called. */
	listen(target: Window): () => void {
		const onKeyDown = (event: KeyboardEvent) => void this.handle(event);
		target.addEventListener('keydown', onKeyDown);
		return () => target.removeEventListener('keydown', onKeyDown);
	}
}
