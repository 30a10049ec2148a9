/**
 * Hark's keyboard shortcuts, as one table: the help dialog lists it, controls expose it through
 * `aria-keyshortcuts`, and one keydown listener dispatches it. Shortcuts never fire while the listener
 * is typing in a field or holds a modifier (so browser and screen-reader keys stay theirs); AltGr,
 * which types a character, is not such a modifier.
 * Pure: no Svelte, no DOM types beyond the event's shape.
 */

/** Identifies what a shortcut does. */
export type ShortcutId =
	| 'playPause'
	| 'previousSentence'
	| 'nextSentence'
	| 'previousSection'
	| 'nextSection'
	| 'slower'
	| 'faster'
	| 'backToCurrent'
	| 'listenFromSelection'
	| 'fixPronunciation'
	| 'openShortcuts';

/** A keyboard shortcut. */
export interface Shortcut {
	/** What it does. */
	id: ShortcutId;
	/** The keys (KeyboardEvent.key values) that trigger it; the first is the one shown. */
	keys: string[];
	/** What it does, in words, for the help dialog. */
	description: string;
	/** Which part of Hark it belongs to, for grouping in the help dialog. */
	group: 'Listening' | 'Moving around' | 'Help';
}

/** Every shortcut Hark has. */
export const shortcuts: readonly Shortcut[] = [
	{ id: 'playPause', keys: ['k'], description: 'Play, pause or resume', group: 'Listening' },
	{ id: 'previousSentence', keys: [','], description: 'Previous sentence', group: 'Listening' },
	{ id: 'nextSentence', keys: ['.'], description: 'Next sentence', group: 'Listening' },
	{ id: 'previousSection', keys: ['['], description: 'Previous section', group: 'Listening' },
	{ id: 'nextSection', keys: [']'], description: 'Next section', group: 'Listening' },
	{ id: 'slower', keys: ['-'], description: 'Slower (speed down by 0.1)', group: 'Listening' },
	{ id: 'faster', keys: ['=', '+'], description: 'Faster (speed up by 0.1)', group: 'Listening' },
	{
		// Backtick: no screen reader's browse-mode key (NVDA and JAWS use the letters, digits and ";"),
		// and no browser's (Firefox's quick find is "/" and "'").
		id: 'fixPronunciation',
		keys: ['`'],
		description: 'Fix pronunciation of the selected word or phrase',
		group: 'Listening'
	},
	{
		id: 'backToCurrent',
		keys: ['c'],
		description: 'Back to the sentence being read',
		group: 'Moving around'
	},
	{
		id: 'listenFromSelection',
		keys: ['l'],
		description: 'Listen from the selected text or the focused heading',
		group: 'Moving around'
	},
	{ id: 'openShortcuts', keys: ['?'], description: 'Show keyboard shortcuts', group: 'Help' }
];

/** The `aria-keyshortcuts` value for a shortcut, e.g. "K" or "Shift+?". */
export function ariaKeyShortcuts(id: ShortcutId): string {
	const shortcut = shortcuts.find((s) => s.id === id);
	if (!shortcut) return '';
	return shortcut.keys
		.map((key) => (key.length === 1 && /[a-z]/.test(key) ? key.toUpperCase() : key))
		.join(' ');
}

/** The label shown for a shortcut's main key, e.g. "K". */
export function shortcutLabel(id: ShortcutId): string {
	return ariaKeyShortcuts(id).split(' ')[0] ?? '';
}

/** The parts of a keyboard event the matcher looks at. */
export interface KeyEventLike {
	key: string;
	/** The physical key ("BracketLeft"), for layouts where the printed character differs. */
	code?: string;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	isComposing?: boolean;
	/** Whether a modifier is down, by its name ("AltGraph"), as KeyboardEvent reports it. */
	getModifierState?(key: string): boolean;
	/** The element the event came from, as far as the matcher needs it. */
	target: { tagName?: string; isContentEditable?: boolean; type?: string } | null;
}

const textInputTypes = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/** Whether the event comes from a place where keys mean typing (fields, editable text, selects). */
export function isTypingTarget(target: KeyEventLike['target']): boolean {
	if (!target) return false;
	if (target.isContentEditable) return true;
	const tag = target.tagName?.toLowerCase();
	if (tag === 'textarea' || tag === 'select') return true;
	return tag === 'input' && textInputTypes.has((target.type ?? '').toLowerCase());
}

/**
 * The US-layout character of the punctuation keys the table uses, by physical key. On other layouts
 * those keys print something else or are dead keys (German "ü" and "^", French "^" and "²"), and
 * the characters themselves need AltGr, which counts as a modifier: there the physical key works.
 */
const punctuationByCode: Readonly<Record<string, string>> = {
	Backquote: '`',
	BracketLeft: '[',
	BracketRight: ']',
	Comma: ',',
	Period: '.',
	Minus: '-',
	Equal: '='
};

const shortcutFor = (key: string) => shortcuts.find((s) => s.keys.includes(key)) ?? null;

/** The shortcut an event triggers, or null (typing, modifiers, composition and unknown keys never match). */
export function matchShortcut(event: KeyEventLike): Shortcut | null {
	// AltGr types a character ("[" and "]" are AltGr+8 and AltGr+9 on a German keyboard), though
	// Windows reports it as Ctrl and Alt: with it, the character the keys made can match.
	const altGraph = event.getModifierState?.('AltGraph') === true;
	if (event.metaKey || event.isComposing) return null;
	if ((event.ctrlKey || event.altKey) && !altGraph) return null;
	if (isTypingTarget(event.target)) return null;
	const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
	const byKey = shortcutFor(key);
	if (byKey) return byKey;
	if (altGraph) return null;
	// A key whose character no shortcut has (a dead key, a letter of another layout): its place.
	const byPlace = event.code ? punctuationByCode[event.code] : undefined;
	return byPlace ? shortcutFor(byPlace) : null;
}
