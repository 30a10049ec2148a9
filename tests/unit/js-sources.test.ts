import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attributeScripts, sourceGroup } from '../../bench/js-sources';

describe('sourceGroup', () => {
	it.each([
		['../node_modules/svelte/src/internal/client/runtime.js', 'Svelte runtime'],
		['../../node_modules/@sveltejs/kit/src/runtime/client/client.js', 'SvelteKit client'],
		['../generated/client-optimized/app.js', 'SvelteKit client'],
		['../node_modules/idb/build/index.js', 'package idb'],
		['../node_modules/@fontsource/x/index.js', 'package @fontsource/x'],
		['virtual:pwa-register', 'package vite-plugin-pwa'],
		['../src/lib/speech/player.svelte.ts', 'Hark src/lib/speech'],
		['../src/routes/+layout.svelte', 'Hark src/routes'],
		[null, 'bundler glue (no source)']
	])('%s → %s', (source, group) => {
		expect(sourceGroup(source)).toBe(group);
	});
});

describe('attributeScripts', () => {
	let dir = '';
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('shares each script’s bytes among its modules by the bytes each produced', () => {
		dir = mkdtempSync(join(tmpdir(), 'hark-js-sources-'));
		mkdirSync(join(dir, '_app'));
		// Line 1: 3 bytes from Svelte, then 4 from Hark's player; line 2: 2 more from the player.
		writeFileSync(join(dir, '_app/a.js'), 'aaabbbb\ncc');
		writeFileSync(
			join(dir, '_app/a.js.map'),
			JSON.stringify({
				version: 3,
				sources: ['../node_modules/svelte/src/x.js', '../src/lib/speech/player.ts'],
				mappings: 'AAAA,GCAA;AAAA'
			})
		);
		// A script with no map is counted whole, as such.
		writeFileSync(join(dir, '_app/b.js'), 'x');
		const shares = attributeScripts(dir, [
			{ url: 'http://127.0.0.1:1/_app/a.js', gzipBytes: 90, rawBytes: 10 },
			{ url: 'http://127.0.0.1:1/_app/b.js', gzipBytes: 7, rawBytes: 1 }
		]);
		expect(shares).toEqual({
			'Svelte runtime': 30,
			'Hark src/lib/speech': 60,
			'no source map': 7
		});
	});
});
