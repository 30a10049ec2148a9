/**
 * The whole listening journey with the keyboard alone, asserted at every step: from page load, Tab to
 * the skip link, skip to the player, start listening, jump to Scenario 2 through Contents and listen
 * from there, speed up, pause, resume. Speech is the fake engine (./fake-speech.ts), stepped by hand.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { installFakeSpeech, spokenLog, spokenTexts, fakeSpeaking } from './fake-speech';
import { control, region } from './player-page';
import { scenarioHeadings, seed, seedUrl } from './seed';

/** Waits until the voice's latest utterance is `text` (or the first piece of it). */
async function expectSpeaking(page: Page, text: string): Promise<void> {
	await expect
		.poll(async () => {
			const last = (await spokenTexts(page)).at(-1) ?? '';
			return last.length > 0 && text.startsWith(last) ? text : last;
		})
		.toBe(text);
}

/** Presses Tab until `target` has focus, at most `limit` times; returns the names passed on the way. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit: number) {
	const passed: string[] = [];
	for (let i = 0; i < limit; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return passed;
		await page.keyboard.press('Tab');
		passed.push(
			await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				return el?.getAttribute('aria-label') ?? el?.textContent?.trim().slice(0, 40) ?? '';
			})
		);
	}
	await expect(target).toBeFocused();
	return passed;
}

test('keyboard only: skip link, player, listen, Scenario 2 via Contents, faster, pause, resume', async ({
	page
}) => {
	const scenario = scenarioHeadings[1]!;
	await installFakeSpeech(page, { mode: 'manual' });
	await page.goto(seedUrl);
	await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeEnabled();

	// 1. The first Tab reaches "Skip to article", the second "Skip to player".
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to article' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to player' })).toBeFocused();

	// 2. Enter skips to the player; Tab moves through its controls to Play.
	await page.keyboard.press('Enter');
	await expect(region(page)).toBeFocused();
	await tabTo(page, control(page, 'Play'), 8);
	await expect(control(page, 'Play')).toBeFocused();
	expect(await spokenTexts(page)).toEqual([]);

	// 3. Enter starts listening from the top; the button becomes Pause and keeps focus.
	await page.keyboard.press('Enter');
	await expect(control(page, 'Pause')).toBeFocused();
	await expectSpeaking(page, seed.headline);

	// 4. Tab on to Contents and choose Scenario 2: focus lands on its heading.
	const contents = page.getByRole('navigation', { name: 'Contents' });
	const passed = await tabTo(page, contents.getByRole('link', { name: scenario }), 25);
	expect(passed).toContain(scenarioHeadings[0]);
	await page.keyboard.press('Enter');
	const heading = page.getByRole('heading', { name: scenario, level: 3 });
	await expect(heading).toBeFocused();
	await expect(page).toHaveURL(/#scenario-2-/);

	// 5. L listens from the focused heading.
	await page.keyboard.press('l');
	await expectSpeaking(page, scenario);
	await expect(control(page, 'Pause')).toBeVisible();
	await expect(contents.getByRole('link', { name: 'Looking ahead' })).toHaveAttribute(
		'aria-current',
		'location'
	);

	// 6. "=" speeds up by 0.1; the voice goes on at the new speed from the same place.
	const speed = region(page).getByRole('slider', { name: 'Speed' });
	await expect(speed).toHaveValue('1');
	await page.keyboard.press('=');
	await expect(speed).toHaveValue('1.1');
	await expect.poll(async () => (await spokenLog(page)).at(-1)?.rate).toBe(1.1);
	expect(scenario.startsWith((await spokenTexts(page)).at(-1)!)).toBe(true);

	// 7. K pauses: the button says Resume and the voice is silent.
	await page.keyboard.press('k');
	await expect(control(page, 'Resume')).toBeVisible();
	await expect.poll(() => fakeSpeaking(page)).toBe(false);
	await expect(heading).toBeFocused();

	// 8. K resumes at the same place, at the new speed.
	const before = (await spokenTexts(page)).length;
	await page.keyboard.press('k');
	await expect(control(page, 'Pause')).toBeVisible();
	await expect.poll(async () => (await spokenTexts(page)).length).toBeGreaterThan(before);
	const last = (await spokenLog(page)).at(-1)!;
	expect(scenario.startsWith(last.text) || scenario.includes(last.text)).toBe(true);
	expect(last.rate).toBe(1.1);
	await expectNoAxeViolations(page, 'article while listening, after the keyboard journey');
});
