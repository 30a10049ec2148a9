/**
 * axe (WCAG 2.2 AA tags) on every route × theme × viewport, in each state a reader can put a page in:
 * as loaded, playing (where there is a player; the dialogs are then opened while it plays), with the
 * Settings dialog open, with the Keyboard shortcuts dialog open, and with text at 200%. The route list lives in ./routes.ts.
 */
import { test, expectNoAxeViolations, expect } from './fixtures';
import { routes, openRoute } from './routes';
import { hydrated, openDialog, themes, usePrefs, viewports } from './a11y-support';
import { installFakeSpeech } from './fake-speech';

for (const route of routes)
	for (const theme of themes)
		for (const [viewportName, viewport] of Object.entries(viewports))
			test(`axe: ${route.name}, ${theme} theme, ${viewportName}`, async ({ page }) => {
				const label = (state: string) => `${route.name} (${theme}, ${viewportName}) ${state}`;
				await page.setViewportSize(viewport);
				await usePrefs(page, { theme });
				await installFakeSpeech(page, { mode: 'manual' });
				await openRoute(page, route);
				await hydrated(page);
				await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
				await expectNoAxeViolations(page, label('as loaded'));

				// Where there is a player, the rest is checked while it plays.
				const player = page.getByRole('region', { name: 'Listen to article' });
				if ((await player.count()) > 0) {
					await player.getByRole('button', { name: 'Play', exact: true }).click();
					await expect(player.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
					await expectNoAxeViolations(page, label('while playing'));
				}

				const settings = await openDialog(
					page,
					page.getByRole('button', { name: 'Settings', exact: true }),
					'Settings'
				);
				await expect(
					settings.getByText(/Hark keeps your|Hark could not|This browser/)
				).toBeVisible();
				await expectNoAxeViolations(page, label('with Settings open'));
				await page.keyboard.press('Escape');

				await openDialog(
					page,
					page.getByRole('button', { name: 'Keyboard shortcuts' }),
					'Keyboard shortcuts'
				);
				await expectNoAxeViolations(page, label('with Keyboard shortcuts open'));
				await page.keyboard.press('Escape');

				await usePrefs(page, { theme, textScale: 2 });
				// Reloading keeps the state (an imported article stays in storage).
				await page.reload();
				await hydrated(page);
				await expect(page.locator('html')).toHaveCSS('font-size', '32px');
				await expectNoAxeViolations(page, label('with text at 200%'));
			});
