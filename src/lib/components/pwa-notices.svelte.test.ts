/**
 * The update notice and the offline indicator, mounted in happy-dom: what they show, that each is
 * announced once through the announcer (and not while the voice speaks), and that "Reload" applies
 * the update.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { Announcer } from '$lib/a11y/announcer.svelte';
import { AppUpdate } from '$lib/pwa/app-update.svelte';
import { OnlineStatus } from '$lib/pwa/online-status.svelte';
import UpdateNotice from './UpdateNotice.svelte';
import OfflineIndicator from './OfflineIndicator.svelte';

let mounted: ReturnType<typeof mount> | null = null;
afterEach(() => {
	if (mounted) unmount(mounted);
	mounted = null;
	document.body.innerHTML = '';
});

/** An announcer that records what it actually said. */
function recordingAnnouncer() {
	const announcer = new Announcer();
	const said: string[] = [];
	const announce = announcer.announce.bind(announcer);
	announcer.announce = (text, options) => {
		const spoken = announce(text, options);
		if (spoken) said.push(text);
		return spoken;
	};
	return { announcer, said };
}

describe('UpdateNotice', () => {
	it('shows nothing until a new version waits, then the notice and "Reload", announced once', async () => {
		const { announcer, said } = recordingAnnouncer();
		const update = new AppUpdate(() => false, vi.fn());
		const activateUpdate = vi.fn(async () => {});
		update.connect({ activateUpdate });
		mounted = mount(UpdateNotice, { target: document.body, props: { update, announcer } });
		flushSync();
		expect(document.body.textContent?.trim()).toBe('');

		update.updateWaiting();
		flushSync();
		const notice = document.querySelector('aside')!;
		expect(notice.getAttribute('aria-label')).toBe('Update');
		expect(notice.querySelector('p')?.textContent).toBe('A new version of Hark is ready');
		expect(said).toEqual(['A new version of Hark is ready. Use the Reload button to start it.']);
		// Nothing takes focus: the notice is not modal.
		expect(document.activeElement).toBe(document.body);

		update.waiting = false;
		flushSync();
		update.waiting = true;
		flushSync();
		expect(said).toHaveLength(1);

		const reload = [...document.querySelectorAll('aside button')].find(
			(b) => b.textContent === 'Reload'
		) as HTMLButtonElement | undefined;
		reload!.click();
		await vi.waitFor(() => expect(activateUpdate).toHaveBeenCalledTimes(1));
	});

	it('waits for the voice to stop before announcing', () => {
		const { announcer, said } = recordingAnnouncer();
		announcer.voiceSpeaking = true;
		const update = new AppUpdate(() => true, vi.fn());
		mounted = mount(UpdateNotice, { target: document.body, props: { update, announcer } });
		update.updateWaiting();
		flushSync();
		expect(document.querySelector('aside')).not.toBeNull();
		expect(said).toEqual([]);
		announcer.voiceSpeaking = false;
		flushSync();
		expect(said).toHaveLength(1);
	});
});

describe('OfflineIndicator', () => {
	const message = 'Offline — everything on this device still works';

	it('shows and announces once per stretch offline, not on every change', () => {
		const { announcer, said } = recordingAnnouncer();
		const status = new OnlineStatus();
		mounted = mount(OfflineIndicator, { target: document.body, props: { status, announcer } });
		flushSync();
		expect(document.body.textContent?.trim()).toBe('');

		status.online = false;
		flushSync();
		expect(document.querySelector('p')?.textContent?.trim()).toBe(message);
		expect(said).toEqual([message]);

		// Other state changing (the voice starting and stopping) does not announce it again.
		announcer.voiceSpeaking = true;
		flushSync();
		announcer.voiceSpeaking = false;
		flushSync();
		expect(said).toEqual([message]);

		status.online = true;
		flushSync();
		expect(document.querySelector('p')).toBeNull();
		status.online = false;
		flushSync();
		expect(said).toEqual([message, message]);
	});

	it('going offline while the voice speaks is announced when it stops', () => {
		const { announcer, said } = recordingAnnouncer();
		announcer.voiceSpeaking = true;
		const status = new OnlineStatus();
		mounted = mount(OfflineIndicator, { target: document.body, props: { status, announcer } });
		status.online = false;
		flushSync();
		expect(document.querySelector('p')).not.toBeNull();
		expect(said).toEqual([]);
		announcer.voiceSpeaking = false;
		flushSync();
		expect(said).toEqual([message]);
	});
});
