#!/usr/bin/env node
// The install sheet's screenshots (manifest `screenshots`), made from the real built pages: the seed
// article at 540×1200 (narrow, a phone) and 1280×800 (wide, a laptop), in the light theme, with one
// English voice offered (headless Chromium has none), saved as
// palette PNGs in static/screenshots/ — committed, because a build must not need a browser. Run it
// again when the article page changes visibly:
//   npm run build && node scripts/screenshots.js [build dir]
// It serves the build with scripts/serve.js on a free port and drives Debian's Chromium.
import { spawn } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';

const buildDir = process.argv[2] ?? 'build';
const outDir = resolve('static/screenshots');
const articlePath = '/articles/coalition-of-the-willing-venezuela';
const shots = [
	{ file: 'narrow.png', width: 540, height: 1200 },
	{ file: 'wide.png', width: 1280, height: 800 }
];

/** A port nobody listens on now. */
const freePort = () =>
	new Promise((done) => {
		const probe = createServer().listen(0, '127.0.0.1', () => {
			const { port } = probe.address();
			probe.close(() => done(port));
		});
	});

const port = await freePort();
const server = spawn(process.execPath, ['scripts/serve.js', buildDir, '--port', String(port)], {
	stdio: ['ignore', 'pipe', 'inherit']
});
await new Promise((ready, fail) => {
	server.stdout.on('data', (chunk) => String(chunk).includes('Hark is running') && ready());
	server.once('exit', (code) => fail(new Error(`serve.js exited with ${code}`)));
});

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
});
try {
	await mkdir(outDir, { recursive: true });
	for (const { file, width, height } of shots) {
		const page = await browser.newPage({
			viewport: { width, height },
			colorScheme: 'light',
			reducedMotion: 'reduce',
			serviceWorkers: 'block'
		});
		// Headless Chromium has no voices: show the voice a listener's device would offer.
		await page.addInitScript(() => {
			const voice = {
				voiceURI: 'English (United States)',
				name: 'English (United States)',
				lang: 'en-US',
				localService: true,
				default: true
			};
			Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [voice] });
		});
		await page.goto(`http://127.0.0.1:${port}${articlePath}`, { waitUntil: 'networkidle' });
		await page.evaluate(() => document.fonts.ready);
		const png = await page.screenshot({ type: 'png' });
		await sharp(png)
			.png({ palette: true, quality: 85, compressionLevel: 9 })
			.toFile(resolve(outDir, file));
		await page.close();
		console.log(`screenshots: ${file} (${width}×${height})`);
	}
} finally {
	await browser.close();
	server.kill('SIGTERM');
}
