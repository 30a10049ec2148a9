/**
 * Installability, as Chromium judges it in a real (persistent) profile: no installability errors, a
 * manifest without errors and with everything the install sheet shows — name, colours, icons (any and
 * maskable, of the sizes they claim), screenshots (narrow and wide, of the sizes they claim) and the
 * "Continue listening" shortcut — and the links the layout puts in every page's head.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { chromiumFlags, chromiumPath } from './browser';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { seedUrl } from './seed';
import { putPosition, waitForServiceWorker } from './pwa-support';

interface ManifestImage {
	src: string;
	sizes: string;
	type?: string;
	purpose?: string;
	form_factor?: string;
	label?: string;
}

test('Chromium finds Hark installable, with a complete manifest', async ({ baseURL }) => {
	const profile = await mkdtemp(join(tmpdir(), 'hark-install-'));
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: chromiumPath(),
		args: chromiumFlags,
		baseURL,
		serviceWorkers: 'allow'
	});
	const foreign: string[] = [];
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (/^https?:$/.test(url.protocol) && url.origin !== new URL(baseURL!).origin)
			foreign.push(url.href);
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		await page.goto('/');
		await waitForServiceWorker(page);
		const cdp = await context.newCDPSession(page);

		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		expect(installabilityErrors).toEqual([]);

		const manifest = await cdp.send('Page.getAppManifest');
		expect(manifest.url).toBe(new URL('/manifest.webmanifest', baseURL).href);
		expect(manifest.errors).toEqual([]);
		const data = JSON.parse(manifest.data!) as Record<string, unknown>;
		expect(data).toMatchObject({
			name: 'Hark',
			short_name: 'Hark',
			id: '/',
			start_url: '/',
			scope: '/',
			display: 'standalone',
			theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
			background_color: expect.stringMatching(/^#[0-9a-f]{6}$/),
			description: expect.stringContaining('audio-first')
		});

		// Every image is served, is a PNG, and has the size it claims.
		const icons = data.icons as ManifestImage[];
		const screenshots = data.screenshots as ManifestImage[];
		for (const image of [...icons, ...screenshots]) {
			const response = await page.request.get(image.src);
			expect(response.status(), image.src).toBe(200);
			const { width, height, format } = await sharp(await response.body()).metadata();
			expect(`${width}x${height}`, image.src).toBe(image.sizes);
			expect(format, image.src).toBe('png');
		}
		const iconSizes = (purpose: string) =>
			icons.filter((icon) => (icon.purpose ?? 'any') === purpose).map((icon) => icon.sizes);
		expect(iconSizes('any')).toEqual(expect.arrayContaining(['192x192', '512x512']));
		expect(iconSizes('maskable')).toContain('512x512');
		expect(screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
		expect(screenshots.every((s) => s.label)).toBe(true);

		expect(data.shortcuts).toEqual([
			expect.objectContaining({ name: 'Continue listening', url: '/continue' })
		]);

		// The page's head: the manifest, the Apple touch icon, the favicons, theme colours per scheme.
		for (const path of ['/', seedUrl, '/no-such-page']) {
			await page.goto(path);
			const head = page.locator('head');
			await expect(head.locator('link[rel="manifest"]')).toHaveAttribute(
				'href',
				'/manifest.webmanifest'
			);
			const touchIcon = await head.locator('link[rel="apple-touch-icon"]').getAttribute('href');
			expect((await page.request.get(touchIcon!)).status()).toBe(200);
			for (const icon of await head.locator('link[rel="icon"]').all()) {
				const href = (await icon.getAttribute('href'))!;
				expect((await page.request.get(href)).status(), href).toBe(200);
			}
			await expect(head.locator('meta[name="theme-color"]')).toHaveCount(2);
			await expect(
				head.locator('meta[name="theme-color"][media="(prefers-color-scheme: dark)"]')
			).toHaveCount(1);
		}
	} finally {
		await context.close();
		await rm(profile, { recursive: true, force: true });
	}
	expect(foreign, 'requests to origins other than Hark').toEqual([]);
});

test('"Continue listening" opens the last article listened to, or the library', async ({
	page
}) => {
	// Nothing listened to yet: the library.
	await page.goto('/continue');
	await expect(page).toHaveURL('/');
	await expect(page).toHaveTitle('Library — Hark');

	// With a saved position, the article (the player resumes from the position it finds there).
	await putPosition(page, {
		articleId: seedUrl.split('/').pop()!,
		line: 20,
		wordOffset: 0,
		sectionId: 'where-things-stand',
		progress: 0.3,
		finished: false,
		updatedAt: Date.now()
	});
	await page.goto('/continue');
	await expect(page).toHaveURL(seedUrl);
	await expectNoAxeViolations(page, 'the article, reached through Continue listening');
});
