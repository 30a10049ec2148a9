/**
 * Lock-screen and media-key controls through the Media Session API: the article's title, author and
 * artwork; play and pause; previous/next track = previous/next section; seek backward/forward =
 * previous/next sentence; and a position state in seconds estimated from word counts. Browsers
 * without the API get nothing (the page's own controls and shortcuts still work). The returned
 * binding's `destroy()` removes every handler and the metadata.
 */

/** What the lock screen shows. */
export interface MediaDetails {
	title: string;
	artist: string;
	album: string;
	/** Artwork URLs with their sizes and types. */
	artwork: { src: string; sizes: string; type: string }[];
}

/** What the lock screen's buttons do. */
export interface MediaActions {
	play(): void;
	pause(): void;
	previousSection(): void;
	nextSection(): void;
	previousSentence(): void;
	nextSentence(): void;
	/** Moves to `seconds` into the article. */
	seekTo?(seconds: number): void;
}

/** A live Media Session binding. */
export interface MediaSessionBinding {
	/** Tells the lock screen whether Hark is playing, and where it is. */
	update(state: {
		playing: boolean;
		positionSeconds: number;
		durationSeconds: number;
		rate: number;
	}): void;
	/** Removes the handlers and metadata. */
	destroy(): void;
}

const actionNames = [
	'play',
	'pause',
	'stop',
	'previoustrack',
	'nexttrack',
	'seekbackward',
	'seekforward',
	'seekto'
] as const;

/** Binds the Media Session of `navigator` to `actions`; a no-op binding where there is none. */
export function bindMediaSession(
	navigatorLike: Navigator | undefined,
	details: MediaDetails,
	actions: MediaActions
): MediaSessionBinding {
	const session = navigatorLike?.mediaSession;
	const MetadataClass = (globalThis as { MediaMetadata?: typeof MediaMetadata }).MediaMetadata;
	if (!session) return { update() {}, destroy() {} };
	if (MetadataClass) session.metadata = new MetadataClass(details);
	const handlers: Record<(typeof actionNames)[number], MediaSessionActionHandler> = {
		play: () => actions.play(),
		pause: () => actions.pause(),
		stop: () => actions.pause(),
		previoustrack: () => actions.previousSection(),
		nexttrack: () => actions.nextSection(),
		seekbackward: () => actions.previousSentence(),
		seekforward: () => actions.nextSentence(),
		seekto: (details) => {
			if (details.seekTime !== undefined && details.seekTime !== null)
				actions.seekTo?.(details.seekTime);
		}
	};
	for (const name of actionNames) {
		try {
			session.setActionHandler(name, handlers[name]);
		} catch {
			// This browser does not know the action.
		}
	}
	let playbackState: MediaSessionPlaybackState | null = null;
	return {
		update({ playing, positionSeconds, durationSeconds, rate }) {
			// Setting the state costs a trip to the browser: only when it changes.
			const next = playing ? 'playing' : 'paused';
			if (next !== playbackState) session.playbackState = playbackState = next;
			if (!session.setPositionState || !(durationSeconds > 0)) return;
			try {
				session.setPositionState({
					duration: durationSeconds,
					position: Math.min(durationSeconds, Math.max(0, positionSeconds)),
					playbackRate: rate
				});
			} catch {
				// Out-of-range values are ignored rather than breaking playback.
			}
		},
		destroy() {
			for (const name of actionNames) {
				try {
					session.setActionHandler(name, null);
				} catch {
					// Unknown action.
				}
			}
			session.metadata = null;
			session.playbackState = 'none';
		}
	};
}

/** Changes the lock screen's second line (the album), e.g. to show the sleep timer. */
export function setMediaAlbum(navigatorLike: Navigator | undefined, album: string): void {
	const metadata = navigatorLike?.mediaSession?.metadata;
	if (metadata) metadata.album = album;
}
