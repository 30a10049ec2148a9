/**
 * Server hooks, run while pages are prerendered. Every page gets two small scripts inline in its
 * <head>, each at its mark in app.html, so neither costs a request before first paint:
 * - static/reading-prefs.js: the reader's theme and text size, applied before first paint;
 * - static/early-presses.js: a press on Play or a Listen button made before the app has started is
 *   kept for it.
 * svelte.config.js allows exactly these scripts in the Content-Security-Policy by their SHA-256
 * hashes, so their text must stay byte for byte.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Handle } from '@sveltejs/kit';

/** Each inline script's mark in app.html and its file. */
const inlineScriptFiles: [mark: string, file: string][] = [
	['%hark.readingPrefs%', 'static/reading-prefs.js'],
	['%hark.earlyPresses%', 'static/early-presses.js']
];

/** The inline scripts: mark in app.html → `<script>` element. */
const inlineScripts = inlineScriptFiles.map(([mark, file]): [string, string] => {
	const source = readFileSync(resolve(file), 'utf8');
	if (source.includes('</script')) throw new Error(`${file} cannot be inlined`);
	return [mark, `<script>${source}</script>`];
});

function inlineHeadScripts(html: string): string {
	for (const [mark, script] of inlineScripts)
		if (html.includes(mark)) html = html.replace(mark, () => script);
	return html;
}

export const handle: Handle = ({ event, resolve: render }) =>
	render(event, { transformPageChunk: ({ html }) => inlineHeadScripts(html) });
