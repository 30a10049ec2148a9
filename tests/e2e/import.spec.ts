import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations } from './fixtures';
import { finishUtterance, installFakeSpeech, spokenLog, spokenTexts } from './fake-speech';
import {
	scenarioHeadings as seedScenarioHeadings,
	sectionHeadings,
	seed,
	seedPath_,
	seedUrl
} from './seed';

// Parsing saved pages makes Chromium report each inline handler (and <base>) it will never use; nothing else is allowed.
test.use({
	allowedCspViolations:
		/^(Executing inline event handler|Setting the document's base URI to '[^']*') violates/
});

const corpus = resolve(process.cwd(), '../shared/corpus/readability-test-pages');

/** A script and an event handler that would set a global flag if anything from the page ran. */
const tripwire =
	'<script>window.__pageScriptRan = true</script><img src="x" onerror="window.__pageScriptRan = true">';

async function addFile(page: Page, name: string, body: string | Buffer, mimeType = 'text/html') {
	await page.goto('/add');
	await page
		.getByLabel(/Or open a file/)
		.setInputFiles({ name, mimeType, buffer: Buffer.from(body) });
	await page.getByRole('button', { name: 'Add to library' }).click();
}

async function addText(page: Page, text: string) {
	await page.goto('/add');
	await page.getByLabel('Article text').fill(text);
	await page.getByRole('button', { name: 'Add to library' }).click();
}

test('the library links to the add page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: 'Add article' }).click();
	await expect(page).toHaveURL('/add');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add an article');
	await expectNoAxeViolations(page);
});

test('pasted text becomes a listenable article with its own page, kept across reloads', async ({
	page
}) => {
	await addText(
		page,
		'A pasted story\n\nThe first paragraph is here. It has two sentences.\n\nThe second paragraph.'
	);
	await expect(page).toHaveURL(/\/read\?article=a-/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A pasted story');
	await expect(
		page.locator('[data-line]').filter({ hasText: 'It has two sentences.' })
	).toHaveCount(1);
	await expect(page.getByRole('region', { name: 'Listen to article' })).toBeVisible();
	await expectNoAxeViolations(page, 'imported article');
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A pasted story');
	// The same text again is a duplicate: offer to open the one already there.
	await addText(
		page,
		'A pasted story\n\nThe first paragraph is here. It has two sentences.\n\nThe second paragraph.'
	);
	await expect(page.getByRole('alert')).toContainText('already in your library');
	await page.getByRole('link', { name: 'Open it' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A pasted story');
});

test('an article copied in the seed’s format keeps its header apart and leaves the site’s player labels out', async ({
	page
}) => {
	await installFakeSpeech(page, { mode: 'manual' });
	const text = readFileSync(
		resolve(process.cwd(), '../shared/seed/000_b1d121bcdf4529b4.txt'),
		'utf8'
	);
	const lines = text.split('\n').filter((line) => line.trim() !== '');
	// Another article of the seed's publication (the seed itself ships with Hark: see below).
	const headline = 'Washington Weighs a Coalition of the Willing';
	await addText(page, text.replace(lines[0]!, headline));
	await expect(page).toHaveURL(/\/read\?article=a-/);
	const article = page.getByRole('article');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
	const header = article.locator('header');
	await expect(header).toContainText(lines[1]!);
	await expect(header).toContainText('AI Journalist: Marcus Williams');
	await expect(header).toContainText(lines[3]!);
	await header.getByText("View Journalist's Editorial Perspective").click();
	await expect(header.getByRole('blockquote')).toHaveText(lines[5]!.replace(/^"|"$/g, ''));
	await expect(article).not.toContainText('Click play to generate audio');
	await expect(article.getByText('Listen to Article', { exact: true })).toHaveCount(0);
	// Eight paragraphs, each on its own line in the text, each its own paragraph (the last is cut
	// into its scenarios, below).
	for (const paragraph of lines.slice(8, 15)) {
		await expect(article.locator('p').filter({ hasText: paragraph.slice(0, 80) })).toHaveCount(1);
	}
	await expectNoAxeViolations(page, 'an imported article with its header');

	await page
		.getByRole('region', { name: 'Listen to article' })
		.getByRole('button', { name: 'Play' })
		.click();
	await expect.poll(() => spokenTexts(page)).toEqual([headline]);
	await finishUtterance(page);
	await expect.poll(() => spokenTexts(page)).toEqual([headline, 'AI Journalist: Marcus Williams']);
	await finishUtterance(page);
	await expect
		.poll(async () => (await spokenTexts(page)).at(-1))
		.toBe(
			'Washington is quietly weighing a new variant of a familiar playbook: assembling a coalition of the willing to confront the Maduro regime in Venezuela.'
		);

	// The last paragraph's three scenarios can be reached by name, from Contents and by ear.
	const scenarioHeadings = [
		'Scenario 1: One scenario envisions a tightly scoped…',
		'Scenario 2: A second, more ambitious path could…',
		'Scenario 3: A third outcome is a cautious…'
	];
	await expect(page.getByRole('heading', { level: 3 })).toHaveText(scenarioHeadings);
	const contents = page.getByRole('navigation', { name: 'Contents' });
	for (const heading of scenarioHeadings)
		await expect(contents.getByRole('link', { name: heading })).toHaveCount(1);
	await page.getByRole('button', { name: `Listen to ${scenarioHeadings[1]}`, exact: true }).click();
	await expect.poll(async () => (await spokenTexts(page)).at(-1)).toBe('Scenario 2');
	await finishUtterance(page);
	await expect
		.poll(async () => (await spokenTexts(page)).at(-1))
		.toBe(
			'A second, more ambitious path could see a broader, formalized group of countries endorsing a unified strategy with clear timeframes and explicit governance reforms as the objective.'
		);
	await expectNoAxeViolations(page, 'an imported article’s scenario');
});

test('a file in Hark’s own article format opens as the bundled article does', async ({ page }) => {
	const source = readFileSync(
		resolve(process.cwd(), 'content/articles/coalition-of-the-willing-venezuela.md'),
		'utf8'
	);
	// Another article in the bundled one's format (the bundled one itself is in the library already).
	const headline = 'Washington Weighs a Coalition of the Willing';
	await addFile(
		page,
		'coalition.md',
		source.replace(/^headline: .*$/m, `headline: ${headline}`),
		'text/markdown'
	);
	await expect(page).toHaveURL(/\/read\?article=a-/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline);
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(sectionHeadings);
	await expect(page.getByRole('heading', { level: 3 })).toHaveText(seedScenarioHeadings);
	await expect(page.getByRole('article').locator('header')).toContainText(
		'AI Journalist: Marcus Williams'
	);
	await expect(page.getByRole('article')).not.toContainText(':::');
	await expectNoAxeViolations(page, 'a Hark article file, imported');
});

test('the seed brought again, as text or as its file, opens the article already in the library', async ({
	page
}) => {
	await addText(page, readFileSync(seedPath_, 'utf8'));
	await expect(page.getByRole('alert')).toContainText('This article is already in your library.');
	await expect(page.getByRole('link', { name: 'Open it' })).toHaveAttribute('href', seedUrl);
	await expectNoAxeViolations(page, 'the seed brought again');
	await addFile(
		page,
		'coalition.md',
		readFileSync(
			resolve(process.cwd(), 'content/articles/coalition-of-the-willing-venezuela.md'),
			'utf8'
		),
		'text/markdown'
	);
	await expect(page.getByRole('alert')).toContainText('This article is already in your library.');
	await page.getByRole('link', { name: 'Open it' }).click();
	await expect(page).toHaveURL(seedUrl);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.headline);
	// Nothing was added: the library lists the bundled article once.
	await page.goto('/');
	await expect(page.getByRole('link', { name: seed.headline })).toHaveCount(1);
});

test('L on a scenario heading that is not spoken itself listens from its first sentence', async ({
	page
}) => {
	await installFakeSpeech(page, { mode: 'manual' });
	await addText(
		page,
		[
			'Tax plan',
			'Analysts describe three outcomes.',
			'Scenario 1: A quick deal. Talks resume in spring.',
			'Scenario 2 — A new exemption. Small firms pay less.',
			'Scenario 3: Collapse. Talks fail.'
		].join('\n\n')
	);
	await expect(page).toHaveURL(/\/read\?article=a-/);
	// The heading is made from the scenario's own words, which open with its label: not spoken.
	await page
		.getByRole('navigation', { name: 'Contents' })
		.getByRole('link', { name: 'Scenario 2: A new exemption' })
		.click();
	await expect(page.getByRole('heading', { name: 'Scenario 2: A new exemption' })).toBeFocused();
	await page.keyboard.press('l');
	await expect
		.poll(async () => (await spokenTexts(page)).at(-1))
		.toBe('Scenario 2 — A new exemption.');
	await expectNoAxeViolations(page, 'an imported article with labelled scenarios');
});

test('a long page opens at its top, whole, and is the same article after a reload', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 640 });
	const sections = Array.from(
		{ length: 40 },
		(_, i) =>
			`<h2>Part ${i + 1}</h2>` +
			Array.from(
				{ length: 4 },
				(_, p) => `<p>Paragraph ${p + 1} of part ${i + 1} begins. It goes on a while. It ends.</p>`
			).join('')
	).join('');
	await page.goto('/add');
	await page.getByLabel(/Or open a file/).setInputFiles({
		name: 'long.html',
		mimeType: 'text/html',
		buffer: Buffer.from(
			`<!doctype html><html lang="en"><head><title>A long page</title></head><body><article><h1>A long page</h1>${sections}${tripwire}</article></body></html>`
		)
	});
	const add = page.getByRole('button', { name: 'Add to library' });
	await add.scrollIntoViewIfNeeded();
	expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
	// Every scroll position the article page passes through, to tell a jump to the top from a glide.
	await page.evaluate(() => {
		const seen: number[] = [];
		(window as unknown as { __articleScrolls: number[] }).__articleScrolls = seen;
		addEventListener('scroll', () => location.pathname === '/read' && seen.push(window.scrollY));
	});
	await add.click();
	await expect(page).toHaveURL(/\/read\?article=a-/);
	const headline = page.getByRole('heading', { level: 1 });
	await expect(headline).toHaveText('A long page');
	// The add page was scrolled to its button; the new article opens at its top, at once.
	await expect(headline).toBeInViewport();
	expect(await page.evaluate(() => window.scrollY)).toBe(0);
	const scrolls = await page.evaluate(
		() => (window as unknown as { __articleScrolls: number[] }).__articleScrolls
	);
	expect(scrolls.filter((y) => y !== 0)).toEqual([]);
	const lastSentence = page
		.locator('[data-line]')
		.filter({ hasText: 'Paragraph 4 of part 40 begins.' });
	await expect(lastSentence).toHaveCount(1);
	const shown = await page
		.locator('#article [data-line]')
		.evaluateAll((elements) =>
			elements.map((e) => `${e.getAttribute('data-line')} ${e.textContent}`)
		);
	expect(shown.length).toBe(1 + 40 + 40 * 4 * 3);
	expect(await page.evaluate(() => 'no script ran: ' + !('__pageScriptRan' in window))).toBe(
		'no script ran: true'
	);
	await expectNoAxeViolations(page, 'long imported article');
	// After a reload the page reads the article from the library: exactly the same lines.
	await page.reload();
	await expect(headline).toHaveText('A long page');
	await expect(lastSentence).toHaveCount(1);
	expect(
		await page
			.locator('#article [data-line]')
			.evaluateAll((elements) =>
				elements.map((e) => `${e.getAttribute('data-line')} ${e.textContent}`)
			)
	).toEqual(shown);
	await page.goto('/');
	await expect(
		page.getByRole('list', { name: 'Articles' }).getByRole('link', { name: 'A long page' })
	).toBeVisible();
});

test('a right-to-left article reads right to left; a left-to-right one takes the page direction', async ({
	page
}) => {
	await addText(
		page,
		'مقال تجريبي\n\nهذا نص عربي طويل بما يكفي لمعرفة لغته واتجاهه بسهولة تامة. وهذه جملة ثانية.'
	);
	await expect(page).toHaveURL(/\/read\?article=a-/);
	const article = page.locator('article#article');
	await expect(article).toHaveAttribute('dir', 'rtl');
	await expect(article).toHaveAttribute('lang', 'ar');
	expect(await article.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
	await expectNoAxeViolations(page, 'right-to-left article');

	await page.goto('/articles/coalition-of-the-willing-venezuela');
	await expect(article).not.toHaveAttribute('dir');
	expect(await article.evaluate((element) => getComputedStyle(element).direction)).toBe('ltr');
});

test('an article in a language the device has no voice for is read by one in the listener’s language, and the player says so', async ({
	page
}) => {
	// The fake device has Afrikaans (its default), English and French voices; the browser's language is English.
	await installFakeSpeech(page, { mode: 'manual' });
	await addText(
		page,
		'Una solución para el río\n\nEl gobierno anunció ayer un plan para limpiar el río antes del verano. Los vecinos esperan que funcione esta vez.'
	);
	await expect(page).toHaveURL(/\/read\?article=a-/);
	await expect(page.locator('article#article')).toHaveAttribute('lang', 'es');
	const region = page.getByRole('region', { name: 'Listen to article' });
	await region.getByRole('button', { name: 'Play' }).click();
	await expect.poll(async () => (await spokenLog(page)).length).toBeGreaterThan(0);
	const [first] = await spokenLog(page);
	expect(first).toMatchObject({ text: 'Una solución para el río', lang: 'es' });
	expect(first!.voiceName).toMatch(/^Fake English/);
	const voice = region.getByLabel('Voice');
	await expect(voice).toHaveAccessibleDescription(
		/^This device has no voice for Spanish, so Fake English \(\w+\) reads it\./
	);
	await expectNoAxeViolations(page, 'article read by a voice for another language');
});

test('Markdown headings become sections', async ({ page }) => {
	await addText(
		page,
		'# Markdown title\n\nIntro text.\n\n## First part\n\nSome *emphasis* here.\n\n## Second part\n\nMore.'
	);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Markdown title');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText([
		'Intro text',
		'First part',
		'Second part'
	]);
	await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveCount(3);
});

test('a list stays a list a screen reader counts, its items heard in order', async ({ page }) => {
	await installFakeSpeech(page, { msPerWord: 5 });
	await addText(
		page,
		'# Repotting a fern\n\nYou will need a few things.\n\n1. A wider pot.\n2. Fresh soil.\n   - Peat-free, ideally.\n3. A saucer.\n\nWater it well afterwards.'
	);
	const list = page.locator('#article').getByRole('list').filter({ hasText: 'A wider pot.' });
	await expect(list.getByRole('listitem')).toHaveText([
		'A wider pot.',
		/^Fresh soil\.\s*Peat-free, ideally\.$/,
		'A saucer.'
	]);
	expect(await list.evaluate((element) => element.tagName)).toBe('OL');
	await expectNoAxeViolations(page, 'article with a list');
	await page.getByRole('button', { name: 'Play' }).click();
	await expect
		.poll(() => spokenTexts(page), { timeout: 10_000 })
		.toEqual(expect.arrayContaining(['Water it well afterwards.']));
	const spoken = await spokenTexts(page);
	expect(spoken.slice(spoken.indexOf('You will need a few things.'))).toEqual([
		'You will need a few things.',
		'A wider pot.',
		'Fresh soil.',
		'Peat-free, ideally.',
		'A saucer.',
		'Water it well afterwards.'
	]);
});

test('bad input gets a clear alert and leaves the library intact', async ({ page }) => {
	await addText(page, '   \n\n  ');
	await expect(page.getByRole('alert')).toContainText('no text');
	await addFile(
		page,
		'photo.txt',
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
		'text/plain'
	);
	await expect(page.getByRole('alert')).toContainText('not a text file');
	await addFile(page, 'huge.txt', Buffer.alloc(5 * 1024 * 1024 + 10, 'a'), 'text/plain');
	await expect(page.getByRole('alert')).toContainText('up to 5 MB');
	await addFile(page, 'nothing.html', '<html><body><script>1</script></body></html>');
	await expect(page.getByRole('alert')).toContainText('no article text');
	await expectNoAxeViolations(page, 'add page with an error');
});

test('a shared bare URL is explained, shared text is filled in', async ({ page, request }) => {
	const manifest = await (await request.get('/manifest.webmanifest')).json();
	expect(manifest.share_target).toEqual({
		action: '/add',
		method: 'GET',
		enctype: 'application/x-www-form-urlencoded',
		params: { title: 'title', text: 'text', url: 'url' }
	});
	await page.goto('/add?url=https%3A%2F%2Fexample.com%2Fstory');
	await expect(page.getByRole('alert')).toContainText('cannot fetch web pages');
	await page.goto('/add?title=Shared%20title&text=Shared%20body%20text.');
	await expect(page.getByLabel('Article text')).toHaveValue('Shared title\n\nShared body text.');
});

test('real saved pages import safely: titles, listenable sentences, no page script runs', async ({
	page
}) => {
	test.setTimeout(15 * 60_000);
	const names = readdirSync(corpus).sort();
	let good = 0;
	const problems: string[] = [];
	const sampleForAxe = new Set(['001', 'ars-1', 'wikipedia', 'hukumusume', 'ietf-1']);
	for (const name of names) {
		const expected = JSON.parse(readFileSync(`${corpus}/${name}/expected-metadata.json`, 'utf8'));
		const html = readFileSync(`${corpus}/${name}/source.html`, 'utf8').replace(
			/<head[^>]*>/i,
			(m) => m + tripwire
		);
		await addFile(page, `${name}.html`, html + tripwire);
		const outcome = await Promise.race([
			page.waitForURL(/\/read\?article=/, { timeout: 30_000 }).then(() => 'article' as const),
			page
				.getByRole('alert')
				.waitFor({ timeout: 30_000 })
				.then(() => 'alert' as const)
		]);
		expect(
			await page.evaluate(() => (window as { __pageScriptRan?: boolean }).__pageScriptRan)
		).toBeUndefined();
		if (outcome === 'alert' && (await page.getByRole('link', { name: 'Open it' }).count()) > 0) {
			// The same article text was imported from another page already: open that one.
			await page.getByRole('link', { name: 'Open it' }).click();
			await page.waitForURL(/\/read\?article=/);
		} else if (outcome === 'alert') {
			const message = await page.getByRole('alert').first().textContent();
			expect(message?.trim().length, `${name}: the error is said in words`).toBeGreaterThan(10);
			problems.push(`${name}: error "${message?.trim()}"`);
			continue;
		}
		const headline = page.getByRole('heading', { level: 1 });
		await expect(headline).toBeVisible();
		const title = (await headline.textContent()) ?? '';
		const sentences = await page.locator('.article-text [data-line]').count();
		if (title.trim() === expected.title.trim() && sentences > 0) good++;
		else
			problems.push(
				`${name}: title "${title}" (expected "${expected.title}"), ${sentences} sentences`
			);
		if (sampleForAxe.has(name)) await expectNoAxeViolations(page, `imported ${name}`);
	}
	console.log(
		`Real pages: ${good} of ${names.length} imported with the expected title and listenable sentences`
	);
	if (problems.length) console.log(problems.join('\n'));
	expect(good / names.length).toBeGreaterThanOrEqual(0.95);
});

test('a file chosen before the page is live is still the one imported', async ({ page }) => {
	// Hold the app's scripts back, as a slow phone would, while the file is chosen.
	let release = () => {};
	const held = new Promise<void>((done) => (release = done));
	await page.route('**/_app/immutable/**', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/add', { waitUntil: 'domcontentloaded' });
	await page.getByLabel(/Or open a file/).setInputFiles({
		name: 'early.md',
		mimeType: 'text/markdown',
		buffer: Buffer.from('# An early choice\n\nChosen before the page was live.')
	});
	expect(await page.locator('html[data-hydrated]').count()).toBe(0);
	release();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: 'Add to library' }).click();
	await expect(page).toHaveURL(/\/read\?article=/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('An early choice');
	await expectNoAxeViolations(page, 'article from a file chosen early');
});
