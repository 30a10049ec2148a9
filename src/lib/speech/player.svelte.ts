/**
 * The player: Hark's read-aloud state machine. It knows the article's script, a speech engine, a
 * clock and the listener's preferences, and nothing about components or the DOM, so it runs the same
 * in the page and in unit tests with the fake engine.
 *
 * Design
 * - One way. Controls, shortcuts and lock-screen actions call request methods (`toggle`,
 *   `nextSentence`, `setRate`, …). A request only asks the engine for something; the state
 *   (`status`, the highlighted word) moves when the engine reports it: `playing` on `start`, the word
 *   on `boundary`, the next utterance on `end`. The one exception is stopping: `cancel()` is
 *   synchronous from Hark's side (its own events are unreliable), so pausing is immediate.
 * - Position = (script line, character offset of the last word reached in that line). An utterance is
 *   a piece of one line (see `utterances.ts`), so a long sentence never meets Chrome's 15-second
 *   cut-off, and a place is never finer or coarser than the listener can hear.
 * - Pause never calls `speechSynthesis.pause()` (broken on Android, Firefox/Linux, Chromium/Linux):
 *   pause = remember the place + cancel; resume = speak again from the piece holding that place.
 * - Every utterance has an id; only events of the current one count. Stale `end`/`interrupted`
 *   events after a cancel, and events of utterances superseded by rapid clicking, are ignored.
 * - A watchdog notices an utterance that never starts or stops making progress (the cut-off, an
 *   `end` that never comes) and recovers: from the last word reported, or by moving on when the piece
 *   has had time to finish, or by trying again — a bounded number of times, then it says so.
 * - The first `speak()` of a click happens synchronously inside the request (iOS only lets a user
 *   gesture start speech), so everything it needs (voices, preferences, saved place) is loaded
 *   beforehand by `connect()`.
 */
import type { ListeningPosition } from '../storage/schema';
import type { Script, ScriptLine } from '../content/script';
import { typicalWordsPerMinute } from '../content/script';
import type { Clock, TimerId } from './clock';
import type { SpeechEngine, SpeechErrorCode, SpeechEvent, SpeechVoice } from './engine';
import { clampToStep, rateLimits, type SpeechPreferences } from './listening-settings.svelte';
import type { SpokenReplacement } from '../segmentation/spoken';
import type { SpeakingRateStore } from './speaking-rates.svelte';
import { maxUtteranceLength, UtterancePlan, type PlannedUtterance } from './utterances';
import { chooseVoice, offeredVoices, rankVoices, type RankedVoice } from './voices';

/** Where the player is in its life. */
export type PlayerStatus =
	/** Nothing spoken yet. */
	| 'idle'
	/** Asked the engine to speak; waiting for `start` (or for voices). */
	| 'starting'
	/** The voice is speaking. */
	| 'playing'
	/** Stopped with the place kept. */
	| 'paused'
	/** Spoke the last line. */
	| 'ended'
	/** Speaking failed; `problem` says why, the place is kept. */
	| 'error';

/** How a cue between articles went. */
export type CueOutcome = 'spoken' | 'not-allowed' | 'failed' | 'cancelled';

/** Whether the device has a voice to speak with. */
export type VoiceAvailability = 'waiting' | 'ready' | 'none';

/** What the player needs to keep a listening position. */
export interface PositionStore {
	getPosition(articleId: string): Promise<ListeningPosition | undefined>;
	putPosition(position: ListeningPosition): Promise<void>;
}

/**
 * A synchronous copy of saved places (localStorage), read as the player connects, before `positions`
 * has opened, and written with every save. Shared by the app's tabs: `watch` hears another tab save.
 */
export interface PlaceMirror {
	read(articleId: string): ListeningPosition | undefined;
	write(position: ListeningPosition): void;
	/** Calls `onSaved` with the article's place when another tab saves a place; returns the teardown. */
	watch?(articleId: string, onSaved: (position: ListeningPosition) => void): () => void;
}

/** Timing rules; the defaults suit real voices, tests may shorten them. */
export interface PlayerTiming {
	/** How long to wait for a voice list before saying there is none. */
	voiceWaitMs: number;
	/** How often to ask for voices while waiting (some platforms never fire `voiceschanged`). */
	voicePollMs: number;
	/** How long a spoken utterance may take to `start`. */
	startTimeoutMs: number;
	/** How many times an utterance is spoken again before giving up. */
	retries: number;
	/** "Previous" within this long of a sentence's (or section's) start goes to the one before. */
	previousGraceMs: number;
	/** Longest gap between word boundaries before speech counts as stalled. */
	wordStallMs: number;
	/** Words per minute assumed at rate 1 when estimating how long an utterance lasts (slow on purpose). */
	watchdogWordsPerMinute: number;
	/** Wait before trying again after `audio-busy`. */
	audioBusyRetryMs: number;
	/** Wait between cancelling an utterance that never started and speaking it again. */
	settleMs: number;
}

export const defaultTiming: PlayerTiming = {
	voiceWaitMs: 10_000,
	voicePollMs: 250,
	startTimeoutMs: 6_000,
	retries: 2,
	previousGraceMs: 2_000,
	wordStallMs: 4_000,
	watchdogWordsPerMinute: 110,
	audioBusyRetryMs: 1_000,
	settleMs: 250
};

/** Everything a player is made from. */
export interface PlayerOptions {
	/** The speech engine. */
	engine: SpeechEngine;
	/** The clock for timers. */
	clock: Clock;
	/** The article's listening script. */
	script: Script;
	/** The article's id in storage. */
	articleId: string;
	/** The article's language (BCP 47). */
	lang: string;
	/** Speed, pitch and voice choices. */
	preferences: SpeechPreferences;
	/** Where positions are kept (none: not kept). */
	positions?: Promise<PositionStore> | null;
	/** A synchronous copy of saved places, so the place is known as soon as the player connects. */
	placeMirror?: PlaceMirror | null;
	/** The listener's languages, to prefer a voice from their region. */
	preferredLanguages?: readonly string[];
	/** Says something through the live region (it decides whether to while the voice speaks). */
	announce?: (text: string) => void;
	/** Wall-clock time for `updatedAt` (ms since the epoch). */
	wallClock?: () => number;
	/** Timing overrides. */
	timing?: Partial<PlayerTiming>;
	/** The speeds measured on this device, for time estimates (none: a typical speed). */
	speakingRates?: SpeakingRateStore;
	/** The pronunciation lexicon's rewrites now for a voice (the spoken text only; none: no lexicon). */
	replacements?: (voiceName: string | null) => readonly SpokenReplacement[];
}

/** The utterance being spoken, with what the watchdog needs. */
interface Speaking {
	/** The engine's id for it. */
	id: number;
	/** What is being said. */
	utterance: PlannedUtterance;
	/** When speak() was called. */
	spokenAt: number;
	/** When `start` arrived, or null. */
	startedAt: number | null;
	/** When it last showed progress (start or boundary). */
	progressAt: number;
	/** Whether a boundary arrived for it. */
	sawBoundary: boolean;
	/** How many times this place has been tried already. */
	attempt: number;
	/** The rate and pitch it is spoken with. */
	rate: number;
	pitch: number;
	/** The voice it is spoken with (null: the platform's default). */
	voiceId: string | null;
}

/** Plain-words problems the player region shows. */
export const problems = {
	noVoice: 'No speech voice is available on this device',
	didNotStart: 'Speech did not start.',
	failed: 'The voice stopped with an error.',
	audioBusy: 'The device’s audio is busy with something else.',
	network: 'The chosen voice needs an internet connection, and there is no other voice.',
	notAllowed: 'Your browser blocked speech until you press a button. Press Resume to listen.'
} as const;

const wordAt = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|\S+/uy;

export class Player {
	/** Where the player is in its life. */
	status = $state<PlayerStatus>('idle');
	/** The script line being spoken (or where the listener is). */
	line = $state(0);
	/** Offset in the line's text of the word being spoken (the line's start when unknown). */
	wordStart = $state(0);
	/** Offset just past that word; equal to `wordStart` when no boundary has been reported. */
	wordEnd = $state(0);
	/** Whether the voice reports word boundaries (so the word can be highlighted). */
	hasWordBoundaries = $state(false);
	/** The voices the device offers, as last reported. */
	voices = $state.raw<SpeechVoice[]>([]);
	/** Whether a voice is available. */
	voiceAvailability = $state<VoiceAvailability>('waiting');
	/** Why speaking does not work, in plain words, or null. */
	problem = $state<string | null>(null);
	/** Whether the voice was stopped from outside Hark (another app, the system), until Hark speaks again. */
	stoppedFromOutside = $state(false);
	/** The position saved last time, found on opening (null when none or already used). */
	restored = $state<ListeningPosition | null>(null);
	/** Last line to speak before pausing ("Listen to" one scenario), or null to go on to the end. */
	stopAfterLine = $state<number | null>(null);
	/** Whether the device is offline: local voices are preferred then (network voices fail). */
	offline = $state(false);
	/**
	 * Loudness 0–1 for an utterance of `line`, asked as each one is spoken (the sleep timer's fade),
	 * times the listener's own volume; null: full.
	 */
	fadeVolume: ((line: number) => number) | null = null;
	/** The voice used for this article when the listener has not chosen one. */
	#activeVoiceId = $state<string | null>(null);
	/** Voices that failed (network, unavailable) and are skipped for this article. */
	#failedVoices = $state.raw<readonly string[]>([]);

	readonly script: Script;
	readonly articleId: string;
	readonly lang: string;
	readonly #engine: SpeechEngine;
	readonly #clock: Clock;
	readonly #prefs: SpeechPreferences;
	readonly #positions: Promise<PositionStore> | null;
	readonly #placeMirror: PlaceMirror | null;
	readonly #plan: UtterancePlan;
	readonly #timing: PlayerTiming;
	readonly #announce: (text: string) => void;
	readonly #wallClock: () => number;
	readonly #preferredLanguages: readonly string[];
	readonly #speakingRates: SpeakingRateStore | null;
	/** Words before each line, for progress and time estimates. */
	readonly #wordsBefore: number[];
	/** Lines where a section or scenario starts (and line 0), ascending. */
	readonly #stops: number[];
	#speaking: Speaking | null = null;
	#watchdog: TimerId | null = null;
	#retryTimer: TimerId | null = null;
	#voiceTimers: TimerId[] = [];
	#voiceWaitStarted = 0;
	/** Play was asked for before any voice arrived: speak as soon as one does. */
	#playWhenVoices = false;
	/** When the current line started being heard, and which line that was (-1: none since the last move). */
	#lineStartedAt = -Infinity;
	#startedLine = -1;
	/** When the current section's first line (its heading) started being heard, and which line that was. */
	#sectionStartedAt = -Infinity;
	#sectionStartLine = -1;
	/** A shorter utterance length after `text-too-long`, until the line changes. */
	#maxLengthOverride: number | null = null;
	#unsubscribe: (() => void) | null = null;
	#lastSavedLine = -1;
	/** A cue being said between articles ("Next: …"), with what to do when it is over. */
	#cue: { id: number; timer: TimerId; done: (outcome: CueOutcome) => void } | null = null;
	/** Settles once `connect()` has looked for the saved place (found or not). */
	#placeLookup: Promise<void> = Promise.resolve();
	/**
	 * When the newest place this player knows of was saved (its own, the mirror's, storage's): a place
	 * found later (storage's record, another tab's save) is taken only if newer.
	 */
	#knownPlaceAt = -Infinity;
	/** Stops hearing of places saved by other tabs. */
	#unwatchMirror: (() => void) | null = null;
	/** The task after `connect()` that plans the first utterance ahead of a press. */
	#prepareTimer: TimerId | null = null;

	constructor(options: PlayerOptions) {
		this.script = options.script;
		this.articleId = options.articleId;
		this.lang = options.lang;
		this.#engine = options.engine;
		this.#clock = options.clock;
		this.#prefs = options.preferences;
		this.#positions = options.positions ?? null;
		this.#placeMirror = options.placeMirror ?? null;
		const replacements = options.replacements;
		this.#plan = new UtterancePlan(options.script.lines, options.lang, () =>
			replacements ? replacements(this.voice?.name ?? null) : []
		);
		this.#timing = { ...defaultTiming, ...options.timing };
		this.#announce = options.announce ?? (() => {});
		this.#wallClock = options.wallClock ?? (() => Date.now());
		this.#preferredLanguages = options.preferredLanguages ?? [];
		this.#speakingRates = options.speakingRates ?? null;
		this.#wordsBefore = [];
		let words = 0;
		for (const line of options.script.lines) {
			this.#wordsBefore.push(words);
			words += line.words;
		}
		this.#wordsBefore.push(words);
		const stops = [0];
		for (const section of options.script.sections) {
			stops.push(section.firstLine);
			for (const scenario of section.scenarios) stops.push(scenario.firstLine);
		}
		this.#stops = stops
			.filter((stop, i) => stop < options.script.lines.length && stops.indexOf(stop) === i)
			.sort((a, b) => a - b);
		if (!this.#engine.supported) this.voiceAvailability = 'none';
	}

	// ——— What the UI reads ———

	/** Number of lines (the Position slider's maximum). */
	get lineCount(): number {
		return this.script.lines.length;
	}

	/** The line being spoken. */
	get currentLine(): ScriptLine | undefined {
		return this.script.lines[this.line];
	}

	/** The name the play/pause toggle carries: Play, Pause or Resume. */
	get toggleLabel(): 'Play' | 'Pause' | 'Resume' {
		if (this.status === 'playing' || this.status === 'starting') return 'Pause';
		if (this.status === 'paused') return 'Resume';
		if (this.status === 'error' && (this.line > 0 || this.wordStart > 0)) return 'Resume';
		return 'Play';
	}

	/** Whether the voice is (about to be) speaking. */
	get speaking(): boolean {
		return this.status === 'playing' || this.status === 'starting';
	}

	/** Whether a place in the article is being shown (highlight, Contents). */
	get engaged(): boolean {
		return this.status !== 'idle' || this.line > 0 || this.wordStart > 0;
	}

	/** The section (or scenario, when in one) the current line belongs to. */
	get currentPlace(): { id: string; heading: string } | null {
		return this.placeOf(this.line);
	}

	/** The section or scenario of `line`, or null before the first section. */
	placeOf(line: number): { id: string; heading: string } | null {
		const scriptLine = this.script.lines[line];
		if (!scriptLine || scriptLine.sectionIndex < 0) return null;
		const section = this.script.sections[scriptLine.sectionIndex];
		if (!section) return null;
		const scenario = scriptLine.scenarioId
			? section.scenarios.find((s) => s.id === scriptLine.scenarioId)
			: undefined;
		return scenario ?? section;
	}

	/** The section (never a scenario) of `line`. */
	sectionOf(line: number): { id: string; heading: string } | null {
		const scriptLine = this.script.lines[line];
		return scriptLine ? (this.script.sections[scriptLine.sectionIndex] ?? null) : null;
	}

	/** The Position slider's text, e.g. "Sentence 12 of 57 — Where things stand". */
	positionText(line = this.line): string {
		const place = this.placeOf(line);
		return `Sentence ${line + 1} of ${this.lineCount}${place ? ` — ${place.heading}` : ''}`;
	}

	/** The speaking rate in use. */
	get rate(): number {
		return this.#prefs.rate;
	}

	/** The pitch in use. */
	get pitch(): number {
		return this.#prefs.pitch;
	}

	/** Words heard before the current line; all of them once the article has been heard to its end. */
	get #wordsHeard(): number {
		return this.#wordsBefore[this.status === 'ended' ? this.lineCount : this.line] ?? 0;
	}

	/** Seconds of listening before the current line (the whole article once ended), at the current rate. */
	get elapsedSeconds(): number {
		return this.#secondsFor(this.#wordsHeard);
	}

	/** Seconds of listening from the current line to the end, at the current rate. */
	get remainingSeconds(): number {
		return this.totalSeconds - this.elapsedSeconds;
	}

	/** Seconds to listen to the whole article at the current rate. */
	get totalSeconds(): number {
		return this.#secondsFor(this.#wordsBefore[this.lineCount] ?? 0);
	}

	/** Seconds of listening from the current line to the end of its section, at the current rate. */
	get sectionRemainingSeconds(): number {
		const sectionIndex = this.currentLine?.sectionIndex ?? -1;
		const end = this.script.sections[sectionIndex + 1]?.firstLine ?? this.lineCount;
		return this.#secondsFor(Math.max(0, (this.#wordsBefore[end] ?? 0) - this.#wordsHeard));
	}

	/** Fraction of the article's words before the current line. */
	get progress(): number {
		const total = this.#wordsBefore[this.lineCount] ?? 0;
		return total === 0 ? 0 : this.#wordsHeard / total;
	}

	/** The voices in the order to offer them: the article's language first, ranked (see `offeredVoices`). */
	get rankedVoices(): { forLanguage: RankedVoice[]; others: RankedVoice[] } {
		return this.#rankedVoices;
	}

	/** The voice the next utterance will use, or null. */
	get voice(): RankedVoice | null {
		return this.#voice;
	}

	// Derived, so the ranking runs when the voices or the choice change, not at every sentence.
	readonly #rankedVoices = $derived.by(() =>
		offeredVoices(
			rankVoices(this.voices, this.lang, { preferredLanguages: this.#preferredLanguages }),
			this.#voice?.id ?? null
		)
	);
	readonly #voice = $derived.by((): RankedVoice | null => {
		const remembered = this.#prefs.voiceFor(this.lang) ?? this.#activeVoiceId;
		const options = { preferredLanguages: this.#preferredLanguages, exclude: this.#failedVoices };
		const local = this.offline
			? chooseVoice(this.voices, this.lang, remembered, { ...options, localOnly: true })
			: null;
		return local ?? chooseVoice(this.voices, this.lang, remembered, options);
	});

	// ——— Life ———

	/** Starts listening to the engine, looks for voices and the saved place. Returns the teardown. */
	connect(): () => void {
		this.#unsubscribe?.();
		this.#unsubscribe = this.#engine.subscribe((event) => this.#onEngineEvent(event));
		this.#voiceWaitStarted = this.#clock.now();
		this.#refreshVoices();
		if (this.voiceAvailability === 'waiting') this.#pollVoices();
		this.#restoreMirroredPlace();
		this.#unwatchMirror?.();
		this.#unwatchMirror = this.#positions
			? (this.#placeMirror?.watch?.(this.articleId, (saved) => this.#placeSavedElsewhere(saved)) ??
				null)
			: null;
		this.#placeLookup = this.#loadPosition();
		if (this.#prepareTimer !== null) this.#clock.clearTimeout(this.#prepareTimer);
		this.#prepareTimer = this.#clock.setTimeout(() => this.#prepareFirstUtterance(), 0);
		return () => this.dispose();
	}

	/**
	 * Settles once the saved place has been looked for since `connect()` (at once before it), so a
	 * request made before then (a press kept from before the page had started) resumes there.
	 */
	whenPlaceKnown(): Promise<void> {
		return this.#placeLookup;
	}

	/**
	 * Plans the utterance at the current place before anyone presses Play, in a task of its own after
	 * `connect()`, so the press speaks at once: a page's first rewrite of text for the voice compiles
	 * its patterns and splits the line (1–3 ms here, four times that on a slow phone), which would
	 * otherwise sit between the press and `speak()`. The plan caches the line's pieces.
	 */
	#prepareFirstUtterance(): void {
		this.#prepareTimer = null;
		if (this.#speaking || this.lineCount === 0) return;
		this.#plan.utteranceAt(this.line, this.wordStart, this.#maxLength());
	}

	/** Stops speaking, saves the place and lets go of the engine and timers. */
	dispose(): void {
		if (this.#prepareTimer !== null) this.#clock.clearTimeout(this.#prepareTimer);
		this.#prepareTimer = null;
		this.stop();
		this.#unsubscribe?.();
		this.#unsubscribe = null;
		this.#unwatchMirror?.();
		this.#unwatchMirror = null;
		for (const timer of this.#voiceTimers) this.#clock.clearTimeout(timer);
		this.#voiceTimers = [];
	}

	/**
	 * Says a short cue with the article's voice (between queued articles: "Next: …"), outside the
	 * article's script: the place does not move. Resolves when it has been said, was blocked
	 * (`not-allowed`: the browser wants a button press) or failed; `cancelCue()` ends it early.
	 */
	speakCue(text: string): Promise<CueOutcome> {
		this.cancelCue();
		return new Promise((resolve) => {
			let id: number;
			try {
				id = this.#engine.speak({
					text,
					lang: this.lang,
					voiceId: this.voice?.id ?? null,
					rate: this.#prefs.rate,
					pitch: this.#prefs.pitch
				});
			} catch {
				resolve('failed');
				return;
			}
			const words = text.split(/\s+/).filter(Boolean).length;
			const allowance =
				(words / (this.#timing.watchdogWordsPerMinute * this.#prefs.rate)) * 60_000 * 1.5 +
				this.#timing.startTimeoutMs;
			// No `end` in time (a voice that never reports one): count it as said.
			const timer = this.#clock.setTimeout(() => this.#endCue('spoken'), allowance);
			this.#cue = { id, timer, done: resolve };
		});
	}

	/** Stops a cue being said (its promise resolves 'cancelled'). */
	cancelCue(): void {
		if (!this.#cue) return;
		this.#endCue('cancelled');
		this.#engine.cancel();
	}

	#endCue(outcome: CueOutcome): void {
		const cue = this.#cue;
		if (!cue) return;
		this.#cue = null;
		this.#clock.clearTimeout(cue.timer);
		cue.done(outcome);
	}

	/** Stops speaking at once, keeping the place (the page is being hidden or left). */
	stop(): void {
		if (this.speaking) this.pause();
		else this.#cancelSpeech();
	}

	// ——— Requests ———

	/** Play, pause or resume. */
	toggle(): void {
		if (this.speaking) this.pause();
		else this.play();
	}

	/**
	 * Starts or resumes speaking from the current place (from the top after the end). A place kept
	 * from an earlier visit or another tab is heard from its sentence's start, not mid-sentence.
	 */
	play(): void {
		if (this.speaking) return;
		if (this.status === 'ended') this.#setPlace(0, 0);
		else if (this.restored) this.#setPlace(this.line, 0);
		this.problem = null;
		this.restored = null;
		this.#startedLine = -1;
		this.#speakFrom(this.line, this.wordStart, { attempt: 0 });
	}

	/** Pauses: remembers the place and cancels (never `speechSynthesis.pause()`). */
	pause(): void {
		if (!this.speaking) return;
		this.#playWhenVoices = false;
		this.#cancelSpeech();
		this.status = 'paused';
		this.#save();
	}

	/** Goes to the next line. */
	nextSentence(): void {
		if (this.line + 1 < this.lineCount) this.#moveTo(this.line + 1);
	}

	/** Goes to the start of this line, or to the one before when near its start. */
	previousSentence(): void {
		this.#moveTo(this.#nearLineStart() ? Math.max(0, this.line - 1) : this.line);
	}

	/** Goes to the next section or scenario heading. */
	nextSection(): void {
		const next = this.#stops.find((stop) => stop > this.line);
		if (next !== undefined) this.#moveTo(next, { clearStop: true });
	}

	/**
	 * Goes to the start of this section, or to the one before when near its start: on its heading
	 * not yet heard, or within the grace time of hearing it begin (a short heading is over in a second).
	 */
	previousSection(): void {
		const current = [...this.#stops].reverse().find((stop) => stop <= this.line) ?? 0;
		const atStart =
			(this.line === current && this.#nearLineStart()) ||
			(this.speaking &&
				this.#sectionStartLine === current &&
				this.#clock.now() - this.#sectionStartedAt < this.#timing.previousGraceMs);
		const target = atStart
			? ([...this.#stops].reverse().find((stop) => stop < current) ?? 0)
			: current;
		this.#moveTo(target, { clearStop: true });
	}

	/** Moves to `line` (the Position slider): speaks from there if speaking, else just goes there. */
	seek(line: number): void {
		this.#moveTo(Math.max(0, Math.min(this.lineCount - 1, Math.round(line))), { clearStop: true });
	}

	/** Starts speaking from `line` (a Listen button, a tapped sentence); stops after `lastLine` if given. */
	listenFrom(line: number, lastLine: number | null = null): void {
		const target = Math.max(0, Math.min(this.lineCount - 1, Math.round(line)));
		this.stopAfterLine = lastLine;
		this.problem = null;
		this.restored = null;
		this.#setPlace(target, 0);
		this.#startedLine = -1;
		this.#speakFrom(target, 0, { attempt: 0 });
	}

	/** Starts again from the headline, forgetting the saved place (nothing is spoken until Play). */
	startOver(): void {
		this.restored = null;
		this.stopAfterLine = null;
		if (this.speaking) {
			this.#moveTo(0);
			return;
		}
		this.#setPlace(0, 0);
		this.status = 'idle';
		this.problem = null;
		this.#save();
	}

	/** Changes the speed (0.5–3, steps of 0.1); a sentence being spoken restarts at the new speed. */
	setRate(rate: number): void {
		const next = clampToStep(rate, rateLimits);
		if (next === this.#prefs.rate) return;
		this.#prefs.setRate(next);
		this.#restartIfSpeaking();
	}

	/**
	 * Speed or pitch changed elsewhere (the Settings dialog): the sentence being spoken restarts with
	 * them, as after the player's own controls. Nothing happens when they are what is being used.
	 */
	preferencesChanged(): void {
		const speaking = this.#speaking;
		if (!speaking || !this.speaking) return;
		if (speaking.rate === this.#prefs.rate && speaking.pitch === this.#prefs.pitch) return;
		this.#restartIfSpeaking();
	}

	/** One step slower. */
	slower(): void {
		this.setRate(this.#prefs.rate - rateLimits.step);
	}

	/** One step faster. */
	faster(): void {
		this.setRate(this.#prefs.rate + rateLimits.step);
	}

	/** Changes the pitch; a sentence being spoken restarts with it. */
	setPitch(pitch: number): void {
		this.#prefs.setPitch(pitch);
		this.#restartIfSpeaking();
	}

	/** Chooses a voice (remembered for the article's language); a sentence being spoken restarts with it. */
	setVoice(voiceId: string): void {
		if (!this.voices.some((v) => v.id === voiceId)) return;
		this.#prefs.setVoice(this.lang, voiceId);
		this.#activeVoiceId = voiceId;
		this.#failedVoices = this.#failedVoices.filter((id) => id !== voiceId);
		this.#restartIfSpeaking();
	}

	// ——— Inside ———

	/** Whether the listener is at (or within the grace time of) the start of the current line. */
	#nearLineStart(): boolean {
		if (!this.speaking) return this.wordStart === 0;
		if (this.#startedLine !== this.line) return true; // not heard yet
		return this.#clock.now() - this.#lineStartedAt < this.#timing.previousGraceMs;
	}

	#secondsFor(words: number): number {
		// The speed measured for this voice on this device once a few sentences were heard.
		const measured = this.#speakingRates?.wordsPerMinute(this.voice?.id ?? null);
		return (words / ((measured ?? typicalWordsPerMinute) * this.#prefs.rate)) * 60;
	}

	#setPlace(line: number, offset: number): void {
		if (line !== this.line) this.#maxLengthOverride = null;
		this.line = line;
		this.wordStart = offset;
		this.wordEnd = offset;
	}

	#moveTo(line: number, { clearStop = false } = {}): void {
		if (clearStop) this.stopAfterLine = null;
		this.restored = null;
		this.#setPlace(line, 0);
		this.#startedLine = -1;
		if (this.speaking) {
			this.#speakFrom(line, 0, { attempt: 0 });
			return;
		}
		if (this.status === 'ended' || this.status === 'error') this.status = 'paused';
		this.#save();
		// Nothing is speaking, so the move would be silent: say where the listener is now.
		this.#announce(this.positionText());
	}

	#restartIfSpeaking(): void {
		if (this.speaking) this.#speakFrom(this.line, this.wordStart, { attempt: 0 });
	}

	#cancelSpeech(): void {
		this.cancelCue();
		this.#clearWatchdog();
		if (this.#retryTimer !== null) this.#clock.clearTimeout(this.#retryTimer);
		this.#retryTimer = null;
		if (this.#speaking) {
			// Forget it first: whatever it reports after the cancel is stale.
			this.#speaking = null;
			this.#engine.cancel();
		}
	}

	/** Speaks the utterance at (line, offset), moving past lines with nothing to say. */
	#speakFrom(
		line: number,
		offset: number,
		{ attempt, fromWord = false }: { attempt: number; fromWord?: boolean }
	): void {
		this.#cancelSpeech();
		this.stoppedFromOutside = false;
		let target = line;
		let from = offset;
		let utterance: PlannedUtterance | null = null;
		while (target < this.lineCount) {
			utterance = this.#plan.utteranceAt(target, from, this.#maxLength(), { fromWord });
			if (utterance && utterance.text.trim() !== '') break;
			// An empty piece (punctuation only): nothing to hear, move on.
			if (utterance && !utterance.lastInLine) from = utterance.end;
			else {
				target++;
				from = 0;
			}
			utterance = null;
		}
		if (!utterance) {
			this.#finish();
			return;
		}
		if (utterance.line !== this.line || utterance.start !== this.wordStart) {
			if (utterance.line !== this.line) this.#maxLengthOverride = null;
			this.line = utterance.line;
			this.wordStart = utterance.start;
			this.wordEnd = utterance.start;
		}
		if (this.voices.length === 0 && this.voiceAvailability === 'waiting') {
			// No voice listed yet: speak as soon as one arrives (or say there is none).
			this.#playWhenVoices = true;
			this.status = 'starting';
			return;
		}
		const voice = this.voice;
		let id: number;
		try {
			id = this.#engine.speak({
				text: utterance.text,
				lang: this.lang,
				voiceId: voice?.id ?? null,
				rate: this.#prefs.rate,
				pitch: this.#prefs.pitch,
				volume: (this.#prefs.volume ?? 1) * (this.fadeVolume?.(utterance.line) ?? 1)
			});
		} catch {
			this.#fail(problems.failed);
			return;
		}
		if (voice) this.#activeVoiceId ??= voice.id;
		const now = this.#clock.now();
		this.#speaking = {
			id,
			utterance,
			spokenAt: now,
			startedAt: null,
			progressAt: now,
			sawBoundary: false,
			attempt,
			rate: this.#prefs.rate,
			pitch: this.#prefs.pitch,
			voiceId: voice?.id ?? null
		};
		if (this.status !== 'playing') this.status = 'starting';
		this.#armWatchdog(this.#timing.startTimeoutMs);
	}

	#maxLength(): number {
		return this.#maxLengthOverride ?? maxUtteranceLength(this.#prefs.rate);
	}

	#onEngineEvent(event: SpeechEvent): void {
		if (event.type === 'voiceschanged') {
			this.#refreshVoices();
			return;
		}
		if (this.#cue && event.utterance === this.#cue.id) {
			if (event.type === 'end') this.#endCue('spoken');
			else if (event.type === 'error')
				this.#endCue(event.error === 'not-allowed' ? 'not-allowed' : 'failed');
			return;
		}
		const speaking = this.#speaking;
		if (!speaking || event.utterance !== speaking.id) return; // stale: not the current utterance
		const now = this.#clock.now();
		switch (event.type) {
			case 'start': {
				speaking.startedAt = now;
				speaking.progressAt = now;
				this.status = 'playing';
				this.problem = null;
				// It spoke, so there is a voice, listed or not.
				if (this.voiceAvailability === 'none') this.voiceAvailability = 'ready';
				if (this.#startedLine !== this.line) {
					this.#startedLine = this.line;
					this.#lineStartedAt = now;
					if (this.#stops.includes(this.line)) {
						this.#sectionStartLine = this.line;
						this.#sectionStartedAt = now;
					}
				}
				if (this.#lastSavedLine !== this.line) {
					this.#save();
					const line = this.currentLine;
					if (line && (line.kind === 'section' || line.kind === 'scenario'))
						this.#announce(line.text);
				}
				this.#armWatchdog(this.#progressAllowance(speaking, now));
				return;
			}
			case 'boundary': {
				if (event.name !== 'word') return;
				speaking.progressAt = now;
				speaking.sawBoundary = true;
				this.hasWordBoundaries = true;
				const { utterance } = speaking;
				const start = Math.min(utterance.end, utterance.toLineOffset(event.charIndex));
				this.wordStart = start;
				this.wordEnd =
					event.charLength > 0
						? Math.min(utterance.end, utterance.toLineOffset(event.charIndex + event.charLength))
						: this.#wordEndAt(start, utterance.end);
				this.#armWatchdog(this.#timing.wordStallMs / Math.min(1, this.#prefs.rate));
				return;
			}
			case 'end':
				// A piece heard whole, from its start: how fast this voice really speaks here.
				if (speaking.startedAt !== null && speaking.attempt === 0)
					this.#speakingRates?.observe(
						speaking.voiceId,
						speaking.utterance.text.split(/\s+/).filter(Boolean).length,
						now - speaking.startedAt,
						speaking.rate
					);
				this.#advance(speaking);
				return;
			case 'error':
				this.#onError(speaking, event.error);
				return;
		}
	}

	/** End of the word starting at `start` in the current line (for voices without charLength). */
	#wordEndAt(start: number, limit: number): number {
		const text = this.currentLine?.text ?? '';
		wordAt.lastIndex = start;
		const match = wordAt.exec(text);
		return match ? Math.min(limit, start + match[0].length) : start;
	}

	/** Moves on after `speaking` ended: the line's next piece, the next line, or the end. */
	#advance(speaking: Speaking): void {
		this.#speaking = null;
		this.#clearWatchdog();
		const { utterance } = speaking;
		if (!utterance.lastInLine) {
			this.#speakFrom(utterance.line, utterance.end, { attempt: 0 });
			return;
		}
		const next = utterance.line + 1;
		if (next >= this.lineCount) {
			this.#finish();
			return;
		}
		if (this.stopAfterLine !== null && next > this.stopAfterLine) {
			// "Listen to" one scenario: stop at its end, ready to go on.
			this.stopAfterLine = null;
			this.#setPlace(next, 0);
			this.status = 'paused';
			this.#save();
			return;
		}
		this.#speakFrom(next, 0, { attempt: 0 });
	}

	#finish(): void {
		this.#cancelSpeech();
		this.#playWhenVoices = false;
		this.stopAfterLine = null;
		this.status = 'ended';
		this.#save({ finished: true });
	}

	#fail(problem: string): void {
		this.#cancelSpeech();
		this.#playWhenVoices = false;
		this.problem = problem;
		this.status = 'error';
		this.#save();
	}

	/**
	 * Speaks the same place again (from the last word with `fromWord`); after `delayMs` when the
	 * platform needs a cancel to settle first. False when the retries are used up.
	 */
	#retry(speaking: Speaking, { fromWord = false, delayMs = 0 } = {}): boolean {
		if (speaking.attempt >= this.#timing.retries) return false;
		const again = () =>
			this.#speakFrom(this.line, fromWord ? this.wordStart : speaking.utterance.start, {
				attempt: speaking.attempt + 1,
				fromWord
			});
		if (delayMs === 0) {
			again();
			return true;
		}
		this.#cancelSpeech();
		this.#retryTimer = this.#clock.setTimeout(() => {
			this.#retryTimer = null;
			if (this.speaking) again();
		}, delayMs);
		return true;
	}

	#onError(speaking: Speaking, error: SpeechErrorCode): void {
		switch (error) {
			case 'interrupted':
			case 'canceled':
				// Not asked for by Hark (another app took the audio): keep the place, wait for Resume.
				this.stoppedFromOutside = true;
				this.#speaking = null;
				this.#clearWatchdog();
				this.status = 'paused';
				this.#save();
				return;
			case 'not-allowed':
				this.#speaking = null;
				this.#clearWatchdog();
				this.problem = problems.notAllowed;
				this.status = 'paused';
				return;
			case 'audio-busy':
			case 'audio-hardware':
				this.#speaking = null;
				this.#clearWatchdog();
				if (speaking.attempt >= this.#timing.retries) return this.#fail(problems.audioBusy);
				this.#retryTimer = this.#clock.setTimeout(() => {
					this.#retryTimer = null;
					if (this.status === 'playing' || this.status === 'starting')
						this.#speakFrom(this.line, speaking.utterance.start, { attempt: speaking.attempt + 1 });
				}, this.#timing.audioBusyRetryMs);
				return;
			case 'network':
			case 'voice-unavailable':
			case 'language-unavailable': {
				const failed = this.voice;
				if (failed) this.#failedVoices = [...this.#failedVoices, failed.id];
				if (failed?.id === this.#activeVoiceId) this.#activeVoiceId = null;
				const replacement = chooseVoice(this.voices, this.lang, null, {
					exclude: this.#failedVoices,
					localOnly: error === 'network',
					preferredLanguages: this.#preferredLanguages
				});
				if (!replacement)
					return this.#fail(error === 'network' ? problems.network : problems.noVoice);
				this.#activeVoiceId = replacement.id;
				this.#speakFrom(this.line, speaking.utterance.start, { attempt: speaking.attempt });
				return;
			}
			case 'text-too-long':
				this.#maxLengthOverride = Math.max(20, Math.floor(this.#maxLength() / 2));
				if (!this.#retry(speaking)) this.#fail(problems.failed);
				return;
			case 'synthesis-unavailable':
				this.voiceAvailability = 'none';
				return this.#fail(problems.noVoice);
			default:
				if (!this.#retry(speaking)) this.#fail(problems.failed);
		}
	}

	// ——— Watchdog ———

	/** Estimated milliseconds `speaking` needs to finish from now, generously. */
	#progressAllowance(speaking: Speaking, now: number): number {
		const words = speaking.utterance.text.split(/\s+/).filter(Boolean).length;
		const expected = (words / (this.#timing.watchdogWordsPerMinute * this.#prefs.rate)) * 60_000;
		const elapsed = now - (speaking.startedAt ?? now);
		return Math.max(2_000, expected * 1.5 + 3_000 - elapsed);
	}

	#armWatchdog(ms: number): void {
		this.#clearWatchdog();
		this.#watchdog = this.#clock.setTimeout(() => {
			this.#watchdog = null;
			this.#onStall();
		}, ms);
	}

	#clearWatchdog(): void {
		if (this.#watchdog !== null) this.#clock.clearTimeout(this.#watchdog);
		this.#watchdog = null;
	}

	/** No start, no word and no end for too long: recover without losing the place. */
	#onStall(): void {
		const speaking = this.#speaking;
		if (!speaking) return;
		if (speaking.startedAt === null) {
			// Never started (a dropped speak, a jammed daemon): try again, then say so.
			if (this.voices.length > 0 && this.#retry(speaking, { delayMs: this.#timing.settleMs }))
				return;
			return this.#fail(this.voices.length === 0 ? problems.noVoice : problems.didNotStart);
		}
		const { utterance } = speaking;
		if (speaking.sawBoundary && this.wordStart > utterance.start) {
			// Cut off part-way (Chrome's 15 s limit): speak again from the last word heard.
			if (this.#retry(speaking, { fromWord: true })) return;
		}
		const words = utterance.text.split(/\s+/).filter(Boolean).length;
		const expected = (words / (this.#timing.watchdogWordsPerMinute * this.#prefs.rate)) * 60_000;
		const elapsed = this.#clock.now() - speaking.startedAt;
		if (!speaking.sawBoundary && elapsed < expected && this.#retry(speaking)) return;
		// It has had time to finish and `end` never came: count it as spoken and go on. The engine
		// may still think it is speaking (and hold back anything queued), so cancel it first.
		this.#speaking = null;
		this.#engine.cancel();
		this.#advance(speaking);
	}

	// ——— Voices ———

	#refreshVoices(): void {
		const voices = this.#engine.voices();
		this.voices = voices;
		if (voices.length > 0) {
			this.voiceAvailability = 'ready';
			for (const timer of this.#voiceTimers) this.#clock.clearTimeout(timer);
			this.#voiceTimers = [];
			if (this.#playWhenVoices) {
				this.#playWhenVoices = false;
				this.#speakFrom(this.line, this.wordStart, { attempt: 0 });
			}
		} else if (this.voiceAvailability === 'ready') {
			// The list emptied (a speech daemon went away): wait for it again.
			this.voiceAvailability = 'waiting';
			this.#voiceWaitStarted = this.#clock.now();
			this.#pollVoices();
		}
	}

	#pollVoices(): void {
		if (!this.#engine.supported) {
			this.voiceAvailability = 'none';
			return;
		}
		const poll = () => {
			this.#refreshVoices();
			if (this.voiceAvailability !== 'waiting') return;
			if (this.#clock.now() - this.#voiceWaitStarted >= this.#timing.voiceWaitMs) {
				this.voiceAvailability = 'none';
				if (this.#playWhenVoices) this.#fail(problems.noVoice);
				return;
			}
			this.#voiceTimers = [this.#clock.setTimeout(poll, this.#timing.voicePollMs)];
		};
		this.#voiceTimers = [this.#clock.setTimeout(poll, this.#timing.voicePollMs)];
	}

	// ——— Saved place ———

	/** Takes the mirror's copy of the saved place at once, so a press right after connect goes on there. */
	#restoreMirroredPlace(): void {
		if (!this.#positions || !this.#placeMirror || this.status !== 'idle') return;
		const mirrored = this.#placeMirror.read(this.articleId);
		if (mirrored) this.#adoptSavedPlace(mirrored);
	}

	/**
	 * A place saved elsewhere (storage's record once read; another tab, Hark in a second window, say):
	 * when it is newer than any this player knows of and the player is not speaking, it goes there, so
	 * pressing Play goes on where the listener last was. Any move of the listener's own is saved, and
	 * so newer. A problem shown (a press the browser refused) stays until the next press.
	 */
	#placeSavedElsewhere(saved: ListeningPosition): void {
		if (this.speaking || saved.updatedAt <= this.#knownPlaceAt) return;
		this.#adoptSavedPlace(saved);
	}

	/**
	 * Shows a saved place: paused there, or at the top when it was finished (or is the top, or the
	 * article changed under it).
	 */
	#adoptSavedPlace(saved: ListeningPosition): void {
		this.#knownPlaceAt = saved.updatedAt;
		this.stopAfterLine = null;
		const atTop =
			saved.line >= this.lineCount ||
			saved.finished ||
			(saved.line === 0 && saved.wordOffset === 0);
		if (atTop) {
			this.restored = null;
			this.#setPlace(0, 0);
			this.status = 'idle';
			return;
		}
		this.#setPlace(
			saved.line,
			Math.min(saved.wordOffset, this.script.lines[saved.line]!.text.length)
		);
		this.#lastSavedLine = saved.line;
		this.restored = saved;
		this.status = 'paused';
	}

	async #loadPosition(): Promise<void> {
		if (!this.#positions) return;
		try {
			const store = await this.#positions;
			const saved = await store.getPosition(this.articleId);
			// Usually no newer than the mirror's copy; taken when it is (a copy that could not be written).
			if (saved) this.#placeSavedElsewhere(saved);
		} catch {
			// No saved place: start from the top.
		}
	}

	#save({ finished = false }: { finished?: boolean } = {}): void {
		if (!this.#positions) return;
		this.#lastSavedLine = this.line;
		const position: ListeningPosition = {
			articleId: this.articleId,
			line: this.line,
			wordOffset: this.wordStart,
			sectionId: this.sectionOf(this.line)?.id ?? null,
			progress: finished ? 1 : this.progress,
			finished,
			updatedAt: this.#wallClock()
		};
		this.#knownPlaceAt = position.updatedAt;
		this.#placeMirror?.write(position);
		void this.#positions.then((store) => store.putPosition(position)).catch(() => {});
	}
}
