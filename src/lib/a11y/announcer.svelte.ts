/**
 * Hark's one announcer: a single polite live region, used sparingly (a jump to a section, offline,
 * an update, an error). While Hark's own voice is speaking it stays quiet — a screen-reader user hears
 * the voice, not chatter — unless the listener asked for announcements while listening, or the message
 * is an error.
 */
export class Announcer {
	/** The live region's current text. */
	message = $state('');
	/** Whether Hark's voice is speaking now; set by the player. */
	voiceSpeaking = $state(false);
	/** The "Announce sections while listening" setting. */
	announceWhileListening = $state(false);
	#clearTimer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * Says `text` through the live region, unless the voice is speaking (errors always get through).
	 * Returns whether it was announced.
	 */
	announce(text: string, { kind = 'info' }: { kind?: 'info' | 'error' } = {}): boolean {
		if (this.voiceSpeaking && !this.announceWhileListening && kind !== 'error') return false;
		clearTimeout(this.#clearTimer);
		// Clearing first makes a repeated message a change the screen reader reports again.
		this.message = '';
		queueMicrotask(() => {
			this.message = text;
			this.#clearTimer = setTimeout(() => (this.message = ''), 7000);
		});
		return true;
	}
}
