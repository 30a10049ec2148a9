/**
 * The `<meta name="theme-color">` tags (the browser's and installed app's title-bar colour): the
 * page colour of the theme the reader chose, or — following the device — one tag per colour scheme.
 * Pure: the layout renders what this returns.
 */
import type { Theme } from '../settings/reading';
import { themeColors } from './pwa-options';

/** One theme-color meta tag. */
export interface ThemeColorTag {
	content: string;
	media?: string;
}

/** The theme-color tags for the reader's theme. */
export function themeColorTags(theme: Theme): ThemeColorTag[] {
	if (theme === 'system')
		return [
			{ content: themeColors.light, media: '(prefers-color-scheme: light)' },
			{ content: themeColors.dark, media: '(prefers-color-scheme: dark)' }
		];
	return [{ content: themeColors[theme] }];
}
