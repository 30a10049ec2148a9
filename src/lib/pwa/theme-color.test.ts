import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { themes } from '../settings/reading';
import { themeColors } from './pwa-options';
import { themeColorTags } from './theme-color';

describe('themeColorTags', () => {
	it.each([
		[
			'system',
			[
				{ content: '#fdfcf9', media: '(prefers-color-scheme: light)' },
				{ content: '#151515', media: '(prefers-color-scheme: dark)' }
			]
		],
		['light', [{ content: '#fdfcf9' }]],
		['dark', [{ content: '#151515' }]],
		['contrast', [{ content: '#000000' }]]
	] as const)('%s', (theme, tags) => {
		expect(themeColorTags(theme)).toEqual(tags);
	});

	it('covers every theme the reader can choose', () => {
		for (const theme of themes) expect(themeColorTags(theme).length).toBeGreaterThan(0);
	});

	it('uses the page colours app.css gives each theme', () => {
		const css = readFileSync('src/app.css', 'utf8');
		const pageColour = (selector: string) => {
			const block = css.slice(css.indexOf(selector));
			return block.match(/--page:\s*(#[0-9a-f]{6})/i)?.[1]?.toLowerCase();
		};
		expect(pageColour(':root {')).toBe(themeColors.light);
		expect(pageColour(":root[data-theme='dark']")).toBe(themeColors.dark);
		expect(pageColour(":root[data-theme='contrast']")).toBe(themeColors.contrast);
	});
});
