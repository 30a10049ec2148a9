#!/usr/bin/env node
// Hark's icons, made at build time from the one committed drawing, static/favicon.svg, into the
// git-ignored static/generated/ (so the build copies and precaches them): 64, 192 and 512 px icons,
// a maskable 512 (full-bleed on Hark's navy, the glyph inside the safe circle), a 180 px Apple touch
// icon (opaque, as iOS wants) and a 48 px favicon.ico for browsers that ignore SVG favicons.
// Uses @vite-pwa/assets-generator (sharp ships prebuilt binaries inside its npm packages).
// Usage: node scripts/icons.js (npm run build runs it first).
import { mkdir, readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { instructions } from '@vite-pwa/assets-generator/api/instructions';
import { generateAssets } from '@vite-pwa/assets-generator/api/generate-assets';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(root, 'static/favicon.svg');
const folder = resolve(root, 'static/generated');
/** The navy of the icon's own background, so padding and corners blend into it. */
const iconBackground = '#1d3557';

/** @type {import('@vite-pwa/assets-generator/config').Preset} */
const preset = {
	transparent: { sizes: [64, 192, 512], favicons: [[48, 'favicon.ico']] },
	maskable: { sizes: [512], padding: 0, resizeOptions: { background: iconBackground } },
	apple: { sizes: [180], padding: 0, resizeOptions: { background: iconBackground } }
};

/** Whether every generated file is newer than the drawing (then there is nothing to do). */
async function upToDate(names) {
	const drawn = (await stat(source)).mtimeMs;
	try {
		const made = await Promise.all(names.map((name) => stat(resolve(folder, name))));
		return made.every((file) => file.mtimeMs >= drawn);
	} catch {
		return false;
	}
}

const plan = await instructions({
	imageResolver: () => readFile(source),
	imageName: source,
	preset,
	faviconPreset: '2023',
	htmlLinks: { xhtml: false, includeId: false },
	basePath: '/generated/',
	resolveSvgName: () => 'favicon.svg'
});
/** The files to make (the plan also lists the SVG favicon's link, which is the source itself). */
const names = [plan.transparent, plan.maskable, plan.apple, plan.favicon]
	.flatMap((assets) => Object.values(assets))
	.map((asset) => asset.name)
	.filter((name) => !name.endsWith('.svg'));
if (await upToDate(names)) {
	console.log('icons: up to date in static/generated/');
} else {
	await mkdir(folder, { recursive: true });
	await generateAssets(plan, true, folder);
	console.log(`icons: made ${names.join(', ')} in static/generated/`);
}
