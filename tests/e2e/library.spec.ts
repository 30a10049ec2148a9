import { readFile } from 'node:fs/promises';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { seed } from './seed';

async function addText(page: import('@playwright/test').Page, text: string) {
	await page.goto('/add');
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Add to library' }).click();
	await expect(page).toHaveURL(/\/read\?article=/);
}

test('the library lists bundled and imported articles with source, language, time and progress', async ({
	page
}) => {
	await addText(
		page,
		'Une histoire française\n\nLe gouvernement a présenté mardi une réforme importante des retraites.'
	);
	await page.goto('/');
	const items = page.getByRole('list', { name: 'Articles' }).getByRole('listitem');
	await expect(items).toHaveCount(2);
	// Most recently opened first: the imported one.
	await expect(items.first().getByRole('link', { name: 'Une histoire française' })).toBeVisible();
	await expect(page.getByRole('link', { name: seed.headline })).toHaveCount(1);
	await expect(items.first()).toContainText('French');
	await expect(items.first()).toContainText('Not started');
	await expect(items.nth(1).getByRole('link', { name: seed.headline })).toBeVisible();
	await expect(items.nth(1)).toContainText('English');
	await expect(items.nth(1)).toContainText(/\d+ min listen/);
	await expectNoAxeViolations(page, 'library with two articles');
});

test('opening an imported article again brings it to the top of the library', async ({ page }) => {
	await addText(page, 'The first story\n\nIt was added first.');
	await addText(page, 'The second story\n\nIt was added second.');
	await page.goto('/');
	const links = page
		.getByRole('list', { name: 'Articles' })
		.getByRole('listitem')
		.getByRole('link');
	await expect(links.first()).toHaveText('The second story');
	await page.getByRole('link', { name: 'The first story' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('The first story');
	await page.goBack();
	await expect(links.first()).toHaveText('The first story');
	// Also after a reload: the time was stored, not only shown.
	await page.reload();
	await expect(links.first()).toHaveText('The first story');
	await expectNoAxeViolations(page, 'library after reopening an article');
});

test('remove with undo, filters, and the queue', async ({ page }) => {
	await addText(page, 'Queued story\n\nA short text to queue.');
	await page.goto('/');
	const list = page.getByRole('list', { name: 'Articles' });
	const item = (name: string) =>
		list.getByRole('listitem').filter({ has: page.getByRole('link', { name }) });
	const status = (text: string) => page.getByRole('status').filter({ hasText: text });
	const add = item('Queued story').getByRole('button', { name: 'Add to queue' });
	// The same names on every item: each is described by its article's headline.
	await expect(add).toHaveAccessibleDescription('Queued story');
	await add.click();
	// Said, and focus stays on the button, now "Queued".
	await expect(status('Added “Queued story” to Up next.')).toHaveCount(1);
	await expect(item('Queued story').getByRole('button', { name: 'Queued' })).toBeFocused();
	await item(seed.headline).getByRole('button', { name: 'Play next' }).click();
	await expect(status(`“${seed.headline}” plays next.`)).toHaveCount(1);
	const queue = page.getByRole('region', { name: 'Up next' });
	await expect(queue.getByRole('listitem')).toHaveText([/^Is Washington/, /^Queued story/]);
	await page.reload();
	await expect(queue.getByRole('listitem')).toHaveText([/^Is Washington/, /^Queued story/]);
	await expect(
		queue.getByRole('button', { name: 'Remove from queue' }).first()
	).toHaveAccessibleDescription(seed.headline);
	// Taken off the queue: said, and focus goes to the next one's button, then to the heading.
	await queue.getByRole('button', { name: 'Remove from queue' }).first().click();
	await expect(status(`Removed “${seed.headline}” from Up next.`)).toHaveCount(1);
	await expect(queue.getByRole('button', { name: 'Remove from queue' })).toBeFocused();
	await queue.getByRole('button', { name: 'Remove from queue' }).click();
	await expect(queue.getByRole('heading', { name: 'Up next' })).toBeFocused();
	await expectNoAxeViolations(page, 'library with the queue emptied');
	await item('Queued story').getByRole('button', { name: 'Add to queue' }).click();

	await item('Queued story').getByRole('button', { name: 'Remove', exact: true }).click();
	await expect(list.getByRole('link', { name: 'Queued story' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
	// Said once, by the one live region.
	await expect(page.getByRole('status').filter({ hasText: 'Removed “Queued story”.' })).toHaveCount(
		1
	);
	await expectNoAxeViolations(page, 'library after a removal');
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(list.getByRole('link', { name: 'Queued story' })).toBeVisible();

	await page.getByRole('radio', { name: 'Listened', exact: true }).check();
	await expect(page.getByText('No article has been listened to the end yet.')).toBeVisible();
	await page.getByRole('radio', { name: 'Not listened' }).check();
	await expect(list.getByRole('listitem')).toHaveCount(2);
});

test('export and import the library: validated, merged, reported', async ({ page }) => {
	await addText(page, 'Backed up story\n\nThis text goes into the backup.');
	// A pronunciation entry of this device's own.
	await page.goto('/lexicon');
	await page.getByLabel('Shown text').fill('Caracas');
	await page.getByLabel('Say it as').fill('Kah-rah-kahs');
	await page.getByRole('button', { name: 'Add entry' }).click();
	const lexiconEntries = page.getByRole('list', { name: 'Your entries' });
	await expect(lexiconEntries.locator('[data-entry="Caracas"]')).toBeVisible();
	await page.goto('/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export library' }).click();
	const file = await (await download).path();
	const backup = JSON.parse(await readFile(file, 'utf8'));
	expect(backup).toMatchObject({ format: 'hark-library', version: 1 });
	expect(backup.articles).toHaveLength(1);

	// Remove the article, then bring it back from the backup.
	await page
		.getByRole('list', { name: 'Articles' })
		.getByRole('listitem')
		.filter({ hasText: 'Backed up story' })
		.getByRole('button', { name: 'Remove', exact: true })
		.click();
	const importer = page.getByLabel('Import library');
	await importer.setInputFiles({
		name: 'b.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format": "hark-lib')
	});
	await expect(page.getByRole('alert')).toContainText('not valid JSON');
	await importer.setInputFiles({
		name: 'b.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify({ ...backup, version: 7 }))
	});
	await expect(page.getByRole('alert')).toContainText('version 7');
	// The backup also holds an entry this device lacks: it is merged in, the device's own kept.
	const lexicon = backup.settings.find((s: { key: string }) => s.key === 'lexicon.entries');
	expect(lexicon.value.map((e: { shown: string }) => e.shown)).toContain('Caracas');
	lexicon.value.push({
		id: 'from-backup',
		shown: 'Venezuela',
		spoken: 'Veh-neh-sweh-lah',
		wholeWord: true,
		caseSensitive: false,
		lang: 'en'
	});
	// And settings this device has not set: the theme and pitch apply at once, without a reload.
	backup.settings.push(
		{ key: 'reading', value: { theme: 'dark' } },
		{ key: 'listening.pitch', value: 1.2 }
	);
	const html = page.locator('html');
	await expect(html).not.toHaveAttribute('data-theme', 'dark');
	// Hark open in another tab follows too.
	const otherTab = await page.context().newPage();
	await otherTab.goto('/');
	await expect(otherTab.locator('html')).toHaveAttribute('data-hydrated', '');
	await importer.setInputFiles({
		name: 'b.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(backup))
	});
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: /^Added 1 article, .* and 1 pronunciation entry\.$/ })
	).toBeVisible();
	await expect(
		page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: 'Backed up story' })
	).toBeVisible();
	await expect(html).toHaveAttribute('data-theme', 'dark');
	expect(await page.evaluate(() => localStorage.getItem('hark.reading'))).toContain('"dark"');
	await expect(otherTab.locator('html')).toHaveAttribute('data-theme', 'dark');
	await expectNoAxeViolations(otherTab, 'another tab after a restore');
	await otherTab.close();
	await page.getByRole('button', { name: 'Settings', exact: true }).click();
	const settings = page.getByRole('dialog', { name: 'Settings' });
	await expect(settings.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await expect(settings.getByRole('slider', { name: 'Pitch' })).toHaveAttribute(
		'aria-valuetext',
		'1.2 (higher)'
	);
	await expectNoAxeViolations(page, 'settings after a restore');
	// Another change starts from the restored preferences: the theme stays.
	await settings.getByLabel('Line spacing').selectOption({ label: 'Relaxed' });
	await expect(html).toHaveAttribute('data-theme', 'dark');
	await page.keyboard.press('Escape');
	await expect(settings).toBeHidden();
	await page.getByRole('contentinfo').getByRole('link', { name: 'Pronunciation' }).click();
	await expect(lexiconEntries.locator('[data-entry="Caracas"]')).toContainText('Kah-rah-kahs');
	await expect(lexiconEntries.locator('[data-entry="Venezuela"]')).toContainText(
		'Veh-neh-sweh-lah'
	);
	await expectNoAxeViolations(page, 'lexicon after a restore');
});
