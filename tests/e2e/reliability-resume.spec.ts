/**
 * Nothing lost: the listening place survives a reload, a closed tab and a crashed browser (its
 * process killed with SIGKILL mid-sentence) to within one sentence; two tabs keep two articles'
 * places apart, and with the same article in two tabs the one that plays wins; a new version deployed
 * while the device is offline changes nothing until it is back online, and then keeps the place.
 * Each fault is counted for the totals line (totals.ts).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { profileBrowser } from './browser';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { spokenTexts, type FakeSpeechOptions } from './fake-speech';
import {
	StaticServer,
	buildDir,
	getPosition,
	serviceWorkerVersion,
	testPort,
	waitForServiceWorker
} from './pwa-support';
import { control, openArticle, pageLines, position, region } from './player-page';
import { seedUrl } from './seed';
import { faultInjected, faultSurvived } from './totals';

const seedId = seedUrl.split('/').pop()!;

/** A slow fake voice (0.3 s a word), so a sentence is still being spoken when the fault comes. */
const slowVoice: FakeSpeechOptions = { msPerWord: 300 };

/** The first sentence of at least `words` words after `heading`. */
function sentenceAfter(lines: string[], heading: string, words = 14): number {
	const start = lines.indexOf(heading);
	const found = lines.findIndex((line, i) => i > start && line.split(/\s+/).length >= words);
	expect(found).toBeGreaterThan(start);
	return found;
}

/** The word highlight's text (the word being spoken). */
function highlightedWord(page: Page): Promise<string> {
	return page.evaluate(() => {
		const highlight = CSS.highlights.get('hark-word');
		return highlight ? [...highlight].map((range) => String(range)).join('') : '';
	});
}

/** Plays from `line` and waits until the voice is part-way through it (a few words in). */
async function playIntoSentence(page: Page, lines: string[], line: number): Promise<void> {
	await position(page).fill(String(line + 1));
	await region(page)
		.getByRole('button', { name: /^(Play|Resume)$/ })
		.click();
	await expect(control(page, 'Pause')).toBeVisible();
	const words = lines[line]!.split(/\s+/);
	// Past the third word: mid-sentence.
	await expect
		.poll(async () => words.indexOf(await highlightedWord(page)))
		.toBeGreaterThanOrEqual(3);
	await expect(position(page)).toHaveValue(String(line + 1));
}

/**
 * After reopening: Resume is offered at a place within one sentence of `line`, and Resume speaks
 * from there. Returns the line it resumed at.
 */
async function expectResumesNear(page: Page, lines: string[], line: number): Promise<number> {
	await expect(control(page, 'Resume')).toBeVisible();
	await expect(region(page).getByText(/^Last time you stopped at “/)).toBeVisible();
	const resumed = Number(await position(page).inputValue()) - 1;
	expect(Math.abs(resumed - line)).toBeLessThanOrEqual(1);
	await expectNoAxeViolations(page, 'article offering to resume');
	await control(page, 'Resume').click();
	await expect(control(page, 'Pause')).toBeVisible();
	await expect
		.poll(async () => {
			const first = (await spokenTexts(page))[0] ?? '';
			return first.length > 0 && lines[resumed]!.startsWith(first);
		})
		.toBe(true);
	return resumed;
}

test('a reload mid-sentence: reopening resumes within one sentence', async ({ page }) => {
	await openArticle(page, { speech: slowVoice });
	const lines = await pageLines(page);
	const target = sentenceAfter(lines, 'Where things stand');
	await playIntoSentence(page, lines, target);
	faultInjected('reload mid-sentence');
	await page.reload();
	await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
	await expectResumesNear(page, lines, target);
	faultSurvived('reload mid-sentence');
});

test('a tab closed mid-sentence: a new tab resumes within one sentence', async ({
	context,
	page
}) => {
	await openArticle(page, { speech: slowVoice });
	const lines = await pageLines(page);
	const target = sentenceAfter(lines, 'Caracas and the region');
	await playIntoSentence(page, lines, target);
	faultInjected('tab closed mid-sentence');
	await page.close({ runBeforeUnload: true });
	const again = await context.newPage();
	await openArticle(again, { speech: slowVoice });
	await expectResumesNear(again, lines, target);
	faultSurvived('tab closed mid-sentence');
});

test('the browser killed (SIGKILL) mid-sentence: relaunched, it resumes within one sentence', async ({
	playwright,
	baseURL
}) => {
	test.setTimeout(90_000);
	const profile = mkdtempSync(join(tmpdir(), 'hark-crash-'));
	const { launch, foreign } = profileBrowser(playwright.chromium, profile, baseURL!);
	/** The PID of the browser process (not its renderers) started on this test's own profile. */
	const browserPid = (): number => {
		const processes = execFileSync('ps', ['-eo', 'pid=,args='], { encoding: 'utf8' }).split('\n');
		const main = processes.filter(
			(line) => line.includes(`--user-data-dir=${profile}`) && !line.includes('--type=')
		);
		expect(main, 'one browser process on the test profile').toHaveLength(1);
		return Number(main[0]!.trim().split(/\s+/)[0]);
	};
	try {
		const first = await launch();
		await openArticle(first.page, { speech: slowVoice });
		const lines = await pageLines(first.page);
		const target = sentenceAfter(lines, 'Law and humanitarian impact');
		await playIntoSentence(first.page, lines, target);
		faultInjected('browser killed mid-sentence');
		const pid = browserPid();
		process.kill(pid, 'SIGKILL');
		await expect.poll(() => first.context.pages().length, { timeout: 15_000 }).toBe(0);
		await first.context.close().catch(() => {});

		const second = await launch();
		await openArticle(second.page, { speech: slowVoice });
		await expectResumesNear(second.page, lines, target);
		await second.context.close();
		expect(foreign, 'requests to origins other than Hark').toEqual([]);
		faultSurvived('browser killed mid-sentence');
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
});

test('two tabs, two articles: each keeps its own place', async ({ context, page }) => {
	// A second article, imported.
	await page.goto('/add');
	const sentences = Array.from(
		{ length: 12 },
		(_, i) => `Sentence number ${i + 1} of the second story is here and has words to say.`
	);
	await page.getByLabel('Article text').fill(`Second story\n\n${sentences.join(' ')}`);
	await page.getByRole('button', { name: 'Add to library' }).click();
	await expect(page).toHaveURL(/\/read\?article=/);
	const secondUrl = new URL(page.url()).pathname + new URL(page.url()).search;
	const secondId = new URL(page.url()).searchParams.get('article')!;

	const tabA = await context.newPage();
	await openArticle(tabA, { speech: slowVoice });
	const tabB = await context.newPage();
	await openArticle(tabB, { url: secondUrl, speech: slowVoice });
	const linesA = await pageLines(tabA);
	const linesB = await pageLines(tabB);
	const targetA = sentenceAfter(linesA, 'Accountability');
	const targetB = linesB.findIndex((line) => line.startsWith('Sentence number 7 '));
	expect(targetB).toBeGreaterThan(0);

	faultInjected('two tabs, two articles');
	// Both play at once, interleaved, then both pause.
	await playIntoSentence(tabA, linesA, targetA);
	await playIntoSentence(tabB, linesB, targetB);
	await control(tabA, 'Pause').click();
	await control(tabB, 'Pause').click();
	await expect.poll(async () => (await getPosition(tabA, seedId))?.line).toBe(targetA);
	await expect.poll(async () => (await getPosition(tabB, secondId))?.line).toBe(targetB);

	await tabA.reload();
	await tabB.reload();
	await expect(region(tabA).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
	await expect(region(tabB).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
	await expect(position(tabA)).toHaveValue(String(targetA + 1));
	await expect(position(tabB)).toHaveValue(String(targetB + 1));
	await expect(control(tabA, 'Resume')).toBeVisible();
	await expect(control(tabB, 'Resume')).toBeVisible();
	await expectNoAxeViolations(tabB, 'second article offering to resume');
	faultSurvived('two tabs, two articles');
});

test('the same article in two tabs: the tab that plays wins; the idle one overwrites nothing', async ({
	context,
	page
}) => {
	await openArticle(page, { speech: slowVoice });
	const lines = await pageLines(page);
	const early = sentenceAfter(lines, 'The history of the phrase');
	const late = sentenceAfter(lines, 'Looking ahead');

	// Tab A goes to an early place and stops there.
	await playIntoSentence(page, lines, early);
	await control(page, 'Pause').click();
	await expect.poll(async () => (await getPosition(page, seedId))?.line).toBe(early);

	faultInjected('same article in two tabs');
	// Tab B opens the same article (offered A's place), and plays on from a later one.
	const tabB = await context.newPage();
	await openArticle(tabB, { speech: slowVoice });
	await expect(position(tabB)).toHaveValue(String(early + 1));
	await playIntoSentence(tabB, lines, late);
	await expect.poll(async () => (await getPosition(tabB, seedId))?.line).toBe(late);

	// A, idle with its old place, is closed: it must not write that place back.
	await page.close({ runBeforeUnload: true });
	await control(tabB, 'Pause').click();
	const reopened = await context.newPage();
	await openArticle(reopened, { speech: slowVoice });
	const resumed = await expectResumesNear(reopened, lines, late);
	expect(resumed).toBe(late);
	faultSurvived('same article in two tabs');
});

test.describe('an update of the app while offline', () => {
	// A copy of the build on a server of this test's own, so a new version can be deployed into it.
	const siteDir = join(tmpdir(), `hark-offline-update-${process.pid}`);
	const server = new StaticServer(siteDir, testPort + 201);
	test.use({ baseURL: server.origin, serviceWorkers: 'allow' });
	test.afterAll(async () => {
		await server.stop();
		rmSync(siteDir, { recursive: true, force: true });
	});

	/**
	 * Deploys a new version: the same files under a new build version (the service worker's bytes
	 * change, so the browser installs it as an update, exactly as after a real deploy).
	 */
	function deployNewVersion(): string {
		const versionFile = join(siteDir, '_app/version.json');
		const { version } = JSON.parse(readFileSync(versionFile, 'utf8')) as { version: string };
		const next = String(Number(version) + 1);
		const worker = join(siteDir, 'service-worker.js');
		const source = readFileSync(worker, 'utf8');
		expect(source).toContain(`\`${version}\``);
		writeFileSync(worker, source.replaceAll(`\`${version}\``, `\`${next}\``));
		writeFileSync(versionFile, JSON.stringify({ version: next }));
		return next;
	}

	test('nothing changes or breaks while offline; back online, the new version keeps the place', async ({
		context,
		page
	}) => {
		test.setTimeout(120_000);
		cpSync(buildDir, siteDir, { recursive: true });
		await server.start();
		await openArticle(page, { speech: { mode: 'manual' } });
		await waitForServiceWorker(page);
		const versionA = await serviceWorkerVersion(page);
		const lines = await pageLines(page);
		const target = sentenceAfter(lines, 'Where things stand');
		await position(page).fill(String(target + 1));
		await control(page, 'Play').click();
		await expect(control(page, 'Pause')).toBeVisible();
		await control(page, 'Pause').click();
		await expect.poll(async () => (await getPosition(page, seedId))?.line).toBe(target);

		faultInjected('update deployed while offline');
		await context.setOffline(true);
		const versionB = deployNewVersion();
		const notice = page.getByRole('complementary', { name: 'Update' });

		// Offline: the installed version opens from the device, whole, with the place kept.
		await page.reload();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(lines[0]!);
		await expect(control(page, 'Resume')).toBeVisible();
		await expect(position(page)).toHaveValue(String(target + 1));
		await expect(notice).toBeHidden();
		expect(await serviceWorkerVersion(page)).toBe(versionA);
		await expectNoAxeViolations(page, 'offline, a new version deployed but not reachable');

		// Back online: the new version is found, offered, and started on request; the place is kept.
		await context.setOffline(false);
		await page.reload();
		await expect(notice).toBeVisible({ timeout: 60_000 });
		const reloaded = page.waitForEvent('load');
		await notice.getByRole('button', { name: 'Reload' }).click();
		await reloaded;
		await waitForServiceWorker(page);
		expect(await serviceWorkerVersion(page)).toBe(versionB);
		await expect(control(page, 'Resume')).toBeVisible();
		await expect(position(page)).toHaveValue(String(target + 1));
		expect((await getPosition(page, seedId))?.line).toBe(target);
		faultSurvived('update deployed while offline');
	});
});

test('two tabs: a newer version upgrading the storage in one tab does not break the other', async ({
	context,
	page
}) => {
	await openArticle(page, { speech: { mode: 'manual' } });
	const lines = await pageLines(page);
	const target = sentenceAfter(lines, 'Accountability');
	await position(page).fill(String(target + 1));
	await control(page, 'Play').click();
	await expect(control(page, 'Pause')).toBeVisible();

	faultInjected('storage upgraded by a newer tab');
	// Another tab, as a newer Hark would, opens the database at the next version: it must not be
	// blocked by this tab's open connection.
	const newer = await context.newPage();
	await newer.goto('/robots.txt');
	const upgraded = await newer.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const probe = indexedDB.open('hark');
				probe.onsuccess = () => {
					const next = probe.result.version + 1;
					probe.result.close();
					const request = indexedDB.open('hark', next);
					request.onupgradeneeded = () => request.result.createObjectStore('from-a-newer-hark');
					request.onsuccess = () => (request.result.close(), resolve(next));
					request.onblocked = () => reject(new Error('the upgrade was blocked by the other tab'));
					request.onerror = () => reject(request.error);
				};
				probe.onerror = () => reject(probe.error);
			})
	);
	expect(upgraded).toBeGreaterThan(1);

	// The first tab goes on listening, moving and pausing as before, and says why nothing is kept now.
	await region(page).getByRole('button', { name: 'Next sentence' }).click();
	await expect(position(page)).toHaveValue(String(target + 2));
	await expect
		.poll(async () => {
			const last = (await spokenTexts(page)).at(-1) ?? '';
			return last.length > 0 && lines[target + 1]!.startsWith(last);
		})
		.toBe(true);
	await control(page, 'Pause').click();
	await expect(control(page, 'Resume')).toBeVisible();
	await page.getByRole('button', { name: 'Settings' }).click();
	const settings = page.getByRole('dialog', { name: 'Settings' });
	await expect(settings).toContainText('A newer version of Hark has updated its storage');
	await expectNoAxeViolations(page, 'settings after another tab upgraded the storage');
	faultSurvived('storage upgraded by a newer tab');
});
