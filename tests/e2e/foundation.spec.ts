import { test, expect, expectNoAxeViolations } from './fixtures';
import { openRoute, routes } from './routes';
import { scenarioHeadings, sectionHeadings, seed, seedUrl } from './seed';

test('the library lists the seed article as a link named by its headline', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle('Library — Hark');
	const link = page.getByRole('link', { name: seed.headline });
	await expect(link).toBeVisible();
	await expect(page.getByText(seed.dek)).toBeVisible();
	await expect(page.getByText('Marcus Williams')).toBeVisible();
	await expect(page.getByText(/\d+ min listen/)).toBeVisible();
	await expectNoAxeViolations(page);
	await link.click();
	await expect(page).toHaveURL(seedUrl);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
});

test('the article page holds the headline, 8 sections, 3 scenarios and every paragraph verbatim', async ({
	page
}) => {
	await page.goto(seedUrl);
	await expect(page).toHaveTitle(`${seed.headline} — Hark`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(sectionHeadings);
	await expect(page.getByRole('heading', { level: 3 })).toHaveText(scenarioHeadings);
	await expect(page.getByText(seed.dek)).toBeVisible();
	await expect(page.getByText(seed.byline, { exact: true })).toBeVisible();
	await expect(page.getByText(seed.bio)).toBeVisible();

	const perspective = page.getByText(seed.perspective);
	await expect(perspective).toBeHidden();
	await page.getByText("View Journalist's Editorial Perspective").click();
	await expect(perspective).toBeVisible();
	await expect(page.getByText(/brief given to the AI journalist/)).toBeVisible();

	// Paragraphs 1–7 are single <p>s; the eighth is split around the scenario list, so compare the
	// section's text with its headings and scenario navigation removed.
	const paragraphTexts = await page
		.locator('.article-text p:not(.visually-hidden)')
		.allTextContents();
	for (const paragraph of seed.paragraphs.slice(0, 7)) expect(paragraphTexts).toContain(paragraph);
	const lastSectionText = await page
		.locator('.article-section')
		.last()
		.locator('p:not(.visually-hidden)')
		.allTextContents();
	expect(lastSectionText.join(' ')).toBe(seed.paragraphs[7]);

	await expectNoAxeViolations(page, 'article with the perspective open');
});

test('landmarks and the skip link come first', async ({ page }) => {
	await page.goto(seedUrl);
	await expect(page.getByRole('banner')).toHaveCount(1);
	await expect(page.getByRole('main')).toHaveCount(1);
	await expect(page.getByRole('contentinfo')).toHaveCount(1);
	await expect(page.getByRole('navigation', { name: 'Contents' })).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to article' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('#article')).toBeFocused();
});

test('Contents links move focus to their heading', async ({ page }) => {
	await page.goto(seedUrl);
	const contents = page.getByRole('navigation', { name: 'Contents' });
	await expect(contents.getByRole('link')).toHaveCount(11);
	for (const name of ['Where things stand', scenarioHeadings[1]!, 'Accountability']) {
		await contents.getByRole('link', { name, exact: true }).click();
		await expect(page.getByRole('heading', { name, exact: true })).toBeFocused();
	}
	// The same link twice still moves focus back to its heading.
	await page.getByRole('heading', { name: 'Accountability' }).blur();
	await contents.getByRole('link', { name: 'Accountability', exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Accountability' })).toBeFocused();
});

test('a deep link to a scenario lands focus on it', async ({ page }) => {
	await page.goto(`${seedUrl}#scenario-3-a-cautious-stasis`);
	await expect(page.getByRole('heading', { name: scenarioHeadings[2] })).toBeFocused();
});

test('unknown URLs get a real 404 page', async ({ page }) => {
	for (const path of ['/no-such-page', '/articles/no-such-article']) {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
		await expect(page).toHaveTitle('Page not found — Hark');
		await expectNoAxeViolations(page, `404 at ${path}`);
	}
});

test('the accessibility statement is reachable from every page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
	await expect(page).toHaveURL('/accessibility');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Accessibility/);
	await expectNoAxeViolations(page);
});

test('another page opens at its top at once, not gliding up from where the last one was scrolled', async ({
	page
}) => {
	await page.goto(seedUrl);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	const footerLink = page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' });
	await footerLink.scrollIntoViewIfNeeded();
	expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
	// Every scroll position the next page passes through, to tell a jump to the top from a glide.
	await page.evaluate(() => {
		const seen: number[] = [];
		(window as unknown as { __nextPageScrolls: number[] }).__nextPageScrolls = seen;
		addEventListener('scroll', () => location.pathname === '/accessibility' && seen.push(scrollY));
	});
	await footerLink.click();
	await expect(page).toHaveURL('/accessibility');
	await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
	await page.evaluate(() => new Promise((done) => setTimeout(done, 300)));
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	const scrolls = await page.evaluate(
		() => (window as unknown as { __nextPageScrolls: number[] }).__nextPageScrolls
	);
	expect(scrolls.filter((y) => y !== 0)).toEqual([]);
	// Within a page, moving stays smooth (the stylesheet's choice is back).
	expect(await page.evaluate(() => document.documentElement.style.scrollBehavior)).toBe('');
	await expectNoAxeViolations(page);
});

test('no page throws an uncaught error, opened by a link or directly (reloaded)', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
	for (const route of routes) {
		await openRoute(page, route);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		// Opened directly: a page rendered only in the browser (an imported article) starts differently.
		await page.reload();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		// Kit runs the after-navigation callbacks once the page has started.
		await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
	}
	expect(errors).toEqual([]);
});
