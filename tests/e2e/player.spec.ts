/**
 * The player against the built site, with a fake speechSynthesis (./fake-speech.ts): what is spoken
 * and in what order, every control by mouse and by keyboard, the highlight, resume after reload,
 * follow-along, no voice, a 320 px phone, and axe in every state visited.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { profileBrowser } from './browser';
import { test, expect, expectNoAxeViolations } from './fixtures';
import {
	finishUtterance,
	installFakeSpeech,
	setFakeSpeech,
	speechCalls,
	spokenLog,
	spokenTexts
} from './fake-speech';
import { control, openArticle, pageLines, position, region } from './player-page';
import { scenarioHeadings, sectionHeadings, seed, seedUrl } from './seed';

/** Waits until the last utterance spoken is `text` (or starts with it, for a long sentence's first piece). */
async function expectSpeaking(page: Page, text: string): Promise<void> {
	await expect
		.poll(async () => {
			const last = (await spokenTexts(page)).at(-1) ?? '';
			return text.startsWith(last) && last.length > 0 ? text : last;
		})
		.toBe(text);
}

/** Moves to line `target`, plays until it is being spoken and pauses there, so its place is saved. */
async function pauseAt(page: Page, lines: string[], target: number): Promise<void> {
	await position(page).fill(String(target + 1));
	await control(page, 'Play').click();
	await expectSpeaking(page, lines[target]!);
	await control(page, 'Pause').click();
}

/** Ends utterances (manual mode) until the voice starts `line`, however many pieces the current one has. */
async function finishUntil(page: Page, line: string): Promise<void> {
	for (let i = 0; i < 6; i++) {
		await finishUtterance(page);
		const last = (await spokenTexts(page)).at(-1) ?? '';
		if (last.length > 0 && line.startsWith(last)) break;
	}
	await expectSpeaking(page, line);
}

/** The text of the sentence highlight and the word highlight. */
function highlights(page: Page): Promise<{ sentence: string; word: string }> {
	return page.evaluate(() => {
		const text = (name: string) => {
			const highlight = CSS.highlights.get(name);
			return highlight ? [...highlight].map((range) => String(range)).join('') : '';
		};
		return { sentence: text('hark-sentence'), word: text('hark-word') };
	});
}

/** Groups spoken pieces back into lines: consecutive pieces of a long sentence are joined. */
function joinPieces(spoken: string[], lines: string[]): string[] {
	const joined: string[] = [];
	let at = 0;
	for (const line of lines) {
		let text = spoken[at++] ?? '';
		while (text !== line && line.startsWith(text) && at < spoken.length) {
			// The next piece follows after whatever space the sentence has there (none after a dash).
			const gap = /^\s*/.exec(line.slice(text.length))![0];
			text = `${text}${gap}${spoken[at++]}`;
		}
		joined.push(text);
	}
	return [...joined, ...spoken.slice(at)];
}

test('the whole article is spoken in order, each line once, with an English voice chosen explicitly', async ({
	page
}) => {
	test.setTimeout(90_000);
	await openArticle(page, { speech: { msPerWord: 1, startDelayMs: 1 } });
	await control(page, 'Play').click();
	await expect(control(page, 'Pause')).toBeVisible();
	await expect(control(page, 'Play')).toBeVisible({ timeout: 60_000 });

	const lines = await pageLines(page);
	const spoken = await spokenLog(page);
	const joined = joinPieces(
		spoken.map((u) => u.text),
		lines
	);
	expect(joined).toEqual(lines);
	// Headline, byline, then each section heading followed by its sentences; scenarios with headings.
	expect(lines[0]).toBe(seed.headline);
	expect(lines[1]).toBe(seed.byline);
	expect(lines.filter((l) => sectionHeadings.includes(l))).toEqual(sectionHeadings);
	expect(lines.filter((l) => scenarioHeadings.includes(l))).toEqual(scenarioHeadings);
	expect(lines.indexOf(sectionHeadings[0]!)).toBe(2);
	const body = lines.filter((l) => !sectionHeadings.includes(l) && !scenarioHeadings.includes(l));
	expect(body.slice(2).join(' ')).toBe(seed.paragraphs.join(' '));
	// Language always set, an English voice always chosen (the platform's default is Afrikaans).
	for (const utterance of spoken) {
		expect(utterance.lang).toBe('en');
		expect(utterance.voiceURI).toBe('fake-en-us');
		expect(utterance.text.length).toBeLessThanOrEqual(200);
	}
	expect(await speechCalls(page)).toMatchObject({ pause: 0, resume: 0 });
});

test('Play, Pause and Resume by mouse keep the place, never call pause(), and pass axe', async ({
	page
}) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	await expect(control(page, 'Play')).toHaveAttribute('aria-keyshortcuts', 'K');
	await control(page, 'Play').click();
	await expect(control(page, 'Pause')).toBeVisible();
	await expectSpeaking(page, seed.headline);
	for (let i = 0; i < 3; i++) await finishUtterance(page);
	const lines = await pageLines(page);
	await expectSpeaking(page, lines[3]!);
	await expectNoAxeViolations(page, 'article while playing');

	await control(page, 'Pause').click();
	await expect(control(page, 'Resume')).toBeVisible();
	const calls = await speechCalls(page);
	expect(calls.cancel).toBeGreaterThan(0);
	expect(calls.pause).toBe(0);
	await expectNoAxeViolations(page, 'article while paused');

	await control(page, 'Resume').click();
	await expect(control(page, 'Pause')).toBeVisible();
	await expectSpeaking(page, lines[3]!);
	const texts = await spokenTexts(page);
	expect(texts.slice(-2)).toEqual([lines[3], lines[3]]);
	expect((await speechCalls(page)).resume).toBe(0);
});

/** Holds the app's scripts back until the returned function is called: the page shows, unstarted. */
async function holdAppScripts(page: Page): Promise<() => void> {
	let release = () => {};
	const released = new Promise<void>((resolve) => (release = resolve));
	const pattern = '**/_app/immutable/**/*.js';
	await page.unroute(pattern);
	await page.route(pattern, async (route) => {
		await released;
		await route.continue();
	});
	return release;
}

test('Play pressed before the page has started is kept: it plays once ready, from the saved place', async ({
	page
}) => {
	await installFakeSpeech(page, { mode: 'manual' });
	let release = await holdAppScripts(page);
	await page.goto(seedUrl, { waitUntil: 'domcontentloaded' });
	const lines = await pageLines(page);
	await control(page, 'Play').click();
	expect((await speechCalls(page)).speak).toBe(0);
	release();
	await expect(control(page, 'Pause')).toBeVisible();
	await expectSpeaking(page, lines[0]!);
	await expectNoAxeViolations(page, 'playing after a press made before the page had started');

	// Two presses before the start: the button still said Play, so it is one Play. While it waits,
	// the button shows the press.
	release = await holdAppScripts(page);
	await page.reload({ waitUntil: 'domcontentloaded' });
	await control(page, 'Play').click();
	await expect(control(page, 'Play')).toHaveAttribute('data-pressed-early', '');
	await control(page, 'Play').click();
	release();
	await expect(control(page, 'Pause')).toBeVisible();
	await expectSpeaking(page, lines[0]!);
	expect(await spokenTexts(page)).toEqual([lines[0]]);
	await control(page, 'Pause').click();

	// A saved place: listening resumes there, as the Resume button would.
	await control(page, 'Resume').click();
	for (let i = 0; i < 3; i++) await finishUtterance(page);
	await expectSpeaking(page, lines[3]!);
	await control(page, 'Pause').click();
	await expect(control(page, 'Resume')).toBeVisible();
	release = await holdAppScripts(page);
	await page.reload({ waitUntil: 'domcontentloaded' });
	await control(page, 'Play').click();
	release();
	await expect(control(page, 'Pause')).toBeVisible();
	await expectSpeaking(page, lines[3]!);
	expect(await spokenTexts(page)).toEqual([lines[3]]);
	await expect(region(page).getByRole('button', { name: 'Play' })).toHaveCount(0);
	// Once the page has started, presses are the buttons' own: none is kept for later.
	await control(page, 'Pause').click();
	await control(page, 'Resume').click();
	await expect(page.locator('[data-pressed-early]')).toHaveCount(0);
});

test('a Listen button pressed before the page has started is kept, and only the latest press counts', async ({
	page
}) => {
	await installFakeSpeech(page, { mode: 'manual' });
	const scenario = scenarioHeadings[1]!;
	const listenTo = (heading: string) =>
		page.getByRole('button', { name: `Listen to ${heading}`, exact: true });
	let release = await holdAppScripts(page);
	await page.goto(seedUrl, { waitUntil: 'domcontentloaded' });
	await listenTo(scenario).click();
	await expect(listenTo(scenario)).toHaveAttribute('data-pressed-early', '');
	expect((await speechCalls(page)).speak).toBe(0);
	release();
	await expectSpeaking(page, scenario);
	await expect(control(page, 'Pause')).toBeVisible();
	expect(await spokenTexts(page)).toEqual([scenario]);
	await expect(page.locator('[data-pressed-early]')).toHaveCount(0);
	await expectNoAxeViolations(
		page,
		'listening to a scenario after a press made before the page had started'
	);
	await control(page, 'Pause').click();

	// Play, then a Listen button: the listener changed their mind, so the Listen button wins.
	release = await holdAppScripts(page);
	await page.reload({ waitUntil: 'domcontentloaded' });
	await control(page, 'Play').click();
	await listenTo(scenarioHeadings[2]!).click();
	await expect(control(page, 'Play')).not.toHaveAttribute('data-pressed-early');
	release();
	await expectSpeaking(page, scenarioHeadings[2]!);
	expect(await spokenTexts(page)).toEqual([scenarioHeadings[2]]);
	await control(page, 'Pause').click();

	// A Listen button, then Play: Play wins, from the place just saved.
	release = await holdAppScripts(page);
	await page.reload({ waitUntil: 'domcontentloaded' });
	await page
		.getByRole('button', { name: `Listen from ${sectionHeadings[1]}`, exact: true })
		.click();
	await control(page, 'Play').click();
	release();
	await expect(control(page, 'Pause')).toBeVisible();
	await expectSpeaking(page, scenarioHeadings[2]!);
	expect(await spokenTexts(page)).toEqual([scenarioHeadings[2]]);
});

test('Play, Pause and Resume by keyboard: Enter and Space on the button, and K anywhere', async ({
	page
}) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	await control(page, 'Play').focus();
	await page.keyboard.press('Enter');
	await expect(control(page, 'Pause')).toBeFocused();
	await expectSpeaking(page, seed.headline);
	await page.keyboard.press('Space');
	await expect(control(page, 'Resume')).toBeFocused();
	await page.locator('#article-title').focus();
	await page.keyboard.press('k');
	await expect(control(page, 'Pause')).toBeVisible();
	await page.keyboard.press('k');
	await expect(control(page, 'Resume')).toBeVisible();
	expect((await spokenTexts(page)).filter((t) => t === seed.headline)).toHaveLength(2);
	// Shortcuts never fire while typing in a field.
	await region(page).getByRole('combobox', { name: 'Voice' }).focus();
	await page.keyboard.press('k');
	await expect(control(page, 'Resume')).toBeVisible();
});

for (const how of ['mouse', 'keyboard', 'shortcut'] as const) {
	test(`sentence and section skips by ${how}`, async ({ page }) => {
		await openArticle(page, { speech: { mode: 'manual' } });
		const lines = await pageLines(page);
		const keys = {
			'Next sentence': '.',
			'Previous sentence': ',',
			'Next section': ']',
			'Previous section': '['
		};
		const press = async (name: keyof typeof keys) => {
			if (how === 'mouse') await control(page, name).click();
			else if (how === 'keyboard') {
				await control(page, name).focus();
				await page.keyboard.press('Enter');
			} else {
				await page.locator('#article-title').focus();
				await page.keyboard.press(keys[name]);
			}
		};
		for (const name of Object.keys(keys) as (keyof typeof keys)[])
			await expect(control(page, name)).toHaveAttribute('aria-keyshortcuts', keys[name]);

		await control(page, 'Play').click();
		await expectSpeaking(page, lines[0]!);
		await press('Next sentence');
		await expectSpeaking(page, lines[1]!);
		await press('Next section');
		await expectSpeaking(page, sectionHeadings[0]!);
		await press('Next section');
		await expectSpeaking(page, sectionHeadings[1]!);
		await press('Next sentence');
		const second = lines.indexOf(sectionHeadings[1]!) + 1;
		await expectSpeaking(page, lines[second]!);
		// Within two seconds of its start, "Previous sentence" goes to the one before.
		await press('Previous sentence');
		await expectSpeaking(page, sectionHeadings[1]!);
		await press('Previous section');
		await expectSpeaking(page, sectionHeadings[0]!);
		await expect(position(page)).toHaveAttribute(
			'aria-valuetext',
			`Sentence 3 of ${lines.length} — ${sectionHeadings[0]}`
		);

		// Skipping while paused moves without speaking; Resume speaks from there.
		await control(page, 'Pause').click();
		const count = (await spokenTexts(page)).length;
		await press('Next section');
		await press('Next sentence');
		await expect(position(page)).toHaveAttribute(
			'aria-valuetext',
			`Sentence ${second + 1} of ${lines.length} — ${sectionHeadings[1]}`
		);
		expect(await spokenTexts(page)).toHaveLength(count);
		await control(page, 'Resume').click();
		await expectSpeaking(page, lines[second]!);
	});
}

test('Speed, Voice and Position by mouse and by keyboard', async ({ page }) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	const speed = region(page).getByRole('slider', { name: 'Speed' });
	const voice = region(page).getByRole('combobox', { name: 'Voice' });
	await expect(speed).toHaveAttribute('aria-valuetext', '1.0 times');
	await expect(voice).toHaveValue('fake-en-us');
	await control(page, 'Play').click();
	await finishUtterance(page);
	await expectSpeaking(page, lines[1]!);

	// Speed by mouse: a click near the right end of the track; the sentence restarts at once.
	const box = (await speed.boundingBox())!;
	await page.mouse.click(box.x + box.width - 2, box.y + box.height / 2);
	await expect.poll(async () => (await spokenLog(page)).at(-1)?.rate).toBeGreaterThan(2.5);
	expect((await spokenLog(page)).at(-1)?.text).toBe(lines[1]);
	// Speed by keyboard: arrows step by 0.1; "-" and "=" anywhere too.
	await speed.fill('1.5');
	await speed.focus();
	await page.keyboard.press('ArrowRight');
	await expect(speed).toHaveAttribute('aria-valuetext', '1.6 times');
	await expect.poll(async () => (await spokenLog(page)).at(-1)?.rate).toBe(1.6);
	await page.locator('#article-title').focus();
	await page.keyboard.press('-');
	await expect(speed).toHaveAttribute('aria-valuetext', '1.5 times');
	await page.keyboard.press('=');
	await expect(speed).toHaveAttribute('aria-valuetext', '1.6 times');
	// The sentence restarts at the new speed once the player hears of it (an effect, just after).
	await expect
		.poll(async () => (await spokenLog(page)).at(-1))
		.toMatchObject({ rate: 1.6, text: lines[1] });

	// Voice by mouse (choosing an option) and by keyboard (arrow on the closed select).
	await voice.selectOption('fake-en-gb');
	await expect.poll(async () => (await spokenLog(page)).at(-1)?.voiceURI).toBe('fake-en-gb');
	expect((await spokenLog(page)).at(-1)?.text).toBe(lines[1]);
	await voice.focus();
	await page.keyboard.press('ArrowUp');
	await expect(voice).toHaveValue('fake-en-us');
	await expect.poll(async () => (await spokenLog(page)).at(-1)?.voiceURI).toBe('fake-en-us');
	// English voices first; the platform's default (Afrikaans) is offered among the others.
	expect(await voice.locator('optgroup').first().locator('option').allTextContents()).toEqual([
		'Fake English (US)',
		'Fake English (UK)'
	]);

	// Position by keyboard: arrows move a sentence and speak from there.
	await position(page).focus();
	await page.keyboard.press('ArrowRight');
	await expectSpeaking(page, lines[2]!);
	await expect(position(page)).toHaveAttribute(
		'aria-valuetext',
		`Sentence 3 of ${lines.length} — ${sectionHeadings[0]}`
	);
	await page.keyboard.press('End');
	await expectSpeaking(page, lines.at(-1)!);
	// Position by mouse: a click in the middle of the track.
	const track = (await position(page).boundingBox())!;
	await page.mouse.click(track.x + track.width / 2, track.y + track.height / 2);
	const middle = Number(await position(page).inputValue()) - 1;
	expect(middle).toBeGreaterThan(lines.length / 4);
	expect(middle).toBeLessThan((lines.length * 3) / 4);
	await expectSpeaking(page, lines[middle]!);
	await expect(region(page).getByText(/\d+:\d\d elapsed · \d+:\d\d left/)).toBeVisible();
	await expectNoAxeViolations(page, 'after using every control');
});

test('Listen buttons, tapping a sentence, and L on a focused heading start from there', async ({
	page
}) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	await page.getByRole('button', { name: 'Listen from Where things stand', exact: true }).click();
	await expectSpeaking(page, 'Where things stand');
	await control(page, 'Pause').click();
	await setFakeSpeech(page, { mode: 'auto', msPerWord: 2, startDelayMs: 1 });

	// "Listen to" a scenario speaks that scenario alone, then waits at the next line.
	const scenario = scenarioHeadings[1]!;
	await page.getByRole('button', { name: `Listen to ${scenario}`, exact: true }).click();
	await expect(control(page, 'Resume')).toBeVisible({ timeout: 20_000 });
	const texts = await spokenTexts(page);
	const from = texts.lastIndexOf(scenario);
	const next = lines.indexOf(scenarioHeadings[2]!);
	expect(texts.slice(from).join(' ')).toBe(lines.slice(lines.indexOf(scenario), next).join(' '));
	await expect(position(page)).toHaveAttribute(
		'aria-valuetext',
		`Sentence ${next + 1} of ${lines.length} — ${scenarioHeadings[2]}`
	);

	// Tapping a sentence.
	await setFakeSpeech(page, { mode: 'manual' });
	const sentence = page
		.locator('.article-text [data-line]')
		.filter({ hasText: /^Historical memory/ });
	await sentence.click();
	await expectSpeaking(page, (await sentence.textContent())!);
	// L on a focused heading.
	await page.getByRole('heading', { name: 'Accountability' }).focus();
	await page.keyboard.press('l');
	await expectSpeaking(page, 'Accountability');
});

test('the highlight is the sentence being spoken and its word; Contents marks the section', async ({
	page
}) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	await control(page, 'Play').click();
	await expectSpeaking(page, lines[0]!);
	await expect.poll(() => highlights(page)).toEqual({ sentence: lines[0], word: 'Is' });
	for (let line = 1; line < 6; line++) {
		await finishUntil(page, lines[line]!);
		const spoken = (await spokenTexts(page)).at(-1)!;
		await expect.poll(async () => (await highlights(page)).sentence).toBe(lines[line]);
		expect((await highlights(page)).word).toBe(spoken.split(' ')[0]);
	}
	const contents = page.getByRole('navigation', { name: 'Contents' });
	await expect(
		contents.getByRole('link', { name: sectionHeadings[0], exact: true })
	).toHaveAttribute('aria-current', 'location');
	await control(page, 'Next section').click();
	await expect(
		contents.getByRole('link', { name: sectionHeadings[1], exact: true })
	).toHaveAttribute('aria-current', 'location');
	await expect.poll(async () => (await highlights(page)).sentence).toBe(sectionHeadings[1]);
	// The highlight changes no DOM: the page's text is still one span per sentence.
	expect(await page.locator('.article-text mark, .article-text [class*="highlight"]').count()).toBe(
		0
	);
});

test('after a reload the place is kept and offered at its section', async ({ page }) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	const target = lines.indexOf('Where things stand') + 2;
	await pauseAt(page, lines, target);

	await page.reload();
	await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
	await expect(control(page, 'Resume')).toBeVisible();
	await expect(
		region(page).getByText('Last time you stopped at “Where things stand”.')
	).toBeVisible();
	await expect(position(page)).toHaveAttribute(
		'aria-valuetext',
		`Sentence ${target + 1} of ${lines.length} — Where things stand`
	);
	await expectNoAxeViolations(page, 'article offering to resume');
	await control(page, 'Resume').click();
	await expectSpeaking(page, lines[target]!);
	expect(await spokenTexts(page)).toEqual([lines[target]]);

	// Start over forgets it.
	await control(page, 'Pause').click();
	await page.reload();
	await region(page).getByRole('button', { name: 'Start over' }).click();
	await expect(control(page, 'Play')).toBeVisible();
	await expect(position(page)).toHaveAttribute('aria-valuetext', `Sentence 1 of ${lines.length}`);
});

test('after a reload, Play pressed as soon as the page is live goes on from the saved place while storage is slow', async ({
	page,
	context
}) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	const target = lines.indexOf('Accountability') + 1;
	await pauseAt(page, lines, target);

	// Another tab keeps the saved places busy, so reading them waits until it lets go (as a slow
	// phone's first IndexedDB read does, or a database being upgraded).
	const other = await context.newPage();
	await other.goto('/');
	await other.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('hark');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const store = request.result
						.transaction('positions', 'readwrite')
						.objectStore('positions');
					const held = window as unknown as { releasePositions?: boolean };
					const keepBusy = () => {
						if (!held.releasePositions) store.get('none').onsuccess = keepBusy;
					};
					keepBusy();
					resolve();
				};
			})
	);
	try {
		await page.reload();
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await region(page)
			.getByRole('button', { name: /^(Play|Resume)$/ })
			.click();
		await expectSpeaking(page, lines[target]!);
		expect(await spokenTexts(page)).toEqual([lines[target]]);
	} finally {
		await other.evaluate(() => {
			(window as unknown as { releasePositions?: boolean }).releasePositions = true;
		});
	}
	await expect(region(page).getByText('Last time you stopped at', { exact: false })).toHaveCount(0);
	await expectNoAxeViolations(page, 'article resumed at once after a reload');
});

test('the article open in two tabs: a place saved in one is where Resume goes in the other', async ({
	page,
	context
}) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	const other = await context.newPage();
	await openArticle(other, { speech: { mode: 'manual' } });
	const target = lines.indexOf('Accountability') + 1;
	await pauseAt(other, lines, target);
	await other.close();

	await page.bringToFront();
	await expect(control(page, 'Resume')).toBeVisible();
	await expect(region(page).getByText('Last time you stopped at “Accountability”.')).toBeVisible();
	await expect(position(page)).toHaveAttribute(
		'aria-valuetext',
		`Sentence ${target + 1} of ${lines.length} — Accountability`
	);
	await expectNoAxeViolations(page, 'article moved to the place saved in another tab');
	await control(page, 'Resume').click();
	await expectSpeaking(page, lines[target]!);
	expect(await spokenTexts(page)).toEqual([lines[target]]);
});

test('the place survives closing the browser and opening it again', async ({
	playwright,
	baseURL
}) => {
	const profile = mkdtempSync(join(tmpdir(), 'hark-profile-'));
	const { launch, foreign } = profileBrowser(playwright.chromium, profile, baseURL!);
	try {
		const first = await launch();
		await openArticle(first.page, { speech: { mode: 'manual' } });
		const lines = await pageLines(first.page);
		const target = lines.indexOf('Law and humanitarian impact') + 1;
		await pauseAt(first.page, lines, target);
		await expect(control(first.page, 'Resume')).toBeVisible();
		await first.context.close();

		const second = await launch();
		await openArticle(second.page, { speech: { mode: 'manual' } });
		await expect(control(second.page, 'Resume')).toBeVisible();
		await expect(
			region(second.page).getByText('Last time you stopped at “Law and humanitarian impact”.')
		).toBeVisible();
		await control(second.page, 'Resume').click();
		await expectSpeaking(second.page, lines[target]!);
		await second.context.close();
		expect(foreign, 'requests to origins other than Hark').toEqual([]);
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
});

test('following along stops when the reader scrolls away; Back to current sentence returns', async ({
	page
}) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	const target = lines.indexOf('Accountability') + 1;
	await position(page).fill(String(target + 1));
	await control(page, 'Play').click();
	const current = page.locator(`[data-line="${target}"]`);
	await expect(current).toBeInViewport();
	const back = control(page, 'Back to current sentence');
	await expect(back).toHaveCount(0);
	// The reader scrolls away once the view has come to rest on the sentence. (A wheel while Hark's
	// own smooth scroll is still running was sometimes lost by Chromium here: the view went on to
	// the sentence, so the test raced the animation.)
	const scrollTop = () => page.evaluate(() => window.scrollY);
	const scrollSettled = () =>
		expect
			.poll(async () => {
				const before = await scrollTop();
				await page.waitForTimeout(200);
				return (await scrollTop()) === before;
			})
			.toBe(true);
	await scrollSettled();

	await page.mouse.move(400, 300);
	await page.mouse.wheel(0, -4000);
	await expect(current).not.toBeInViewport();
	await scrollSettled();
	await finishUntil(page, lines[target + 1]!);
	// No longer following: the view stays where the reader put it.
	await expect(page.locator(`[data-line="${target + 1}"]`)).not.toBeInViewport();
	await expect(back).toBeVisible();
	await expect(back).toHaveAttribute('aria-keyshortcuts', 'C');
	await expectNoAxeViolations(page, 'scrolled away while listening');
	await back.click();
	await expect(page.locator(`[data-line="${target + 1}"]`)).toBeInViewport();
	await expect(back).toHaveCount(0);
	// The button is gone: focus went to the player's toggle, not to the page.
	await expect(control(page, 'Pause')).toBeFocused();

	// By Enter on the button, the same. (Each wheel waits for the view to rest first, and each press
	// for the wheel's own glide to end: a press during the glide raced it.)
	await scrollSettled();
	await page.mouse.wheel(0, -4000);
	await expect(back).toBeVisible();
	await scrollSettled();
	await back.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator(`[data-line="${target + 1}"]`)).toBeInViewport();
	await expect(control(page, 'Pause')).toBeFocused();

	// And by keyboard: C.
	await scrollSettled();
	await page.mouse.wheel(0, -4000);
	await expect(back).toBeVisible();
	await scrollSettled();
	await page.keyboard.press('c');
	await expect(page.locator(`[data-line="${target + 1}"]`)).toBeInViewport();

	// Scrolling while paused, then pressing Resume: listening again follows again.
	await control(page, 'Pause').click();
	await scrollSettled();
	await page.mouse.wheel(0, -4000);
	await expect(page.locator(`[data-line="${target + 1}"]`)).not.toBeInViewport();
	await control(page, 'Resume').click();
	await expect(page.locator(`[data-line="${target + 1}"]`)).toBeInViewport();
	await expect(back).toHaveCount(0);
});

test('with no voice at all, the player says so plainly and the article stays readable', async ({
	page
}) => {
	await installFakeSpeech(page, { voices: [], voicesDelayMs: null });
	await page.goto(seedUrl);
	const message = region(page).getByText('No speech voice is available on this device');
	await expect(message).toBeVisible({ timeout: 15_000 });
	await expect(region(page).getByText(/add a voice, then reload this page/)).toBeVisible();
	await expect(page.getByText(seed.paragraphs[0]!.slice(0, 60))).toBeVisible();
	await expectNoAxeViolations(page, 'article without a voice');
});

test('speech stops when the page is hidden or left (pagehide)', async ({ page }) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	await control(page, 'Play').click();
	await expectSpeaking(page, seed.headline);
	const before = (await speechCalls(page)).cancel;
	await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
	await expect(control(page, 'Resume')).toBeVisible();
	expect((await speechCalls(page)).cancel).toBeGreaterThan(before);
});

test('on a 320 px phone the controls are big, at the bottom in reach, and cover no content', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await openArticle(page, { speech: { mode: 'manual' } });
	const buttons: Locator[] = [
		control(page, 'Previous section'),
		control(page, 'Previous sentence'),
		control(page, 'Play'),
		control(page, 'Next sentence'),
		control(page, 'Next section')
	];
	for (const button of buttons) {
		const box = (await button.boundingBox())!;
		expect(box.width).toBeGreaterThanOrEqual(44);
		expect(box.height).toBeGreaterThanOrEqual(44);
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(320);
		// In the lower part of the screen, where a thumb reaches.
		expect(box.y).toBeGreaterThan(640 * 0.6);
	}
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await control(page, 'Play').click();
	await expectNoAxeViolations(page, 'phone while playing');
	// At the very end of the page, the footer is above the bar, not under it. (Sections off screen are
	// laid out lazily, so the end moves as the view gets there: keep scrolling until it stops.)
	await expect
		.poll(async () => {
			await page.mouse.wheel(0, 10_000);
			const footer = (await page.getByRole('contentinfo').boundingBox())!;
			const bar = (await control(page, 'Pause').boundingBox())!;
			return footer.y + footer.height <= bar.y;
		})
		.toBe(true);
});

test('at 400% zoom (320 × 256) the controls stay in the page instead of covering half of it', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 256 });
	await openArticle(page, { speech: { mode: 'manual' } });
	await control(page, 'Play').click();
	await expectSpeaking(page, seed.headline);
	await expectNoAxeViolations(page, '320 × 256 while playing');
	// Scrolled down, the text has the whole screen: the bar scrolled away with the top of the article.
	await page.mouse.move(160, 128);
	await page.mouse.wheel(0, 3000);
	await expect(control(page, 'Pause')).not.toBeInViewport();
	// The keyboard still reaches everything; "Back to current sentence" floats while scrolled away.
	await expect(control(page, 'Back to current sentence')).toBeInViewport();
	await page.keyboard.press('k');
	await expect(control(page, 'Resume')).toHaveCount(1);
});
