/**
 * Updating an installed Hark: build version A, visit it, build version B into the same folder (as a
 * deploy does), reload → the polite notice "A new version of Hark is ready" appears (announced once);
 * "Reload" → version B runs, and the listening position is still there. Two builds on a small machine
 * take a while, so this is the one test that builds.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { seed, seedUrl } from './seed';
import {
	StaticServer,
	buildDir,
	liveRegion,
	getPosition,
	putPosition,
	serviceWorkerVersion,
	testPort,
	waitForServiceWorker,
	type StoredPosition
} from './pwa-support';

const run = promisify(execFile);
const updateDir = `${buildDir}-update`;
const updateKitDir = `.svelte-kit-${buildDir.replace(/[^\w-]/g, '')}-update`;

/** Builds Hark into the update folder, and returns the build's version. */
async function buildVersion(): Promise<string> {
	await run(process.execPath, ['scripts/icons.js']);
	await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build'], {
		env: { ...process.env, HARK_BUILD_DIR: updateDir, HARK_KIT_DIR: updateKitDir },
		maxBuffer: 64 * 1024 * 1024
	});
	const { version } = JSON.parse(await readFile(join(updateDir, '_app/version.json'), 'utf8'));
	return version as string;
}

/** The scripts the page preloads, as paths inside the build. */
function preloadedScripts(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
			(link) => new URL(link.href).pathname
		)
	);
}

const server = new StaticServer(updateDir, testPort + 200);
test.use({ baseURL: server.origin, serviceWorkers: 'allow' });
test.afterAll(() => server.stop());

test('a new version: the notice, "Reload", the new version runs, the position is kept', async ({
	page
}) => {
	test.setTimeout(300_000);
	const versionA = await buildVersion();
	await server.start();

	await page.goto(seedUrl);
	await waitForServiceWorker(page);
	expect(await serviceWorkerVersion(page)).toBe(versionA);
	const position: StoredPosition = {
		articleId: seedUrl.split('/').pop()!,
		line: 42,
		wordOffset: 17,
		sectionId: 'where-things-stand',
		progress: 0.37,
		finished: false,
		updatedAt: Date.now()
	};
	await putPosition(page, position);
	const notice = page.getByRole('complementary', { name: 'Update' });
	await expect(notice).toBeHidden();

	const versionB = await buildVersion();
	expect(versionB).not.toBe(versionA);

	// The reload is served by version A; the browser finds version B and installs it beside it.
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
	await expect(notice).toBeVisible({ timeout: 60_000 });
	await expect(notice).toContainText('A new version of Hark is ready');
	await expect(liveRegion(page)).toHaveText(/A new version of Hark is ready/);
	// Nothing reloads by itself, and focus stays where it was.
	expect(await serviceWorkerVersion(page)).toBe(versionA);
	await expect(notice.getByRole('button', { name: 'Reload' })).not.toBeFocused();
	await expectNoAxeViolations(page, 'the update notice');

	const reloaded = page.waitForEvent('load');
	await notice.getByRole('button', { name: 'Reload' }).click();
	await reloaded;
	await waitForServiceWorker(page);
	expect(await serviceWorkerVersion(page)).toBe(versionB);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
	await expect(notice).toBeHidden();
	// The page runs version B's code: every script it preloads is one of B's files.
	const scripts = await preloadedScripts(page);
	expect(scripts.length).toBeGreaterThan(0);
	for (const script of scripts) expect(existsSync(join(updateDir, script)), script).toBe(true);
	expect(await getPosition(page, position.articleId)).toEqual(position);
});
