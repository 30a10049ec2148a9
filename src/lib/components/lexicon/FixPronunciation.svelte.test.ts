/**
 * "Fix pronunciation" mounted in happy-dom with the app's shortcut dispatcher and announcer: the
 * shortcut opens the pronunciation form for the word selected in the article, and says why not when
 * nothing (or too much, or text outside the article) is selected. Navigation is recorded, not done.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import { Announcer } from '$lib/a11y/announcer.svelte';
import { ShortcutDispatcher } from '$lib/a11y/keyboard';

const { goto, app } = vi.hoisted(() => ({
	goto: vi.fn(async (_href: string) => {}),
	app: { current: null as unknown }
}));
vi.mock('$app/navigation', () => ({ goto }));
vi.mock('$lib/context', () => ({ getAppContext: () => app.current }));

const { default: FixPronunciation, fixMessages } = await import('./FixPronunciation.svelte');

let mounted: ReturnType<typeof mount> | null = null;
let stopListening: (() => void) | null = null;
let announcer: Announcer;
let shortcuts: ShortcutDispatcher;

beforeEach(() => {
	goto.mockClear();
	announcer = new Announcer();
	shortcuts = new ShortcutDispatcher();
	app.current = { announcer, shortcuts };
	stopListening = shortcuts.listen(window);
	document.body.innerHTML =
		'<p id="outside">Text outside the article.</p><article id="article"><h1>Talks in Caracas</h1><p>Nicolás Maduro met the press in Caracas on Monday and said very little about it.</p></article><div id="host"></div>';
	mounted = mount(FixPronunciation, {
		target: document.getElementById('host')!,
		props: { root: document.getElementById('article')!, lang: 'en' }
	});
	flushSync();
});

afterEach(() => {
	if (mounted) unmount(mounted);
	mounted = null;
	stopListening?.();
	document.getSelection()?.removeAllRanges();
	document.body.innerHTML = '';
});

/** Selects `text` inside the element with id `id`, as a reader would. */
function select(id: string, text: string) {
	const element = document.getElementById(id)!;
	const node = [element, ...element.querySelectorAll('h1, p')]
		.map((element) => element.firstChild!)
		.find((first) => first.nodeType === Node.TEXT_NODE && first.textContent!.includes(text))!;
	const start = node.textContent!.indexOf(text);
	const range = document.createRange();
	range.setStart(node, start);
	range.setEnd(node, start + text.length);
	const selection = document.getSelection()!;
	selection.removeAllRanges();
	selection.addRange(range);
	document.dispatchEvent(new Event('selectionchange'));
	flushSync();
}

/** Presses the shortcut's key; returns whether the page took it. */
function pressFix(): boolean {
	const event = new KeyboardEvent('keydown', { key: '`', cancelable: true, bubbles: true });
	window.dispatchEvent(event);
	return event.defaultPrevented;
}

/** What the live region says once the announcer has spoken. */
async function announced(): Promise<string> {
	await Promise.resolve();
	return announcer.message;
}

describe('the "Fix pronunciation" shortcut', () => {
	it('opens the form for the selected word, filled in with it and the language', async () => {
		select('article', 'Caracas');
		const link = document.querySelector('a.fix-pronunciation')!;
		expect(link.textContent).toBe('Fix pronunciation of “Caracas”');
		expect(link.getAttribute('aria-keyshortcuts')).toBe('`');
		expect(pressFix()).toBe(true);
		expect(goto).toHaveBeenCalledWith(
			`/lexicon?${new URLSearchParams({ shown: 'Caracas', lang: 'en', from: location.pathname }).toString()}`
		);
		expect(await announced()).toBe('');
	});

	it('takes a short phrase as it is shown', () => {
		select('article', 'Nicolás Maduro');
		pressFix();
		expect(goto).toHaveBeenCalledWith(
			`/lexicon?${new URLSearchParams({ shown: 'Nicolás Maduro', lang: 'en', from: location.pathname }).toString()}`
		);
	});

	it.each<[string, () => void, string]>([
		['nothing is selected', () => {}, fixMessages.none],
		['the selection is outside the article', () => select('outside', 'outside'), fixMessages.none],
		[
			'more than a short phrase is selected',
			() => select('article', 'Nicolás Maduro met the press in Caracas'),
			fixMessages.tooLong
		]
	])('says so when %s, and goes nowhere', async (_case, arrange, message) => {
		arrange();
		// Said even while Hark's voice speaks: the listener asked for it.
		announcer.voiceSpeaking = true;
		expect(pressFix()).toBe(true);
		expect(goto).not.toHaveBeenCalled();
		expect(await announced()).toBe(message);
	});

	it('is taken only while an article is on screen', () => {
		expect(shortcuts.has('fixPronunciation')).toBe(true);
		unmount(mounted!);
		mounted = null;
		expect(shortcuts.has('fixPronunciation')).toBe(false);
		expect(pressFix()).toBe(false);
	});
});
