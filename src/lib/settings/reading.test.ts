import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import {
	clampToStep,
	defaultReadingPrefs,
	highlightStyles,
	limits,
	normalizeReadingPrefs,
	percentLabel,
	rootPresentation,
	themes,
	typefaces
} from './reading';

describe('clampToStep', () => {
	const range = limits.textScale;
	it.each([
		[1, 1],
		[2, 2],
		[0.5, 1],
		[3, 2],
		[1.55, 1.6],
		[1.54, 1.5],
		['1.3', 1.3],
		['', 1],
		['big', 1],
		[Number.NaN, 1],
		[Number.POSITIVE_INFINITY, 1],
		[null, 1],
		[undefined, 1]
	])('%s → %s', (input, expected) => {
		expect(clampToStep(input, range, 1)).toBe(expected);
	});

	it('always lands inside the range on a step', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: true, min: -10, max: 10 }), (value) => {
				const result = clampToStep(value, limits.lineHeight, 1.6);
				expect(result).toBeGreaterThanOrEqual(limits.lineHeight.min);
				expect(result).toBeLessThanOrEqual(limits.lineHeight.max);
				const steps = (result - limits.lineHeight.min) / limits.lineHeight.step;
				expect(Math.abs(steps - Math.round(steps))).toBeLessThan(1e-6);
			})
		);
	});
});

describe('normalizeReadingPrefs', () => {
	it.each([
		['nothing', undefined, defaultReadingPrefs],
		['a string', 'dark', defaultReadingPrefs],
		['an empty object', {}, defaultReadingPrefs],
		[
			'values out of range',
			{ textScale: 9, lineHeight: 0, measure: 1000 },
			{ ...defaultReadingPrefs, textScale: 2, lineHeight: 1.4, measure: 64 }
		],
		[
			'unknown choices',
			{ theme: 'purple', typeface: 'comic', highlight: 'blink', reduceMotion: 'yes' },
			defaultReadingPrefs
		],
		[
			'valid choices',
			{
				theme: 'contrast',
				typeface: 'atkinson',
				highlight: 'inverse',
				reduceMotion: true,
				announceWhileListening: true
			},
			{
				...defaultReadingPrefs,
				theme: 'contrast',
				typeface: 'atkinson',
				highlight: 'inverse',
				reduceMotion: true,
				announceWhileListening: true
			}
		]
	])('turns %s into valid preferences', (_label, input, expected) => {
		expect(normalizeReadingPrefs(input)).toEqual(expected);
	});

	it('drops unknown fields and is idempotent', () => {
		fc.assert(
			fc.property(fc.object(), (value) => {
				const once = normalizeReadingPrefs(value);
				expect(Object.keys(once).sort()).toEqual(Object.keys(defaultReadingPrefs).sort());
				expect(normalizeReadingPrefs(once)).toEqual(once);
			})
		);
	});
});

describe('rootPresentation', () => {
	it('leaves the theme attribute off for "system" and sets the rest', () => {
		expect(rootPresentation(defaultReadingPrefs)).toEqual({
			attributes: {
				'data-theme': null,
				'data-typeface': 'serif',
				'data-highlight': 'marker',
				'data-reduce-motion': null
			},
			properties: { '--text-scale': '1', '--line-height': '1.6', '--measure': '38rem' }
		});
	});

	it('shows a chosen theme, motion and sizes', () => {
		const shown = rootPresentation({
			...defaultReadingPrefs,
			theme: 'dark',
			reduceMotion: true,
			textScale: 2,
			measure: 30
		});
		expect(shown.attributes['data-theme']).toBe('dark');
		expect(shown.attributes['data-reduce-motion']).toBe('true');
		expect(shown.properties['--text-scale']).toBe('2');
		expect(shown.properties['--measure']).toBe('30rem');
	});

	it('labels sizes as percentages', () => {
		expect(percentLabel(1)).toBe('100%');
		expect(percentLabel(1.7)).toBe('170%');
	});
});

describe('static/reading-prefs.js (applied before first paint)', () => {
	const source = readFileSync(resolve(process.cwd(), 'static/reading-prefs.js'), 'utf8');

	/** Runs the static script against a fake <html> and localStorage; returns what it set. */
	function runStaticScript(mirror: string | null) {
		const attributes = new Map<string, string>();
		const properties = new Map<string, string>();
		const documentElement = {
			setAttribute: (name: string, value: string) => attributes.set(name, value),
			removeAttribute: (name: string) => attributes.delete(name),
			style: { setProperty: (name: string, value: string) => properties.set(name, value) }
		};
		runInNewContext(source, {
			document: { documentElement },
			localStorage: { getItem: () => mirror }
		});
		return {
			attributes: Object.fromEntries(attributes),
			properties: Object.fromEntries(properties)
		};
	}

	/** rootPresentation with absent attributes left out, as the static script leaves them. */
	function expected(value: unknown) {
		const { attributes, properties } = rootPresentation(normalizeReadingPrefs(value));
		return {
			attributes: Object.fromEntries(Object.entries(attributes).filter(([, v]) => v !== null)),
			properties
		};
	}

	it('shows the defaults without a mirror, or with a damaged one (as the app would set them)', () => {
		for (const mirror of [null, '', '{not json', '"dark"', '42', '[]'])
			expect(runStaticScript(mirror)).toEqual(expected(defaultReadingPrefs));
	});

	it('agrees with rootPresentation for any mirrored value', () => {
		const anyPrefs = fc.record(
			{
				textScale: fc.oneof(fc.double({ min: -1, max: 4 }), fc.string()),
				lineHeight: fc.oneof(fc.double({ min: 0, max: 4 }), fc.constant('2')),
				measure: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(null)),
				typeface: fc.oneof(fc.constantFrom(...typefaces), fc.string()),
				theme: fc.oneof(fc.constantFrom(...themes), fc.string()),
				highlight: fc.oneof(fc.constantFrom(...highlightStyles), fc.string()),
				reduceMotion: fc.oneof(fc.boolean(), fc.constant('true'))
			},
			{ requiredKeys: [] }
		);
		fc.assert(
			fc.property(anyPrefs, (prefs) => {
				const json = JSON.stringify(prefs);
				expect(runStaticScript(json)).toEqual(expected(JSON.parse(json)));
			})
		);
	});
});
