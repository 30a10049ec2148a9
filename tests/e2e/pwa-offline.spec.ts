/**
 * Hark offline: after one visit, with the network gone (the browser offline, or the server stopped
 * altogether), the article reloads, its Contents links work, home works, an unknown URL gets the 404
 * page with status 404, the whole article plays (fake speech engine), and the offline indicator says
 * so once.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { installFakeSpeech, spokenTexts } from './fake-speech';
import { sectionHeadings, seed, seedUrl } from './seed';
import { StaticServer, buildDir, liveRegion, testPort, waitForServiceWorker } from './pwa-support';

test.use({ serviceWorkers: 'allow' });

const offlineMessage = 'Offline — everything on this device still works';

/** The offline indicator (its words are also in the live region, once announced). */
const indicator = (page: Page) => page.getByRole('paragraph').filter({ hasText: offlineMessage });

/** Everything the mobile reader does with no network; `offline` says whether the browser knows it. */
async function useHarkWithoutNetwork(page: Page, { offline }: { offline: boolean }) {
	// The article reloads from the service worker.
	const article = await page.goto(seedUrl);
	expect(article?.status()).toBe(200);
	expect(article?.fromServiceWorker()).toBe(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
	await expect(page.getByText(seed.paragraphs[0]!)).toBeVisible();
	if (offline) {
		await expect(indicator(page)).toBeVisible();
		// Announced once through the one live region.
		await expect(liveRegion(page)).toHaveText(offlineMessage);
	}
	await expectNoAxeViolations(page, 'the article, without network');

	// Contents links move focus to their headings.
	const contents = page.getByRole('navigation', { name: 'Contents' });
	for (const name of ['Where things stand', 'Scenario 2: A broader, formalized coalition']) {
		await contents.getByRole('link', { name, exact: true }).click();
		await expect(page.getByRole('heading', { name, exact: true })).toBeFocused();
	}

	// Home, through the banner's link (a client-side navigation that needs the page's data).
	await page.getByRole('banner').getByRole('link', { name: 'Hark', exact: true }).click();
	await expect(page).toHaveURL('/');
	await expect(page).toHaveTitle('Library — Hark');
	await expect(page.getByRole('link', { name: seed.headline, exact: true })).toBeVisible();
	await expectNoAxeViolations(page, 'the library, without network');

	// And back to the article by its link.
	await page.getByRole('link', { name: seed.headline, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);

	// Unknown addresses get the 404 page with status 404, never the home page.
	for (const path of ['/no-such-page', '/articles/no-such-article']) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page).toHaveTitle('Page not found — Hark');
		await expectNoAxeViolations(page, `404 at ${path}, without network`);
	}
	// …also when reached by a link inside the app (SvelteKit asks for the page's data first).
	await page.goto('/');
	// Add the link only once the app is live, or hydration would remove it as foreign markup.
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.evaluate(() => {
		const link = document.createElement('a');
		link.href = '/articles/no-such-article';
		link.textContent = 'A stale link';
		document.querySelector('main')!.append(link);
	});
	await page.getByRole('link', { name: 'A stale link' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');

	// The whole article plays with the (fake) voice.
	await page.goto(seedUrl);
	const player = page.getByRole('region', { name: 'Listen to article' });
	await expect(player.getByRole('combobox', { name: 'Voice' })).toBeEnabled();
	await player.getByRole('button', { name: 'Play', exact: true }).click();
	await expect(player.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	await expectNoAxeViolations(page, 'the article playing, without network');
	await expect(player.getByRole('button', { name: 'Play', exact: true })).toBeVisible({
		timeout: 60_000
	});
	const spoken = await spokenTexts(page);
	expect(spoken[0]).toBe(seed.headline);
	expect(spoken.filter((text) => sectionHeadings.includes(text))).toEqual(sectionHeadings);
	expect(spoken.join(' ')).toContain(seed.paragraphs.at(-1)!.split('. ').at(-1)!.trim());
}

test('offline: the article, its Contents, home, the 404 page and playing all work', async ({
	page,
	context
}) => {
	test.setTimeout(120_000);
	await installFakeSpeech(page, { msPerWord: 1, startDelayMs: 1 });
	await page.goto('/');
	await waitForServiceWorker(page);
	await expect(indicator(page)).toBeHidden();

	await context.setOffline(true);
	// The service worker's own requests are offline too: what it has not precached fails.
	const uncached = await page.evaluate(() =>
		fetch(`/not-precached-${Date.now()}.txt`).then(
			(response) => `status ${response.status}`,
			() => 'failed'
		)
	);
	expect(uncached).toBe('failed');
	await useHarkWithoutNetwork(page, { offline: true });

	// Back online, the indicator goes away.
	await context.setOffline(false);
	await expect(indicator(page)).toBeHidden();
});

test.describe('with the server stopped', () => {
	const server = new StaticServer(buildDir, testPort + 100);
	test.use({ baseURL: server.origin });
	test.beforeAll(() => server.start());
	test.afterAll(() => server.stop());

	test('the article, its Contents, home, the 404 page and playing all work', async ({ page }) => {
		test.setTimeout(120_000);
		await installFakeSpeech(page, { msPerWord: 1, startDelayMs: 1 });
		await page.goto('/');
		await waitForServiceWorker(page);
		await server.stop();
		const gone = await page.evaluate(() =>
			fetch(`/not-precached-${Date.now()}.txt`).then(
				() => 'answered',
				() => 'failed'
			)
		);
		expect(gone).toBe('failed');
		await useHarkWithoutNetwork(page, { offline: false });
	});
});
