import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindMediaSession, type MediaActions } from './media-session';

/** A stand-in for navigator.mediaSession that keeps what it was given. */
function fakeSession() {
	const handlers = new Map<string, ((details: { seekTime?: number }) => void) | null>();
	const positions: unknown[] = [];
	const session = {
		metadata: null as unknown,
		playbackState: 'none' as string,
		setActionHandler: (
			name: string,
			handler: ((details: { seekTime?: number }) => void) | null
		) => {
			if (name === 'seekto' && handler === undefined) throw new Error('unknown');
			handlers.set(name, handler);
		},
		setPositionState: (state: unknown) => positions.push(state)
	};
	return {
		session,
		handlers,
		positions,
		navigator: { mediaSession: session } as unknown as Navigator
	};
}

const details = {
	title: 'A headline',
	artist: 'Ada',
	album: 'Hark',
	artwork: [{ src: '/icon.png', sizes: '192x192', type: 'image/png' }]
};

function actions(): MediaActions & { calls: string[] } {
	const calls: string[] = [];
	const record = (name: string) => () => calls.push(name);
	return {
		calls,
		play: record('play'),
		pause: record('pause'),
		previousSection: record('previousSection'),
		nextSection: record('nextSection'),
		previousSentence: record('previousSentence'),
		nextSentence: record('nextSentence'),
		seekTo: (seconds) => calls.push(`seekTo:${seconds}`)
	};
}

afterEach(() => vi.unstubAllGlobals());

describe('the lock screen (Media Session)', () => {
	it('shows the article and maps tracks to sections and seeking to sentences', () => {
		vi.stubGlobal(
			'MediaMetadata',
			class {
				constructor(readonly init: unknown) {}
			}
		);
		const { navigator, session, handlers } = fakeSession();
		const wanted = actions();
		bindMediaSession(navigator, details, wanted);
		expect((session.metadata as { init: unknown }).init).toEqual(details);
		for (const name of [
			'play',
			'pause',
			'stop',
			'previoustrack',
			'nexttrack',
			'seekbackward',
			'seekforward'
		])
			handlers.get(name)!({});
		handlers.get('seekto')!({ seekTime: 42 });
		expect(wanted.calls).toEqual([
			'play',
			'pause',
			'pause',
			'previousSection',
			'nextSection',
			'previousSentence',
			'nextSentence',
			'seekTo:42'
		]);
	});

	it('reports playing or paused and the position, and lets go of everything on destroy', () => {
		const { navigator, session, handlers, positions } = fakeSession();
		const binding = bindMediaSession(navigator, details, actions());
		binding.update({ playing: true, positionSeconds: 30, durationSeconds: 600, rate: 1.5 });
		expect(session.playbackState).toBe('playing');
		expect(positions).toEqual([{ duration: 600, position: 30, playbackRate: 1.5 }]);
		binding.update({ playing: false, positionSeconds: 700, durationSeconds: 600, rate: 1 });
		expect(session.playbackState).toBe('paused');
		expect(positions.at(-1)).toEqual({ duration: 600, position: 600, playbackRate: 1 });
		binding.destroy();
		expect([...handlers.values()].every((handler) => handler === null)).toBe(true);
		expect(session.metadata).toBeNull();
		expect(session.playbackState).toBe('none');
	});

	it('does nothing where there is no Media Session', () => {
		const binding = bindMediaSession(undefined, details, actions());
		expect(() =>
			binding.update({ playing: true, positionSeconds: 0, durationSeconds: 1, rate: 1 })
		).not.toThrow();
		expect(() => binding.destroy()).not.toThrow();
	});
});
