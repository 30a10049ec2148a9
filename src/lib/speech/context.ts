/**
 * The article page's player, shared through typed Svelte context with the components under it
 * (the player region, the Listen buttons, anything that wants to know what is being spoken). A getter,
 * because the page makes a new player when it shows another article.
 */
import { getContext, setContext } from 'svelte';
import type { Player } from './player.svelte';

/** What the article page provides. */
export interface PlayerContext {
	/** The player of the article on screen. */
	readonly player: Player;
}

const key = Symbol('hark.player');

/** Provides the player to the components below the caller. */
export function setPlayerContext(context: PlayerContext): PlayerContext {
	return setContext(key, context);
}

/** The article page's player, or undefined outside an article page. */
export function getPlayerContext(): PlayerContext | undefined {
	return getContext<PlayerContext | undefined>(key);
}
