/**
 * Speech faults in the built site, injected through the fake speechSynthesis (./fake-speech.ts):
 * Chrome's silent 15-second cut-off, `synthesis-failed`, `audio-busy`, `not-allowed`, `network`,
 * voices that never come, come late or lose the one in use, an engine that jams after a pause, and
 * 100 rapid clicks. After each: what the listener sees (the toggle's name, the problem in plain
 * words), the place (the Position slider and the highlighted sentence), and axe. Every fault is counted for the totals line (totals.ts).
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import {
	failNextUtterance,
	fakeSpeaking,
	finishUtterance,
	jamSpeech,
	defaultFakeVoices,
	setFakeSpeech,
	setFakeVoices,
	speechCalls,
	spokenLog,
	spokenTexts
} from './fake-speech';
import { control, openArticle, pageLines, position, region } from './player-page';
import { liveRegion } from './pwa-support';
import { faultInjected, faultSurvived } from './totals';

/** The player's problem messages, as shown (src/lib/speech/player.svelte.ts `problems`). */
const problems = {
	noVoice: 'No speech voice is available on this device',
	didNotStart: 'Speech did not start.',
	failed: 'The voice stopped with an error.',
	notAllowed: 'Your browser blocked speech until you press a button. Press Resume to listen.'
};

/** The text of the sentence highlight and of the word highlight. */
function highlights(page: Page): Promise<{ sentence: string; word: string }> {
	return page.evaluate(() => {
		const text = (name: string) => {
			const highlight = CSS.highlights.get(name);
			return highlight ? [...highlight].map((range) => String(range)).join('') : '';
		};
		return { sentence: text('hark-sentence'), word: text('hark-word') };
	});
}

/** The first body sentence of `heading`'s section with at least `words` words. */
function sentenceAfter(lines: string[], heading: string, words = 12): number {
	const start = lines.indexOf(heading);
	const found = lines.findIndex((line, i) => i > start && line.split(/\s+/).length >= words);
	expect(found, `a sentence of ${words} words after “${heading}”`).toBeGreaterThan(start);
	return found;
}

/** Moves the Position slider to `line` (0-based) while stopped. */
async function goToLine(page: Page, line: number): Promise<void> {
	await position(page).fill(String(line + 1));
	await expect(position(page)).toHaveValue(String(line + 1));
}

/** The place is `line`: the Position slider shows it (and, while speaking, it is highlighted). */
async function expectPlace(page: Page, lines: string[], line: number): Promise<void> {
	await expect(position(page)).toHaveValue(String(line + 1));
	await expect(position(page)).toHaveAttribute(
		'aria-valuetext',
		new RegExp(`^Sentence ${line + 1} of ${lines.length}\\b`)
	);
}

/** Waits until the last utterance spoken is (the first piece of) `text`. */
async function expectSpeaking(page: Page, text: string): Promise<void> {
	await expect
		.poll(async () => {
			const last = (await spokenTexts(page)).at(-1) ?? '';
			return last.length > 0 && text.startsWith(last) ? text : last;
		})
		.toBe(text);
}

test('the 15-second cut-off: speech falls silent, `end` never comes; it goes on from the last word', async ({
	page
}) => {
	// A slow voice (0.4 s a word), cut off after 2 s: five words, then silence with `speaking` true.
	await openArticle(page, { speech: { msPerWord: 400, cutOffAfterMs: 2_000 } });
	const lines = await pageLines(page);
	const target = sentenceAfter(lines, 'Where things stand', 16);
	await goToLine(page, target);
	faultInjected('cut-off');
	await control(page, 'Play').click();
	await expectSpeaking(page, lines[target]!);
	// The cut-off is decided when an utterance begins: only the first one meets it.
	await setFakeSpeech(page, { cutOffAfterMs: null });
	await expect.poll(async () => (await highlights(page)).word).not.toBe('');
	await expect.poll(async () => (await spokenLog(page)).length, { timeout: 15_000 }).toBe(2);
	expect(await fakeSpeaking(page)).toBe(true);

	// Spoken again from the last word heard, in the same sentence, which stays highlighted.
	const [first, again] = await spokenTexts(page);
	expect(first).toBe(lines[target]);
	expect(lines[target]!.endsWith(again!)).toBe(true);
	expect(again!.length).toBeLessThan(first!.length);
	expect(again!.split(/\s+/).length).toBeGreaterThan(first!.split(/\s+/).length - 8);
	await expectPlace(page, lines, target);
	await expect.poll(async () => (await highlights(page)).sentence).toBe(lines[target]);
	await expect(control(page, 'Pause')).toBeVisible();
	await expect(region(page).locator('.problem')).toHaveCount(0);
	await expectNoAxeViolations(page, 'after the cut-off, speaking again');
	faultSurvived('cut-off');
});

test('`synthesis-failed` on every try: the listener is told, the sentence is kept, Resume works', async ({
	page
}) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	const target = sentenceAfter(lines, 'Accountability');
	await goToLine(page, target);
	faultInjected('synthesis-failed');
	for (let i = 0; i < 3; i++) await failNextUtterance(page, 'synthesis-failed');
	await control(page, 'Play').click();

	await expect(region(page).getByText(problems.failed)).toBeVisible();
	await expect(liveRegion(page)).toHaveText(problems.failed);
	await expect(control(page, 'Resume')).toBeVisible();
	await expectPlace(page, lines, target);
	// Tried three times, all the same sentence.
	expect(await spokenTexts(page)).toEqual([lines[target], lines[target], lines[target]]);
	await expectNoAxeViolations(page, 'after synthesis-failed');

	await control(page, 'Resume').click();
	await expect(control(page, 'Pause')).toBeVisible();
	await expectSpeaking(page, lines[target]!);
	await expect(region(page).getByText(problems.failed)).toHaveCount(0);
	await expect.poll(async () => (await highlights(page)).sentence).toBe(lines[target]);
	faultSurvived('synthesis-failed');
});

test('`interrupted` from outside (another app took the voice): paused at the sentence, says why without announcing it', async ({
	page
}) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	const target = sentenceAfter(lines, 'Accountability');
	await goToLine(page, target);
	faultInjected('interrupted');
	await failNextUtterance(page, 'interrupted');
	await control(page, 'Play').click();

	const note = region(page).getByText(/The voice was stopped from outside Hark/);
	await expect(note).toBeVisible();
	await expect(control(page, 'Resume')).toBeVisible();
	await expectPlace(page, lines, target);
	await expect(region(page).locator('.problem')).toHaveCount(0);
	// Shown, never announced: whatever stopped the voice may be a screen reader speaking.
	for (const live of await page.locator('[aria-live], [role="alert"], [role="status"]').all())
		expect(await live.textContent()).not.toMatch(/stopped from outside/);
	await expectNoAxeViolations(page, 'after an interruption from outside');

	await control(page, 'Resume').click();
	await expectSpeaking(page, lines[target]!);
	await expect(control(page, 'Pause')).toBeVisible();
	await expect(note).toHaveCount(0);
	faultSurvived('interrupted');
});

test('`audio-busy`: waits a moment and speaks the same sentence', async ({ page }) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	const target = sentenceAfter(lines, 'Caracas and the region');
	await goToLine(page, target);
	faultInjected('audio-busy');
	await failNextUtterance(page, 'audio-busy');
	await control(page, 'Play').click();
	await expect.poll(async () => (await spokenTexts(page)).length).toBe(2);
	expect(await spokenTexts(page)).toEqual([lines[target], lines[target]]);
	await expect(control(page, 'Pause')).toBeVisible();
	await expectPlace(page, lines, target);
	await expect.poll(async () => (await highlights(page)).sentence).toBe(lines[target]);
	await expectNoAxeViolations(page, 'speaking after audio-busy');
	faultSurvived('audio-busy');
});

test('`not-allowed` (no user gesture yet): asks for Resume, keeps the sentence', async ({
	page
}) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	const target = sentenceAfter(lines, 'Law and humanitarian impact');
	await goToLine(page, target);
	faultInjected('not-allowed');
	await failNextUtterance(page, 'not-allowed');
	await control(page, 'Play').click();

	await expect(region(page).getByText(problems.notAllowed)).toBeVisible();
	await expect(control(page, 'Resume')).toBeVisible();
	await expectPlace(page, lines, target);
	await expectNoAxeViolations(page, 'after not-allowed');

	await control(page, 'Resume').click();
	await expectSpeaking(page, lines[target]!);
	await expect(control(page, 'Pause')).toBeVisible();
	await expect(region(page).getByText(problems.notAllowed)).toHaveCount(0);
	faultSurvived('not-allowed');
});

test('voices that never arrive: “Looking for voices…”, then said plainly; the place is kept', async ({
	page
}) => {
	test.setTimeout(60_000);
	faultInjected('no voices');
	await openArticle(page, { speech: { voices: [], voicesDelayMs: null } });
	const lines = await pageLines(page);
	const target = sentenceAfter(lines, 'The history of the phrase');
	await goToLine(page, target);
	await control(page, 'Play').click();
	await expect(control(page, 'Pause')).toBeVisible();
	await expect(region(page).getByRole('combobox', { name: 'Voice' })).toHaveText(
		'Looking for voices…'
	);
	await expect(region(page).getByText(problems.noVoice)).toBeVisible({ timeout: 15_000 });
	await expect(control(page, 'Resume')).toBeVisible();
	await expectPlace(page, lines, target);
	expect(await speechCalls(page)).toMatchObject({ speak: 0 });
	await expectNoAxeViolations(page, 'after no voice arrived');
	faultSurvived('no voices');
});

test('voices that arrive late: Play waits, then speaks the chosen sentence with an English voice', async ({
	page
}) => {
	faultInjected('late voices');
	await openArticle(page, { speech: { mode: 'manual', voicesDelayMs: 3_000 } });
	await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeDisabled();
	await control(page, 'Play').click();
	await expect(control(page, 'Pause')).toBeVisible();
	await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
	const lines = await pageLines(page);
	await expectSpeaking(page, lines[0]!);
	expect((await spokenLog(page)).map((u) => u.voiceURI)).toEqual(['fake-en-us']);
	await expectPlace(page, lines, 0);
	await expectNoAxeViolations(page, 'speaking after late voices');
	faultSurvived('late voices');
});

test('voices that change mid-article: the voice in use is removed; another English voice goes on', async ({
	page
}) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	const target = sentenceAfter(lines, 'The story');
	await goToLine(page, target);
	await control(page, 'Play').click();
	await expectSpeaking(page, lines[target]!);
	expect((await spokenLog(page)).at(-1)!.voiceURI).toBe('fake-en-us');
	faultInjected('voice removed while in use');
	await setFakeVoices(
		page,
		defaultFakeVoices.filter((v) => v.voiceURI !== 'fake-en-us')
	);
	await expect(region(page).getByRole('combobox', { name: 'Voice' })).toHaveValue('fake-en-gb');
	await finishUtterance(page);
	await expectSpeaking(page, lines[target + 1]!);
	expect((await spokenLog(page)).at(-1)!.voiceURI).toBe('fake-en-gb');
	await expectPlace(page, lines, target + 1);
	await expect(control(page, 'Pause')).toBeVisible();
	await expectNoAxeViolations(page, 'speaking after the voice was removed');
	faultSurvived('voice removed while in use');
});

test('`network` (a network voice offline): a local voice says the same sentence', async ({
	page
}) => {
	const networkVoice = {
		voiceURI: 'fake-en-network',
		name: 'Fake Online English',
		lang: 'en-US',
		localService: false,
		default: false
	};
	await openArticle(page, {
		speech: {
			mode: 'manual',
			voices: [networkVoice, ...defaultFakeVoices.filter((v) => v.lang !== 'en-US')]
		}
	});
	const voice = region(page).getByRole('combobox', { name: 'Voice' });
	await voice.selectOption('fake-en-network');
	const lines = await pageLines(page);
	const target = sentenceAfter(lines, 'Looking ahead');
	await goToLine(page, target);
	faultInjected('network voice offline');
	await failNextUtterance(page, 'network');
	await control(page, 'Play').click();
	await expect.poll(async () => (await spokenLog(page)).length).toBe(2);
	const [failed, again] = await spokenLog(page);
	// The same words (the sentence, or its first piece when long) again, with the local voice.
	expect(lines[target]!.startsWith(failed!.text)).toBe(true);
	expect(failed!.voiceURI).toBe('fake-en-network');
	expect(again).toMatchObject({ text: failed!.text, voiceURI: 'fake-en-gb' });
	await expect(control(page, 'Pause')).toBeVisible();
	await expectPlace(page, lines, target);
	await expect.poll(async () => (await highlights(page)).sentence).toBe(lines[target]);
	await expectNoAxeViolations(page, 'speaking with a local voice after a network failure');
	faultSurvived('network voice offline');
});

test('an engine that jams after a pause (nothing fires at all): said plainly, the place kept', async ({
	page
}) => {
	test.setTimeout(60_000);
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	const target = sentenceAfter(lines, 'Economic and strategic stakes');
	await goToLine(page, target);
	await control(page, 'Play').click();
	await expectSpeaking(page, lines[target]!);
	await control(page, 'Pause').click();
	faultInjected('jammed after pause');
	await jamSpeech(page, true);
	await control(page, 'Resume').click();
	await expect(control(page, 'Pause')).toBeVisible();
	// Tried again, then the player gives up and says so.
	await expect(region(page).getByText(problems.didNotStart)).toBeVisible({ timeout: 40_000 });
	await expect(control(page, 'Resume')).toBeVisible();
	// And what to try.
	await expect(
		region(page).getByText('Press Resume to try again.', { exact: false })
	).toBeVisible();
	await expectPlace(page, lines, target);
	expect(await speechCalls(page)).toMatchObject({ pause: 0, resume: 0 });
	await expectNoAxeViolations(page, 'after a jammed engine');

	await jamSpeech(page, false);
	await control(page, 'Resume').click();
	await expect(control(page, 'Pause')).toBeVisible();
	await expectSpeaking(page, lines[target]!);
	await expect.poll(() => fakeSpeaking(page)).toBe(true);
	await expect(region(page).getByText(problems.didNotStart)).toHaveCount(0);
	faultSurvived('jammed after pause');
});

test('100 rapid clicks of Play/Pause, Next and Previous in one second: one coherent state', async ({
	page
}) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	const start = sentenceAfter(lines, 'Where things stand');
	await goToLine(page, start);
	await control(page, 'Play').click();
	await expectSpeaking(page, lines[start]!);
	faultInjected('100 rapid clicks');
	// 100 clicks, 10 ms apart, through the buttons themselves (a seeded mix, as far back as forward).
	await page.evaluate(async () => {
		const buttons = [...document.querySelectorAll<HTMLButtonElement>('#player .transport button')];
		const byName = (name: string) => buttons.find((b) => b.textContent?.trim() === name)!;
		const toggle = document.querySelector<HTMLButtonElement>('#player .transport .toggle')!;
		const mix = [
			toggle,
			byName('Next sentence'),
			byName('Previous sentence'),
			byName('Next section'),
			byName('Previous section'),
			toggle
		];
		let seed = 3;
		for (let i = 0; i < 100; i++) {
			seed = (seed * 16807) % 2147483647;
			mix[seed % mix.length]!.click();
			await new Promise((resolve) => setTimeout(resolve, 10));
		}
	});

	// Whatever the last click left: the slider, the toggle and the voice agree.
	const value = Number(await position(page).inputValue());
	const line = value - 1;
	expect(line).toBeGreaterThanOrEqual(0);
	expect(line).toBeLessThan(lines.length - 1);
	if (await control(page, 'Pause').isVisible()) {
		await expectSpeaking(page, lines[line]!);
		await expect.poll(() => fakeSpeaking(page)).toBe(true);
		await expect.poll(async () => (await highlights(page)).sentence).toBe(lines[line]);
	} else {
		await expect(control(page, 'Resume')).toBeVisible();
		await expect.poll(() => fakeSpeaking(page)).toBe(false);
		await control(page, 'Resume').click();
		await expectSpeaking(page, lines[line]!);
	}
	await expectPlace(page, lines, line);
	await expectNoAxeViolations(page, 'after 100 rapid clicks');

	// And it carries on in order from there.
	const next = lines[line + 1]!;
	const before = (await spokenTexts(page)).length;
	for (let i = 0; i < 6; i++) {
		await finishUtterance(page);
		await expect.poll(async () => (await spokenTexts(page)).length).toBeGreaterThan(before + i);
		const last = (await spokenTexts(page)).at(-1)!;
		if (next.startsWith(last)) break;
	}
	await expectSpeaking(page, next);
	await expectPlace(page, lines, line + 1);
	// Only the rest of this sentence (if it had pieces) and then the next one.
	const after = (await spokenTexts(page)).slice(before);
	expect(lines[line]!.endsWith(after.slice(0, -1).join(' ').trim() || lines[line]!)).toBe(true);
	expect(next.startsWith(after.at(-1)!)).toBe(true);
	faultSurvived('100 rapid clicks');
});
