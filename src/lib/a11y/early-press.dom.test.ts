import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { takeEarlyPress, takeEarlyPressIn } from './early-press';

/** static/early-presses.js, run once in this document as the page's <head> runs it. */
beforeAll(() => {
	const source = readFileSync(resolve(process.cwd(), 'static/early-presses.js'), 'utf8');
	new Function(source)();
});

afterEach(() => {
	document.body.replaceChildren();
	delete document.documentElement.dataset.hydrated;
});

function button(html: string): HTMLButtonElement {
	document.body.insertAdjacentHTML('beforeend', html);
	return document.body.lastElementChild as HTMLButtonElement;
}

describe('presses made before the app has started (static/early-presses.js)', () => {
	it.each([
		['one press on a button that takes them', '<button data-early-press>Play</button>', 1, true],
		[
			'two presses (the button still said Play: the same press again)',
			'<button data-early-press>Play</button>',
			2,
			true
		],
		['a press on a button that does not take them', '<button>Play</button>', 1, false]
	])('%s: kept %s', (_, html, presses, kept) => {
		const play = button(html);
		for (let i = 0; i < presses; i++) play.click();
		expect(takeEarlyPress(play)).toBe(kept);
		// Taking a press uses it up.
		expect(takeEarlyPress(play)).toBe(false);
	});

	it('counts a press on the button’s icon or label as a press on the button', () => {
		const play = button('<button data-early-press><svg></svg><span>Play</span></button>');
		play.querySelector('span')!.click();
		expect(takeEarlyPress(play)).toBe(true);
	});

	it('keeps nothing once the app has started (<html> marked data-hydrated)', () => {
		const play = button('<button data-early-press>Play</button>');
		document.documentElement.dataset.hydrated = '';
		play.click();
		expect(takeEarlyPress(play)).toBe(false);
		expect(takeEarlyPressIn(document)).toBeNull();
	});

	it('keeps only the latest press: Play, then a Listen button, is the Listen button', () => {
		const play = button('<button data-early-press>Play</button>');
		const listen = button('<button data-early-press>Listen to Scenario 2</button>');
		const other = button('<button>Settings</button>');
		play.click();
		listen.click();
		other.click();
		expect(takeEarlyPressIn(document)).toBe(listen);
		expect(takeEarlyPress(play)).toBe(false);
		// Taken once.
		expect(takeEarlyPressIn(document)).toBeNull();
	});

	it('finds a kept press only inside the given element', () => {
		const inside = button('<div><button data-early-press>Listen from History</button></div>');
		const outside = button('<button data-early-press>Play</button>');
		inside.querySelector('button')!.click();
		expect(takeEarlyPressIn(outside)).toBeNull();
		expect(takeEarlyPressIn(inside)).toBe(inside.querySelector('button'));
	});
});
