/**
 * Server hooks, run while pages are prerendered. Every page gets static/reading-prefs.js inline in
 * its <head> (at the `%hark.readingPrefs%` mark in app.html): the reader's theme and text size are
 * applied before first paint without a render-blocking request. svelte.config.js allows exactly
 * this script in the Content-Security-Policy by its SHA-256 hash, so the text must stay byte for byte.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Handle } from '@sveltejs/kit';

const mark = '%hark.readingPrefs%';
const readingPrefs = readFileSync(resolve('static/reading-prefs.js'), 'utf8');
if (readingPrefs.includes('</script')) throw new Error('static/reading-prefs.js cannot be inlined');
const inlineScript = `<script>${readingPrefs}</script>`;

export const handle: Handle = ({ event, resolve: render }) =>
	render(event, {
		transformPageChunk: ({ html }) =>
			html.includes(mark) ? html.replace(mark, () => inlineScript) : html
	});
