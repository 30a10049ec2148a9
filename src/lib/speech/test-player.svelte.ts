/**
 * The player wired to the fake engine, a fake clock and memory storage, as the player's tests and
 * the fault table both need it: one place to build it, so the two cannot drift apart.
 */
import type { Script } from '../content/script';
import { memoryStorage, type HarkStorage } from '../storage/storage';
import { FakeClock } from './clock';
import type { SpeechVoice } from './engine';
import { FakeSpeechEngine, type FakeEngineOptions } from './fake-engine';
import { MemoryPreferences } from './listening-settings.svelte';
import { Player, type PlayerOptions, type PlayerTiming } from './player.svelte';
import { advanceUntil } from './testing';

/** What a test may choose about the player it gets. */
export interface TestPlayerOptions {
	fake?: Partial<FakeEngineOptions> & { voices?: SpeechVoice[] };
	timing?: Partial<PlayerTiming>;
	storage?: HarkStorage;
	preferences?: MemoryPreferences;
	announce?: (text: string) => void;
	/** The pronunciation rules for the voice (the plan asks for them each time it rewrites a line). */
	replacements?: PlayerOptions['replacements'];
	/** A synchronous copy of saved places (none: the player waits for storage, as without localStorage). */
	placeMirror?: PlayerOptions['placeMirror'];
}

/** A connected player on `script` with its fake engine, clock, storage and announcements. */
export function createTestPlayer(script: Script, options: TestPlayerOptions = {}) {
	const clock = new FakeClock();
	const engine = new FakeSpeechEngine(clock, options.fake);
	const preferences = options.preferences ?? new MemoryPreferences();
	const storage = options.storage ?? memoryStorage();
	const announced: string[] = [];
	const player = new Player({
		engine,
		clock,
		script,
		articleId: 'test-article',
		lang: 'en',
		preferences,
		positions: Promise.resolve(storage),
		announce: options.announce ?? ((text) => announced.push(text)),
		timing: options.timing,
		replacements: options.replacements,
		placeMirror: options.placeMirror
	});
	const disconnect = player.connect();
	/** Advances until the player is speaking `line` (its latest utterance has started). */
	const untilSpeaking = (line: number) =>
		advanceUntil(
			clock,
			() =>
				player.status === 'playing' &&
				player.line === line &&
				engine.current !== null &&
				engine.current.outcome === 'speaking' &&
				engine.current.id === engine.last?.id
		);
	return { clock, engine, player, preferences, storage, announced, disconnect, untilSpeaking };
}
