/**
 * Listening extras against the built site with the fake speechSynthesis: the end of an article and
 * the listening queue (the cue, the next article starting by itself, "Stop", the setting), with axe
 * in every state visited.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import {
	finishUtterance,
	installFakeSpeech,
	setFakeSpeech,
	speechCalls,
	spokenLog,
	spokenTexts
} from './fake-speech';
import { control, region } from './player-page';
import { seed, seedUrl } from './seed';

/** Selects `word` in the section heading holding it, as a reader does with Shift and the arrows. */
async function selectWordInSectionHeading(page: Page, word: string): Promise<void> {
	await page.evaluate((word) => {
		const heading = [...document.querySelectorAll('h2')].find((h) =>
			h.textContent?.includes(word)
		)!;
		const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
		let node = walker.nextNode();
		while (node && !node.textContent?.includes(word)) node = walker.nextNode();
		const start = node!.textContent!.indexOf(word);
		const range = document.createRange();
		range.setStart(node!, start);
		range.setEnd(node!, start + word.length);
		document.getSelection()!.removeAllRanges();
		document.getSelection()!.addRange(range);
	}, word);
}

/** Adds a text article through /add; returns its page's URL. */
async function addText(page: Page, text: string): Promise<string> {
	await page.goto('/add');
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Add to library' }).click();
	await expect(page).toHaveURL(/\/read\?article=/);
	return page.url();
}

/** Queues the library item whose link is `headline` with "Add to queue". */
async function queue(page: Page, headline: string): Promise<void> {
	await page.goto('/');
	const item = page
		.getByRole('list', { name: 'Articles' })
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: headline }) });
	await item.getByRole('button', { name: 'Add to queue' }).click();
	await expect(page.getByRole('region', { name: 'Up next' })).toContainText(headline);
}

/** On an article page: waits for the voices, goes to the last sentence and plays it (manual voice). */
async function playLastSentence(page: Page): Promise<void> {
	await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
	await setFakeSpeech(page, { mode: 'manual' });
	await region(page).getByRole('slider', { name: 'Position' }).focus();
	await page.keyboard.press('End');
	await control(page, 'Play').click();
	await expect(control(page, 'Pause')).toBeVisible();
}

/** Ends the voice's utterances (manual mode) until the article has ended. */
async function finishArticle(page: Page): Promise<void> {
	const ended = async () =>
		(await region(page).locator('[data-article-end]').count()) > 0 ||
		((await spokenTexts(page)).at(-1) ?? '').startsWith('Next:');
	for (let i = 0; i < 10 && !(await ended()); i++) {
		const before = (await spokenTexts(page)).length;
		await finishUtterance(page);
		await expect
			.poll(async () => (await ended()) || (await spokenTexts(page)).length > before)
			.toBe(true);
	}
	expect(await ended()).toBe(true);
}

test('at the end, a short cue and the next queued article starts by itself', async ({ page }) => {
	await installFakeSpeech(page);
	const storyUrl = await addText(
		page,
		'Queued story\n\nA short text to queue. It has two sentences.'
	);
	await queue(page, 'Queued story');
	await page.goto(seedUrl);
	await playLastSentence(page);
	const lastSentence = seed.paragraphs
		.at(-1)!
		.split(/(?<=[.!?])\s+/)
		.at(-1)!;
	await expect
		.poll(async () => (await spokenTexts(page)).at(-1))
		.toContain(lastSentence.slice(0, 20));

	await finishArticle(page);
	// The cue, while the place stays at the end of the article.
	await expect.poll(async () => (await spokenTexts(page)).at(-1)).toBe('Next: Queued story');
	await expect(region(page)).toContainText('Finished — next: Queued story');
	await expect(control(page, 'Stop')).toBeVisible();
	await expectNoAxeViolations(page, 'the cue before the next article');

	await finishUtterance(page);
	await expect(page).toHaveURL(storyUrl);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Queued story');
	// The next article speaks from its top with no further press.
	await expect.poll(async () => (await spokenTexts(page)).at(-1)).toBe('Queued story');
	await expect(control(page, 'Pause')).toBeVisible();
	await expectNoAxeViolations(page, 'the next article playing');

	// The next article stays queued until it has been heard; the seed article is listened.
	await control(page, 'Pause').click();
	await page.goto('/');
	await expect(page.getByRole('region', { name: 'Up next' })).toContainText('Queued story');
	const seedItem = page
		.getByRole('list', { name: 'Articles' })
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: seed.headline }) });
	await expect(seedItem).toContainText('Listened');
});

test('"Stop" during the cue keeps the listener on the finished article', async ({ page }) => {
	await installFakeSpeech(page);
	await addText(page, 'Queued story\n\nA short text to queue.');
	await queue(page, 'Queued story');
	await page.goto(seedUrl);
	await playLastSentence(page);
	await finishArticle(page);
	await expect(control(page, 'Stop')).toBeVisible();
	await control(page, 'Stop').click();
	await expect(page).toHaveURL(seedUrl);
	const link = region(page).getByRole('link', { name: 'Queued story' });
	await expect(region(page)).toContainText('Finished — next: Queued story');
	await expect(link).toBeVisible();
	await expect(control(page, 'Play')).toBeVisible();
	await expectNoAxeViolations(page, 'finished after Stop');
});

test('with "Play the next queued article" off, the end says what is next and waits', async ({
	page
}) => {
	await installFakeSpeech(page);
	const storyUrl = await addText(page, 'My own story\n\nA short text that ends soon.');
	await queue(page, seed.headline);
	await page.goto(storyUrl);
	await page.getByRole('button', { name: 'Settings' }).click();
	const dialog = page.getByRole('dialog', { name: 'Settings' });
	const setting = dialog.getByRole('checkbox', { name: 'Play the next queued article' });
	await expect(setting).toBeChecked();
	await setting.uncheck();
	await expectNoAxeViolations(page, 'Settings with the queue setting off');
	await page.keyboard.press('Escape');

	await playLastSentence(page);
	await finishArticle(page);
	const before = (await spokenTexts(page)).length;
	// The bundled next article is found from the prerendered listing.
	await expect(region(page)).toContainText(`Finished — next: ${seed.headline}`);
	await expect(region(page).getByRole('link', { name: seed.headline })).toHaveAttribute(
		'href',
		seedUrl
	);
	expect((await spokenTexts(page)).slice(before)).toEqual([]);
	await expect(page).toHaveURL(storyUrl);
	await expectNoAxeViolations(page, 'finished with the next article waiting');
});

test('with nothing queued, the end says "Finished"', async ({ page }) => {
	await installFakeSpeech(page);
	await page.goto(seedUrl);
	await playLastSentence(page);
	await finishArticle(page);
	await expect(region(page).locator('[data-article-end]')).toHaveText('Finished');
	await expect(control(page, 'Play')).toBeVisible();
	await expectNoAxeViolations(page, 'finished with nothing queued');
});

test.describe('sleep timer', () => {
	const sleepSelect = (page: Page) => region(page).getByRole('combobox', { name: 'Sleep timer' });
	const left = (page: Page) => region(page).locator('[data-sleep-left]');
	const album = (page: Page) =>
		page.evaluate(() => navigator.mediaSession?.metadata?.album ?? null);

	test('counts down only while playing, shows on the lock screen, and stops at a sentence end', async ({
		page
	}) => {
		await installFakeSpeech(page, { msPerWord: 400 });
		await page.clock.install();
		await page.goto(seedUrl);
		await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
		await expect(sleepSelect(page).getByRole('option')).toHaveText([
			'Off',
			'5 minutes',
			'10 minutes',
			'15 minutes',
			'30 minutes',
			'45 minutes',
			'60 minutes',
			'End of this section'
		]);
		await sleepSelect(page).selectOption({ label: '5 minutes' });
		await expect(left(page)).toHaveText('5:00 left');
		await control(page, 'Play').click();
		await expect(control(page, 'Pause')).toBeVisible();
		await expect.poll(() => album(page)).toBe('Hark · Sleep timer: 5 min left');
		await expectNoAxeViolations(page, 'sleep timer counting down');

		await page.clock.runFor(60_000);
		// A minute (and the real seconds the test takes) of listening has been counted.
		await expect(left(page)).toHaveText(/^[34]:[0-5]\d left$/);
		await expect.poll(() => album(page)).toBe('Hark · Sleep timer: 4 min left');

		// Paused, it holds.
		await control(page, 'Pause').click();
		const held = await left(page).textContent();
		await page.clock.runFor(120_000);
		await expect(left(page)).toHaveText(held!);

		await control(page, 'Resume').click();
		const before = await speechCalls(page);
		const spokenBefore = (await spokenLog(page)).length;
		await page.clock.runFor(5 * 60_000);
		await expect(control(page, 'Resume')).toBeVisible();
		await expect(left(page)).toHaveText('Stopped listening');
		// It faded: the last sentences were asked for more and more quietly, full volume before.
		const volumes = (await spokenLog(page)).slice(spokenBefore).map((u) => u.volume);
		expect(volumes[0]).toBe(1);
		expect(volumes.every((v, i) => i === 0 || v <= volumes[i - 1]!)).toBe(true);
		expect(volumes.filter((v) => v < 1).length).toBeGreaterThanOrEqual(2);
		expect(volumes.at(-1)).toBeLessThan(0.6);
		await expect(sleepSelect(page)).toHaveValue('off');
		await expect.poll(() => album(page)).toBe('Hark');
		// It stopped after a sentence had ended, with no cancel part-way through a word.
		expect((await speechCalls(page)).cancel).toBe(before.cancel);
		const stopped = await page.evaluate(() => window.speechSynthesis.speaking);
		expect(stopped).toBe(false);
		await expectNoAxeViolations(page, 'sleep timer stopped listening');
	});

	test('"End of this section" stops before the next section; Off cancels in one action', async ({
		page
	}) => {
		await installFakeSpeech(page, { msPerWord: 20 });
		await page.goto(seedUrl);
		await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
		await setFakeSpeech(page, { mode: 'manual' });
		await page.getByRole('button', { name: 'Listen from Where things stand' }).click();
		await sleepSelect(page).selectOption({ label: 'End of this section' });
		await expect(left(page)).toHaveText('Stops at the end of this section');
		await expectNoAxeViolations(page, 'sleep timer at the end of the section');
		// Off, then on again: the first choice left nothing behind.
		await sleepSelect(page).selectOption({ label: 'Off' });
		await expect(left(page)).toHaveCount(0);
		await sleepSelect(page).selectOption({ label: 'End of this section' });
		await setFakeSpeech(page, { mode: 'auto' });
		await finishUtterance(page);
		await expect(control(page, 'Resume')).toBeVisible();
		await expect(region(page).getByRole('slider', { name: 'Position' })).toHaveAttribute(
			'aria-valuetext',
			/— Caracas and the region$/
		);
		await expect(sleepSelect(page)).toHaveValue('off');
	});
});

test('time left in the section and the article, calibrated from the voice heard on this device', async ({
	page
}) => {
	// The fake voice speaks 300 words a minute, far faster than the typical speed assumed at first.
	await installFakeSpeech(page, { msPerWord: 200 });
	await page.clock.install();
	await page.goto(seedUrl);
	await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
	const timeLeft = region(page).locator('[data-time-left]');
	const minutes = async () => {
		const match = /^(\d+|under 1) min left in section, (\d+) min left in article$/.exec(
			(await timeLeft.textContent())?.trim() ?? ''
		);
		expect(match).not.toBeNull();
		return Number(match![2]);
	};
	const typical = await minutes();
	expect(typical).toBeGreaterThan(2);
	await expectNoAxeViolations(page, 'time left before listening');

	await control(page, 'Play').click();
	await page.clock.runFor(30_000);
	await control(page, 'Pause').click();
	// After a few sentences the estimate follows the voice: well under the typical one.
	await expect.poll(minutes).toBeLessThan(typical * 0.7);

	// Kept for this voice: a fresh visit starts from the measured speed.
	await page.reload();
	await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
	await control(page, 'Start over').click();
	await expect(control(page, 'Play')).toBeVisible();
	await expect.poll(minutes).toBeLessThan(typical * 0.7);
});

test.describe('pronunciation lexicon', () => {
	test('entries are added, previewed, applied to what the voice says (not to the page), and deleted', async ({
		page
	}) => {
		await installFakeSpeech(page, { msPerWord: 20 });
		await page.goto('/');
		await page.getByRole('contentinfo').getByRole('link', { name: 'Pronunciation' }).click();
		await expect(page).toHaveURL('/lexicon');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pronunciation');
		const entries = page.getByRole('list', { name: 'Your entries' });
		const entry = (shown: string) => entries.locator(`[data-entry="${shown}"]`);
		// The bundled entry for the word espeak-ng mis-says.
		await expect(entry('Maduro')).toContainText('“Madoo-ro”');
		await expectNoAxeViolations(page, 'lexicon page');

		// An empty form says what is missing.
		await page.getByRole('button', { name: 'Add entry' }).click();
		await expect(page.getByRole('alert')).toContainText('Enter the word or phrase as it is shown.');
		await expectNoAxeViolations(page, 'lexicon form with problems');

		await page.getByLabel('Shown text').fill('Caracas');
		await page.getByLabel('Say it as').fill('Kah-rah-kahs');
		await page.getByLabel('Language').selectOption({ label: 'English' });
		await page.getByRole('button', { name: 'Preview', exact: true }).click();
		await expect.poll(async () => (await spokenTexts(page)).at(-1)).toBe('Kah-rah-kahs');
		await page.getByRole('button', { name: 'Add entry' }).click();
		const row = entry('Caracas');
		await expect(row).toContainText('Kah-rah-kahs');
		await expect(row).toContainText('Whole words');
		await expect(row).toContainText('English');
		await expectNoAxeViolations(page, 'lexicon with an added entry');

		// In the article: the voice says the entry, the page still shows the word.
		await page.goto(seedUrl);
		await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
		await page.getByRole('button', { name: 'Listen from Caracas and the region' }).click();
		await expect
			.poll(async () => (await spokenTexts(page)).join(' | '))
			.toContain('Kah-rah-kahs and the region');
		await expect(page.getByRole('heading', { name: 'Caracas and the region' })).toBeVisible();
		await control(page, 'Pause').click();

		// Deleted: gone from the list.
		await page.goto('/lexicon');
		await row.getByRole('button', { name: 'Delete “Caracas”' }).click();
		await expect(entry('Caracas')).toHaveCount(0);
	});

	test('"Fix pronunciation" on a selected word opens the lexicon with it filled in', async ({
		page
	}) => {
		await installFakeSpeech(page);
		await page.goto(seedUrl);
		// Hydrated: the voices are listed.
		await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
		await selectWordInSectionHeading(page, 'Caracas');
		const fix = page.getByRole('link', { name: 'Fix pronunciation of “Caracas”' });
		await expect(fix).toBeVisible();
		await expectNoAxeViolations(page, 'article with Fix pronunciation');
		await fix.click();
		await expect(page).toHaveURL(/\/lexicon\?shown=Caracas&lang=en/);
		await expect(page.getByLabel('Shown text')).toHaveValue('Caracas');
		await expect(page.getByLabel('Shown text')).toBeFocused();
		await expect(page.getByLabel('Language')).toHaveValue('en');
		await expectNoAxeViolations(page, 'lexicon opened from an article');
		// And the way back.
		await page.getByRole('link', { name: 'Back to the article' }).click();
		await expect(page).toHaveURL(seedUrl);
	});

	test('the Fix pronunciation shortcut (`) opens the form for the selected word, or says what to do', async ({
		page
	}) => {
		await installFakeSpeech(page);
		await page.goto(seedUrl);
		await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
		// Listed with the other shortcuts, its key spelled out.
		await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
		const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
		await expect(
			dialog.getByRole('row', {
				name: 'Backtick Fix pronunciation of the selected word or phrase'
			})
		).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();

		// Nothing selected: the announcer says what to do, and the page stays.
		await page.keyboard.press('`');
		await expect(page.locator('.visually-hidden[role="status"][aria-live="polite"]')).toHaveText(
			'Select a word or short phrase in the article first, then use Fix pronunciation.'
		);
		await expect(page).toHaveURL(seedUrl);

		// A word selected (as a reader does with Shift and the arrows, or a double-click).
		await selectWordInSectionHeading(page, 'Caracas');
		await expect(page.getByRole('link', { name: 'Fix pronunciation of “Caracas”' })).toBeVisible();
		await page.keyboard.press('`');
		await expect(page).toHaveURL(/\/lexicon\?shown=Caracas&lang=en/);
		await expect(page.getByLabel('Shown text')).toHaveValue('Caracas');
		await expect(page.getByLabel('Shown text')).toBeFocused();
		await expectNoAxeViolations(page, 'lexicon opened with the shortcut');
	});
});
