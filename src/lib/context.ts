/**
 * App-wide services shared through typed Svelte context (never module globals): the announcer and
 * storage. The root layout creates them once; components read them with `getAppContext()`.
 */
import { getContext, setContext } from 'svelte';
import type { Announcer } from './a11y/announcer.svelte';
import type { ShortcutDispatcher } from './a11y/keyboard';
import type { ImportHandoff } from './import/handoff';
import type { AppUpdate } from './pwa/app-update.svelte';
import type { OnlineStatus } from './pwa/online-status.svelte';
import type { ReadingSettings } from './settings/reading-settings.svelte';
import type { ListeningSettings } from './speech/listening-settings.svelte';
import type { PlaceMirror } from './speech/player.svelte';
import type { HarkStorage } from './storage/storage';

export interface AppContext {
	/** The one live-region announcer. */
	announcer: Announcer;
	/** Hark's storage, opened once in the browser (memory during prerendering). */
	storage: Promise<HarkStorage>;
	/** The synchronous copy of saved listening places shared by tabs (none while prerendering). */
	places: PlaceMirror | null;
	/** The keyboard shortcut dispatcher; features register handlers while mounted. */
	shortcuts: ShortcutDispatcher;
	/** The reader's comfort settings (theme, text size, …), applied to <html> by the layout. */
	settings: ReadingSettings;
	/** Whether the browser is online (e.g. to prefer local voices offline). */
	connection: OnlineStatus;
	/** A new version of Hark waiting; `update.beforeReload(hook)` saves state before moving to it. */
	update: AppUpdate;
	/** The listener's speed, pitch and voice per language, shared by the player and Settings. */
	listening: ListeningSettings;
	/** The article just added, handed from the add page to its own page in memory. */
	imports: ImportHandoff;
}

const key = Symbol('hark.app');

/** Provides the app context to every component below the caller. */
export function setAppContext(context: AppContext): AppContext {
	return setContext(key, context);
}

/** The app context set by the root layout. */
export function getAppContext(): AppContext {
	const context = getContext<AppContext | undefined>(key);
	if (!context) throw new Error('getAppContext() called outside the root layout');
	return context;
}
