import { describe, expect, it } from 'vitest';
import {
	ariaKeyShortcuts,
	matchShortcut,
	shortcutLabel,
	shortcuts,
	type KeyEventLike
} from './shortcuts';

const press = (key: string, options: Partial<KeyEventLike> = {}): KeyEventLike => ({
	key,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	target: { tagName: 'BODY' },
	...options
});

/**
 * Keys a screen reader or browser takes for itself without a modifier: NVDA's and JAWS's
 * browse-mode quick keys (letters, digits, ";" for JAWS landmarks) and Firefox's quick find.
 */
const takenKeys = [...'abcdefghijklmnopqrstuvwxyz0123456789', ';', '/', "'"];

describe('the "Fix pronunciation" shortcut', () => {
	const fix = shortcuts.find((s) => s.id === 'fixPronunciation')!;

	it('is in the one table, described with the name of the control it stands for', () => {
		expect(fix).toMatchObject({
			keys: ['`'],
			description: 'Fix pronunciation of the selected word or phrase',
			group: 'Listening'
		});
		expect(ariaKeyShortcuts('fixPronunciation')).toBe('`');
		expect(shortcutLabel('fixPronunciation')).toBe('`');
	});

	it('uses no key another shortcut uses', () => {
		const others = shortcuts.filter((s) => s !== fix).flatMap((s) => s.keys);
		expect(fix.keys.filter((key) => others.includes(key))).toEqual([]);
	});

	it("uses no screen reader's or browser's own key", () => {
		expect(fix.keys.filter((key) => takenKeys.includes(key))).toEqual([]);
	});

	it.each<[string, KeyEventLike, string | null]>([
		['the key alone', press('`'), 'fixPronunciation'],
		['on a focused link', press('`', { target: { tagName: 'A' } }), 'fixPronunciation'],
		['typed in a field', press('`', { target: { tagName: 'INPUT', type: 'text' } }), null],
		['typed in editable text', press('`', { target: { isContentEditable: true } }), null],
		['with Ctrl', press('`', { ctrlKey: true }), null],
		['with Alt', press('`', { altKey: true }), null],
		['with Command', press('`', { metaKey: true }), null],
		['while composing (a dead key)', press('`', { isComposing: true }), null],
		['a dead key on other layouts', press('Dead'), null]
	])('%s', (_case, event, expected) => {
		expect(matchShortcut(event)?.id ?? null).toBe(expected);
	});
});

describe('keyboard layouts other than US', () => {
	it.each([
		['German: the "ü" key (where US has "[")', 'ü', 'BracketLeft', 'previousSection'],
		['German: the dead "^" key (where US has "`")', 'Dead', 'Backquote', 'fixPronunciation'],
		['French: the dead "^" key (where US has "[")', 'Dead', 'BracketLeft', 'previousSection'],
		['French: "²" (where US has "`")', '²', 'Backquote', 'fixPronunciation'],
		['German: "+" is Faster by its character, wherever it is', '+', 'BracketRight', 'faster'],
		['US: "[" by its character', '[', 'BracketLeft', 'previousSection'],
		['a letter is never taken by its place', 'q', 'KeyA', null],
		['an unknown key of an unknown place', 'ß', 'IntlBackslash', null]
	])('%s', (_, key, code, id) => {
		expect(matchShortcut(press(key, { code }))?.id ?? null).toBe(id);
	});

	const altGr = { getModifierState: (key: string) => key === 'AltGraph' };
	it.each<[string, KeyEventLike, string | null]>([
		[
			'German on Windows: AltGr+9 types "]" (reported with Ctrl and Alt)',
			press(']', { code: 'Digit9', ctrlKey: true, altKey: true, ...altGr }),
			'nextSection'
		],
		[
			'German on Linux: AltGr+8 types "["',
			press('[', { code: 'Digit8', ...altGr }),
			'previousSection'
		],
		[
			'AltGr typing a character no shortcut has ("@" on AltGr+Q)',
			press('@', { code: 'KeyQ', ctrlKey: true, altKey: true, ...altGr }),
			null
		],
		[
			"AltGr never falls back to the key's place",
			press('~', { code: 'BracketRight', ctrlKey: true, altKey: true, ...altGr }),
			null
		],
		[
			'AltGr typing "]" in a field',
			press(']', { ctrlKey: true, altKey: true, ...altGr, target: { tagName: 'INPUT' } }),
			null
		],
		[
			"Ctrl+Alt without AltGr stays the screen reader's",
			press(']', { ctrlKey: true, altKey: true, getModifierState: () => false }),
			null
		],
		['Command with AltGr', press(']', { metaKey: true, ...altGr }), null]
	])('%s', (_case, event, expected) => {
		expect(matchShortcut(event)?.id ?? null).toBe(expected);
	});

	it('still never acts while typing or with a modifier', () => {
		expect(
			matchShortcut(press('ü', { code: 'BracketLeft', target: { tagName: 'TEXTAREA' } }))
		).toBe(null);
		expect(matchShortcut(press('[', { code: 'BracketLeft', ctrlKey: true, altKey: true }))).toBe(
			null
		);
	});
});
