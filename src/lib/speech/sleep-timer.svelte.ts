/**
 * The sleep timer: stop listening after a number of minutes, or at the end of the section being
 * heard. Time counts only while the voice speaks (a pause holds the timer, so "15 minutes" means 15
 * minutes of listening). When it runs out, the player is asked to stop after the sentence being
 * spoken (`stopAfterLine`, the same rule "Listen to" a scenario uses), so speech never stops
 * mid-word. "End of this section" asks the player to stop after the section's last line.
 *
 * Fading: the Web Speech API sets loudness per utterance and cannot change it while one is spoken,
 * so the fade moves in whole sentences. Over the last stretch (the last `fadeMs` of listening, or
 * the section's last `fadeLines` lines) each new sentence is asked for a lower volume, down to
 * `fadeFloor`; the player asks `volumeFor(line)` through its `fadeVolume` hook as it speaks each
 * one (and multiplies the listener's own volume). Off, a new choice or the timer running out gives
 * the next sentence full volume again.
 * Choosing Off cancels it in one action.
 *
 * It knows the player only through `SleepTarget` and time only through a Clock, so it runs with the
 * fake engine and the fake clock in unit tests.
 */
import type { Script } from '../content/script';
import type { Clock, TimerId } from './clock';
import type { SleepChoice } from './sleep-choices';

export { isSleepChoice, sleepChoices, type SleepChoice } from './sleep-choices';

/** What the sleep timer needs of the player. */
export interface SleepTarget {
	/** Whether the voice is (about to be) speaking. */
	readonly speaking: boolean;
	/** Whether the article has ended. */
	readonly status: string;
	/** The line being spoken. */
	readonly line: number;
	/** Last line to speak before pausing, or null. */
	stopAfterLine: number | null;
	/** The last line of the section holding `line`. */
	sectionEndLine(line: number): number;
	/** Loudness 0–1 for an utterance of a line, asked as each is spoken, or null: full. */
	fadeVolume: ((line: number) => number) | null;
}

/** The last line of the section holding `line` (the article's last line in the last section). */
export function sectionEndLine(script: Script, line: number): number {
	const sectionIndex = script.lines[line]?.sectionIndex ?? -1;
	const following = script.sections[sectionIndex + 1];
	return following ? following.firstLine - 1 : script.lines.length - 1;
}

/** What of a player the timer reads and sets (a Player has all of it), with its article's script. */
export type SleepPlayer = Omit<SleepTarget, 'sectionEndLine'> & { readonly script: Script };

/** The timer's view of `player`: its state read live, its stop line and fade set on it. */
export function sleepTargetOf(player: SleepPlayer): SleepTarget {
	return {
		get speaking() {
			return player.speaking;
		},
		get status() {
			return player.status;
		},
		get line() {
			return player.line;
		},
		get stopAfterLine() {
			return player.stopAfterLine;
		},
		set stopAfterLine(line) {
			player.stopAfterLine = line;
		},
		sectionEndLine: (line) => sectionEndLine(player.script, line),
		get fadeVolume() {
			return player.fadeVolume;
		},
		set fadeVolume(fade) {
			player.fadeVolume = fade;
		}
	};
}

/** How often the countdown moves. */
const tickMs = 1_000;

/** The last stretch of listening on a minutes timer over which sentences get quieter. */
export const fadeMs = 30_000;
/** How many of a section's last lines "End of this section" fades over. */
export const fadeLines = 3;
/** The quietest a fading sentence gets (still heard, so the stop is not a surprise). */
export const fadeFloor = 0.2;

export class SleepTimer {
	/** The listener's choice. */
	choice = $state<SleepChoice>('off');
	/** Milliseconds of listening left on a minutes timer (null: none running). */
	remainingMs = $state<number | null>(null);
	/** Whether time ran out and the player will stop after the sentence being spoken. */
	stopping = $state(false);
	/** Whether the timer stopped the player last (for "Sleep timer stopped listening"). */
	stoppedListening = $state(false);

	readonly #target: SleepTarget;
	readonly #clock: Clock;
	#timer: TimerId | null = null;
	#lastTick = 0;
	/** The line `stopAfterLine` was set to by the timer (so a Listen-to-scenario stop is left alone). */
	#stopLine: number | null = null;
	/** The hook given to the player while a timer is set. */
	readonly #fade = (line: number) => this.volumeFor(line);

	constructor(target: SleepTarget, clock: Clock) {
		this.#target = target;
		this.#clock = clock;
	}

	/** Whether a timer is set. */
	get active(): boolean {
		return this.choice !== 'off';
	}

	/** The countdown in words for the player and the lock screen, or null when off. */
	get summary(): string | null {
		if (this.choice === 'off') return null;
		if (this.stopping) return 'Sleep timer: stopping after this sentence';
		if (this.choice === 'section') return 'Sleep timer: stops at the end of this section';
		const minutes = Math.max(1, Math.ceil((this.remainingMs ?? 0) / 60_000));
		return `Sleep timer: ${minutes} min left`;
	}

	/**
	 * Loudness for a sentence of `line` spoken now: 1 until the last stretch, then lower with each
	 * sentence, down to `fadeFloor` once time is up (or on the section's last line).
	 */
	volumeFor(line: number): number {
		if (this.choice === 'off') return 1;
		if (this.stopping) return fadeFloor;
		// How much of the fade's stretch is still ahead (1 or more: not fading yet).
		let ahead: number;
		// The section of `line` itself: a move to another section is spoken before `sync()` follows it.
		if (this.choice === 'section') ahead = (this.#target.sectionEndLine(line) - line) / fadeLines;
		else ahead = (this.remainingMs ?? 0) / fadeMs;
		if (ahead >= 1) return 1;
		return Math.round((fadeFloor + (1 - fadeFloor) * Math.max(0, ahead)) * 100) / 100;
	}

	/** Sets the timer (Off cancels it). */
	set(choice: SleepChoice): void {
		this.#cancel();
		this.stoppedListening = false;
		this.choice = choice;
		if (choice === 'off') return;
		this.#target.fadeVolume = this.#fade;
		if (choice === 'section') {
			this.#stopAt(this.#target.sectionEndLine(this.#target.line));
			return;
		}
		this.remainingMs = Number(choice) * 60_000;
		this.#lastTick = this.#clock.now();
		this.#schedule();
	}

	/**
	 * The player moved or stopped: keep the stop where it belongs (a move to another section or
	 * sentence clears the player's stop line), and notice when the player stopped because of it.
	 */
	sync(): void {
		if (this.choice === 'off') return;
		const target = this.#target;
		if (target.status === 'ended') return this.#finish();
		if (this.#stopLine !== null && target.stopAfterLine === null) {
			// The player clears the line when it stops there (its place is then the line after), and
			// when the listener moves: then the stop is put back where it belongs.
			if (!target.speaking && target.line === this.#stopLine + 1) return this.#finish();
			if (this.choice === 'section') this.#stopAt(target.sectionEndLine(target.line));
			else if (this.stopping) this.#stopAt(target.line);
		}
	}

	/** Stops the countdown's timer (the page is going away); the player's volume is its own again. */
	destroy(): void {
		if (this.#target.fadeVolume === this.#fade) this.#target.fadeVolume = null;
		if (this.#timer !== null) this.#clock.clearTimeout(this.#timer);
		this.#timer = null;
	}

	#schedule(): void {
		this.#timer = this.#clock.setTimeout(() => this.#tick(), tickMs);
	}

	#tick(): void {
		this.#timer = null;
		const now = this.#clock.now();
		const elapsed = now - this.#lastTick;
		this.#lastTick = now;
		if (this.remainingMs === null) return;
		// Only listening counts: a paused player holds the timer.
		if (this.#target.speaking) this.remainingMs = Math.max(0, this.remainingMs - elapsed);
		if (this.remainingMs > 0) return this.#schedule();
		this.stopping = true;
		this.#stopAt(this.#target.line);
	}

	#stopAt(line: number): void {
		this.#stopLine = line;
		this.#target.stopAfterLine = line;
	}

	#cancel(): void {
		this.destroy();
		if (this.#stopLine !== null && this.#target.stopAfterLine === this.#stopLine)
			this.#target.stopAfterLine = null;
		this.#stopLine = null;
		this.remainingMs = null;
		this.stopping = false;
	}

	#finish(): void {
		this.#cancel();
		this.choice = 'off';
		this.stoppedListening = true;
	}
}
