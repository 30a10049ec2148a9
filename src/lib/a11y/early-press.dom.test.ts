import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { takeEarlyPress } from './early-press';

/** static/early-presses.js, run once in this document as the page's <head> runs it. */
beforeAll(() => {
	const source = readFileSync(resolve(process.cwd(), 'static/early-presses.js'), 'utf8');
	new Function(source)();
});

afterEach(() => document.body.replaceChildren());

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

	it('keeps nothing once the app has started (the button no longer takes early presses)', () => {
		const play = button('<button data-early-press>Play</button>');
		play.removeAttribute('data-early-press');
		play.click();
		expect(takeEarlyPress(play)).toBe(false);
	});
});
