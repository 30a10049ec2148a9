/**
 * Makes the player for an article page: the Web Speech engine in the browser, an engine without
 * speech while the page is prerendered, the system clock, and the app's storage and preferences.
 */
import type { Script } from '../content/script';
import { systemClock } from './clock';
import type { SpeechPreferences } from './listening-settings.svelte';
import type { SpeakingRateStore } from './speaking-rates.svelte';
import type { SpokenReplacement } from '../segmentation/spoken';
import { Player, type PlaceMirror, type PositionStore } from './player.svelte';
import { WebSpeechEngine } from './web-speech';

/** What a page player needs from the app. */
export interface PagePlayerOptions {
	script: Script;
	articleId: string;
	lang: string;
	preferences: SpeechPreferences;
	/** The speeds measured on this device, for time estimates. */
	speakingRates?: SpeakingRateStore;
	/** The pronunciation lexicon's rewrites now. */
	replacements?: (voiceName: string | null) => readonly SpokenReplacement[];
	positions: Promise<PositionStore>;
	/** The synchronous copy of saved places (none while prerendering). */
	placeMirror: PlaceMirror | null;
	announce: (text: string) => void;
	/** The window in the browser; undefined while prerendering. */
	view: (Window & typeof globalThis) | undefined;
}

/** A player for the article on the page. */
export function createPagePlayer(options: PagePlayerOptions): Player {
	const engine = new WebSpeechEngine(
		options.view ?? { setTimeout: (callback, ms) => setTimeout(callback, ms) }
	);
	return new Player({
		engine,
		clock: systemClock,
		script: options.script,
		articleId: options.articleId,
		lang: options.lang,
		preferences: options.preferences,
		speakingRates: options.speakingRates,
		replacements: options.replacements,
		positions: options.view ? options.positions : null,
		placeMirror: options.view ? options.placeMirror : null,
		announce: options.announce,
		preferredLanguages: options.view?.navigator.languages ?? []
	});
}
