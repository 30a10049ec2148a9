/**
 * What a screen-reader and keyboard user relies on: the article page's accessibility tree (locked as
 * an ARIA snapshot), skip links first, an unbroken heading outline on every route, the scenarios as a
 * counted list, Contents following the reader, the two dialogs (focus in, Escape, focus back), and
 * reading settings that persist and apply before first paint.
 */
import { test, expect, expectNoAxeViolations } from './fixtures';
import { routes, openRoute } from './routes';
import AxeBuilder from '@axe-core/playwright';
import { hydrated, lighthouseAxeRules, openDialog, usePrefs } from './a11y-support';
import { scenarioHeadings, sectionHeadings, seed, seedUrl } from './seed';
import { shortcuts } from '../../src/lib/a11y/shortcuts';
import { installFakeSpeech, setFakeSpeech, spokenLog, spokenTexts } from './fake-speech';

/** A YAML list item for an ARIA snapshot template, quoted when the text needs it. */
const item = (text: string) => (/: |^['"]/.test(text) ? `'${text.replace(/'/g, "''")}'` : text);
/** An accessible name in an ARIA snapshot template. */
const name = (text: string) => JSON.stringify(text);

test('the article page’s accessibility tree: landmarks, outline, Contents, scenarios, player', async ({
	page
}) => {
	await installFakeSpeech(page);
	await page.goto(seedUrl);
	const region = page.getByRole('region', { name: 'Listen to article' });
	await expect(region.getByRole('combobox', { name: 'Voice' })).toBeEnabled();
	const contentsItems = [
		...sectionHeadings.map(
			(h) => `            - listitem:\n              - ${item(`link ${name(h)}`)}`
		),
		'              - list:',
		...scenarioHeadings.map(
			(h) => `                - listitem:\n                  - ${item(`link ${name(h)}`)}`
		)
	];
	const outline = sectionHeadings.map(
		(h) =>
			`        - ${item(`heading ${name(h)} [level=2]`)}\n        - ${item(`button ${name(`Listen from ${h}`)}`)}`
	);
	const scenarios = scenarioHeadings.map(
		(h, i) =>
			`          - listitem:\n            - ${item(`heading ${name(h)} [level=3]`)}\n            - ${item(`button ${name(`Listen to ${h}`)}`)}\n            - paragraph: Scenario ${i + 1} of 3`
	);
	await expect(page.locator('body')).toMatchAriaSnapshot(`
    - list:
      - listitem:
        - link "Skip to article"
      - listitem:
        - link "Skip to player"
    - banner:
      - link /Hark/
      - button "Settings"
      - button "Keyboard shortcuts"
    - main:
      - ${item(`article ${name(seed.headline)}`)}:
        - ${item(`heading ${name(seed.headline)} [level=1]`)}
        - region "Listen to article":
          - slider "Speed"
          - combobox "Voice"
          - button "Previous section"
          - button "Previous sentence"
          - button "Play"
          - button "Next sentence"
          - button "Next section"
          - slider "Position"
        - navigation "Contents":
          - list:
${contentsItems.join('\n')}
${outline.join('\n')}
        - list "Scenarios":
${scenarios.join('\n')}
    - contentinfo:
      - paragraph:
        - link "Accessibility"
  `);
});

// Chromium leaves text it has not drawn (content-visibility: auto) out of the accessibility tree:
// on a phone, with nothing scrolled, every heading, Listen button and sentence must be there.
test('the whole article is in Chromium’s accessibility tree before any scrolling, on a phone', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 640 });
	await page.goto(seedUrl);
	await hydrated(page);
	const cdp = await page.context().newCDPSession(page);
	const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
		nodes: { ignored: boolean; role?: { value: string }; name?: { value: string } }[];
	};
	const shown = nodes.filter((node) => !node.ignored);
	const named = (role: string) =>
		shown.filter((node) => node.role?.value === role).map((node) => node.name?.value ?? '');
	expect(named('heading')).toEqual(
		expect.arrayContaining([seed.headline, ...sectionHeadings, ...scenarioHeadings])
	);
	expect(named('button').filter((n) => /^Listen (from|to) /.test(n))).toHaveLength(
		sectionHeadings.length + scenarioHeadings.length
	);
	const text = named('StaticText').join(' ');
	const sentences = await page.locator('#article [data-line]').allTextContents();
	expect(sentences.length).toBeGreaterThan(40);
	expect(sentences.filter((sentence) => !text.includes(sentence.trim().slice(0, 40)))).toEqual([]);
});

test('skip links come first: "Skip to article" then "Skip to player" on an article', async ({
	page
}) => {
	await page.goto(seedUrl);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('link', { name: 'Skip to article' })).toBeFocused();
	await expect(page.getByRole('link', { name: 'Skip to article' })).toBeInViewport();
	await page.keyboard.press('Tab');
	const skipToPlayer = page.getByRole('link', { name: 'Skip to player' });
	await expect(skipToPlayer).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: 'Listen to article' })).toBeFocused();
});

for (const route of routes.filter((r) => !r.path.startsWith('/articles/') && !r.prepare))
	test(`"Skip to content" comes first on the ${route.name} page and lands on main`, async ({
		page
	}) => {
		await openRoute(page, route);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('main')).toBeFocused();
	});

for (const route of routes)
	test(`the ${route.name} page has one h1 and no skipped heading levels`, async ({ page }) => {
		await openRoute(page, route);
		await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
		const levels = await page
			.locator('h1, h2, h3, h4, h5, h6')
			.evaluateAll((headings) =>
				headings.filter((h) => !h.closest('dialog')).map((h) => Number(h.tagName.slice(1)))
			);
		expect(levels[0]).toBe(1);
		for (let i = 1; i < levels.length; i++)
			expect(levels[i]!, `heading ${i + 1} of ${levels.join(',')}`).toBeLessThanOrEqual(
				levels[i - 1]! + 1
			);
	});

test('the scenarios are a list of 3, each with "Scenario N of 3" and its neighbours', async ({
	page
}) => {
	await page.goto(seedUrl);
	const list = page.getByRole('list', { name: 'Scenarios' });
	const items = list.locator(':scope > li');
	await expect(items).toHaveCount(3);
	for (let i = 0; i < 3; i++) {
		const item = items.nth(i);
		await expect(item.getByRole('heading', { level: 3 })).toHaveText(scenarioHeadings[i]!);
		await expect(item.getByText(`Scenario ${i + 1} of 3`)).toBeAttached();
		await expect(item.getByRole('link', { name: 'Previous scenario' })).toHaveCount(i > 0 ? 1 : 0);
		await expect(item.getByRole('link', { name: 'Next scenario' })).toHaveCount(i < 2 ? 1 : 0);
	}
	await items.nth(0).getByRole('link', { name: 'Next scenario' }).click();
	await expect(page.getByRole('heading', { name: scenarioHeadings[1] })).toBeFocused();
});

test('Contents marks the section being read as the current location while scrolling', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto(seedUrl);
	const contents = page.getByRole('navigation', { name: 'Contents' });
	const current = contents.locator('[aria-current="location"]');
	await expect(current).toHaveCount(0);
	for (const heading of ['Where things stand', 'Accountability', 'The story']) {
		await page
			.getByRole('heading', { name: heading, exact: true })
			.evaluate((h) => h.scrollIntoView({ block: 'start' }));
		await expect(current).toHaveCount(1);
		await expect(current).toHaveText(heading);
	}
	await page.evaluate(() => window.scrollTo(0, 0));
	await expect(current).toHaveCount(0);
	// Choosing a section in Contents makes it current, too.
	await contents.getByRole('link', { name: 'Law and humanitarian impact' }).click();
	await expect(current).toHaveText('Law and humanitarian impact');
});

test('Settings opens as a dialog with focus inside; Escape closes it and focus returns', async ({
	page
}) => {
	await page.goto(seedUrl);
	const button = page.getByRole('button', { name: 'Settings', exact: true });
	const dialog = await openDialog(page, button, 'Settings');
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expect(dialog.locator(':focus')).toHaveCount(1);
	// Tab moves among the dialog's controls, never into the page behind it.
	for (let i = 0; i < 5; i++) {
		await page.keyboard.press('Tab');
		const inDialog = await page.evaluate(
			() => !!document.activeElement?.closest('dialog') || document.activeElement === document.body
		);
		expect(inDialog).toBe(true);
	}
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
	await expect(button).toHaveAttribute('aria-expanded', 'false');

	// Keyboard only: open it with Enter, close it with its Close button.
	await page.keyboard.press('Enter');
	await expect(dialog).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect(dialog).toBeHidden();
	await expect(button).toBeFocused();
});

test('"?" opens the Keyboard shortcuts dialog listing every shortcut; focus returns on close', async ({
	page
}) => {
	await page.goto(seedUrl);
	await hydrated(page);
	const contentsLink = page
		.getByRole('navigation', { name: 'Contents' })
		.getByRole('link', { name: 'Accountability' });
	await contentsLink.focus();
	await page.keyboard.press('Shift+?');
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	await expect(dialog).toBeVisible();
	await expect(dialog.locator(':focus')).toHaveCount(1);
	const rows = dialog.locator('tbody tr');
	await expect(rows).toHaveCount(shortcuts.length);
	for (const shortcut of shortcuts)
		await expect(
			dialog.getByRole('cell', { name: shortcut.description, exact: true })
		).toBeVisible();
	await expect(
		dialog.getByRole('row', { name: /Question mark Show keyboard shortcuts/ })
	).toBeVisible();
	await expectNoAxeViolations(page, 'shortcuts dialog');
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(contentsLink).toBeFocused();

	// The header button opens it too, and typing "?" in a field does not.
	await openDialog(
		page,
		page.getByRole('button', { name: 'Keyboard shortcuts' }),
		'Keyboard shortcuts'
	);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();
});

test('"?" pressed before the browser reports the dialog closed still opens it again', async ({
	page
}) => {
	// The browser fires a dialog's `close` event in a later task; on a busy page a key press can
	// arrive first. Both ways of closing (Escape's request and the Close button) then "?" in one task.
	await page.goto(seedUrl);
	await hydrated(page);
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	for (const how of ['requestClose', 'close'] as const) {
		await page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first().focus();
		await page.keyboard.press('Shift+?');
		await expect(dialog).toBeVisible();
		await page.evaluate((how) => {
			const element = document.querySelector<HTMLDialogElement>('dialog[open]')!;
			if (how === 'requestClose') element.requestClose();
			else element.querySelector<HTMLButtonElement>('button.close')!.click();
			window.dispatchEvent(new KeyboardEvent('keydown', { key: '?', shiftKey: true }));
		}, how);
		// Let the late close event arrive, then the dialog must still be open.
		await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
		await expect(dialog).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
	}
});

test('focus moved on just after a dialog closed stays there when the late close event comes', async ({
	page
}) => {
	// Focus goes back to the opener as the dialog closes, once: the browser's `close` event, a task
	// later, must not pull it back from wherever it went in between.
	await page.goto(seedUrl);
	await hydrated(page);
	const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
	const contentsLink = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first();
	for (const how of ['requestClose', 'close'] as const) {
		await contentsLink.focus();
		await page.keyboard.press('Shift+?');
		await expect(dialog).toBeVisible();
		const focusedOpener = await page.evaluate(async (how) => {
			const element = document.querySelector<HTMLDialogElement>('dialog[open]')!;
			if (how === 'requestClose') element.requestClose();
			else element.querySelector<HTMLButtonElement>('button.close')!.click();
			await Promise.resolve();
			const opener = document.activeElement?.textContent ?? '';
			document.querySelector<HTMLElement>('#player')!.focus();
			return opener;
		}, how);
		expect(focusedOpener).toBe(await contentsLink.textContent());
		await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
		await expect(dialog).toBeHidden();
		await expect(page.locator('#player')).toBeFocused();
	}
});

test('the accessibility statement lists the keyboard shortcuts from the one table', async ({
	page
}) => {
	await page.goto('/accessibility');
	for (const heading of [
		'Conformance',
		'How Hark works with screen readers',
		'Keyboard',
		'Known limits',
		'Report a problem'
	])
		await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
	await expect(page.getByText('WCAG) 2.2 at level AA')).toBeVisible();
	await expect(page.locator('main tbody tr')).toHaveCount(shortcuts.length);
	for (const shortcut of shortcuts)
		await expect(page.getByRole('cell', { name: shortcut.description, exact: true })).toBeVisible();
});

test('settings are saved, applied before first paint, and survive a reload without the app', async ({
	page
}) => {
	await page.goto('/');
	const dialog = await openDialog(
		page,
		page.getByRole('button', { name: 'Settings', exact: true }),
		'Settings'
	);
	await dialog.getByRole('radio', { name: 'Dark' }).check();
	await dialog.getByRole('radio', { name: 'Sans serif (the system’s)' }).check();
	const size = dialog.getByRole('slider', { name: 'Text size' });
	await size.focus();
	for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
	await expect(dialog.locator('.range-value').first()).toHaveText('150%');
	await dialog.getByLabel('Line spacing').selectOption({ label: 'Loose' });
	await dialog.getByLabel('Text column width').selectOption({ label: 'Narrow' });
	await dialog.getByRole('checkbox', { name: 'Reduce motion' }).check();
	await dialog.getByRole('checkbox', { name: 'Announce sections while listening' }).check();
	const html = page.locator('html');
	await expect(html).toHaveAttribute('data-theme', 'dark');
	await expect(html).toHaveCSS('font-size', '24px');
	await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(21, 21, 21)');
	await page.keyboard.press('Escape');

	// Reloaded with every app script blocked: only static/reading-prefs.js can have applied them.
	await page.route('**/_app/**/*.js', (route) => route.abort());
	await page.reload();
	await expect(html).toHaveAttribute('data-theme', 'dark');
	await expect(html).toHaveAttribute('data-typeface', 'sans');
	await expect(html).toHaveAttribute('data-reduce-motion', 'true');
	await expect(html).toHaveCSS('font-size', '24px');
	await expect(html).toHaveCSS('scroll-behavior', 'auto');
	await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(21, 21, 21)');
	await expect(page.locator('body')).toHaveCSS('line-height', '52.8px');
	await page.unroute('**/_app/**/*.js');

	// With the app, the dialog shows what is stored (IndexedDB is the record).
	await page.reload();
	const again = await openDialog(
		page,
		page.getByRole('button', { name: 'Settings', exact: true }),
		'Settings'
	);
	await expect(again.getByRole('radio', { name: 'Dark' })).toBeChecked();
	await expect(again.getByRole('slider', { name: 'Text size' })).toHaveValue('150');
	await expect(again.getByLabel('Line spacing')).toHaveValue('2.2');
	await expect(again.getByLabel('Text column width')).toHaveValue('30');
	await expect(
		again.getByRole('checkbox', { name: 'Announce sections while listening' })
	).toBeChecked();
	await expect(
		again.getByText('Hark keeps your articles, your place and your settings on this device.')
	).toBeVisible();
	await expect(
		again.getByText(/This site uses .+ of the .+ your browser allows it\./)
	).toBeVisible();
	const pitch = again.getByRole('slider', { name: 'Pitch' });
	await pitch.focus();
	await page.keyboard.press('ArrowRight');
	await expect(pitch).toHaveValue('1.1');
	await again.getByRole('checkbox', { name: 'Play the next queued article' }).uncheck();
	await again.getByRole('button', { name: 'Reset reading settings' }).click();
	await expect(html).not.toHaveAttribute('data-theme');
	await expect(html).toHaveCSS('font-size', '16px');
	// Everything the dialog sets goes back: the voice's pitch and the queue's autoplay too.
	await expect(pitch).toHaveValue('1');
	await expect(again.getByRole('checkbox', { name: 'Play the next queued article' })).toBeChecked();
	await expect(
		again.getByRole('checkbox', { name: 'Announce sections while listening' })
	).not.toBeChecked();
});

test('motion follows the device and the reader: smooth scrolling only when neither asks for less', async ({
	page
}) => {
	const html = page.locator('html');
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('/');
	await expect(html).toHaveCSS('scroll-behavior', 'smooth');
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await expect(html).toHaveCSS('scroll-behavior', 'auto');
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await usePrefs(page, { reduceMotion: true });
	await page.reload();
	await expect(html).toHaveCSS('scroll-behavior', 'auto');
});

test('Atkinson Hyperlegible downloads only once chosen, from Hark itself', async ({ page }) => {
	const fontRequests: string[] = [];
	page.on('request', (request) => {
		if (/atkinson/i.test(request.url())) fontRequests.push(request.url());
	});
	await page.goto(seedUrl);
	await hydrated(page);
	expect(fontRequests).toEqual([]);
	const dialog = await openDialog(
		page,
		page.getByRole('button', { name: 'Settings', exact: true }),
		'Settings'
	);
	await dialog.getByRole('radio', { name: 'Atkinson Hyperlegible (for low vision)' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-typeface', 'atkinson');
	await expect
		.poll(() => page.evaluate(() => document.fonts.check('16px "Atkinson Hyperlegible"')))
		.toBe(true);
	expect(fontRequests.length).toBeGreaterThan(0);
	expect(fontRequests.every((url) => url.includes('.woff2'))).toBe(true);
	await expect(page.locator('.article-text')).toHaveCSS('font-family', /Atkinson Hyperlegible/);
});

/** The one announcer's live region (the layout's visually hidden polite status). */
const announcer = (page: import('@playwright/test').Page) =>
	page.locator('.visually-hidden[role="status"][aria-live="polite"]');

test('a Contents link says nothing over the voice; another page is said once, by the one announcer', async ({
	page
}) => {
	await installFakeSpeech(page, { mode: 'manual' });
	await page.goto('/');
	await hydrated(page);
	// Every change of text in any live region, as a screen reader would hear it.
	await page.evaluate(() => {
		const heard: string[] = [];
		(window as unknown as { heard: string[] }).heard = heard;
		const last = new Map<Element, string>();
		new MutationObserver((records) => {
			for (const record of records) {
				const node = record.target;
				const element = node instanceof Element ? node : node.parentElement;
				const region = element?.closest('[aria-live]:not([aria-live="off"])');
				const text = region?.textContent?.trim() ?? '';
				if (!region || text === '' || last.get(region) === text) continue;
				last.set(region, text);
				heard.push(text);
			}
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
	const heard = () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
	await page.getByRole('link', { name: seed.headline }).click();
	await expect(page).toHaveURL(seedUrl);
	// The title changes after the URL does: wait for the article's own.
	await expect(page).toHaveTitle(
		new RegExp(`^${seed.headline.slice(0, 30).replace(/[?.()']/g, '.')}`)
	);
	await expect.poll(heard).toContain(await page.title());
	expect(new Set(await heard()).size).toBe(1);

	const region = page.getByRole('region', { name: 'Listen to article' });
	await expect(region.getByRole('combobox', { name: 'Voice' })).toBeEnabled();
	await region.getByRole('button', { name: 'Play', exact: true }).click();
	await expect(region.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	const before = (await heard()).length;
	// By keyboard: the view is gliding to the first sentence, and a click could land beside the link.
	await page
		.getByRole('navigation', { name: 'Contents' })
		.getByRole('link', { name: 'Accountability' })
		.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#accountability$/);
	await expect(page.getByRole('heading', { name: 'Accountability' })).toBeFocused();
	await page.waitForTimeout(500);
	expect((await heard()).slice(before)).toEqual([]);
});

for (const announceWhileListening of [false, true])
	test(`sections are ${announceWhileListening ? '' : 'not '}announced over the voice with "Announce sections while listening" ${announceWhileListening ? 'on' : 'off'}`, async ({
		page
	}) => {
		await installFakeSpeech(page, { mode: 'manual' });
		await usePrefs(page, { announceWhileListening });
		await page.goto(seedUrl);
		const region = page.getByRole('region', { name: 'Listen to article' });
		await expect(region.getByRole('combobox', { name: 'Voice' })).toBeEnabled();
		await region.getByRole('button', { name: 'Play', exact: true }).click();
		await expect(region.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
		await region.getByRole('button', { name: 'Next section', exact: true }).click();
		await expect.poll(async () => (await spokenTexts(page)).at(-1)).toBe(sectionHeadings[0]);
		if (announceWhileListening) await expect(announcer(page)).toHaveText(sectionHeadings[0]!);
		else {
			// Skip once more so any announcement of the first skip has had its turn, then check silence.
			await region.getByRole('button', { name: 'Next section', exact: true }).click();
			await expect.poll(async () => (await spokenTexts(page)).at(-1)).toBe(sectionHeadings[1]);
			await expect(announcer(page)).toHaveText('');
		}
	});

test('Pitch in Settings sets the voice’s pitch and is kept', async ({ page }) => {
	await installFakeSpeech(page, { mode: 'manual' });
	await page.goto(seedUrl);
	const region = page.getByRole('region', { name: 'Listen to article' });
	await expect(region.getByRole('combobox', { name: 'Voice' })).toBeEnabled();
	const dialog = await openDialog(
		page,
		page.getByRole('button', { name: 'Settings', exact: true }),
		'Settings'
	);
	const pitch = dialog.getByRole('slider', { name: 'Pitch' });
	await expect(pitch).toHaveAttribute('aria-valuetext', '1.0 (normal)');
	await pitch.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(pitch).toHaveAttribute('aria-valuetext', '1.2 (higher)');
	await page.keyboard.press('Escape');
	await region.getByRole('button', { name: 'Play', exact: true }).click();
	await expect.poll(async () => (await spokenLog(page)).at(-1)?.pitch).toBe(1.2);
	await setFakeSpeech(page, { mode: 'manual' });
	await page.reload();
	const again = await openDialog(
		page,
		page.getByRole('button', { name: 'Settings', exact: true }),
		'Settings'
	);
	await expect(again.getByRole('slider', { name: 'Pitch' })).toHaveValue('1.2');
});

for (const route of routes)
	test(`Lighthouse's accessibility rules find nothing on the ${route.name} page, dialogs included`, async ({
		page
	}) => {
		await openRoute(page, route);
		await hydrated(page);
		const check = async (state: string) => {
			const results = await new AxeBuilder({ page }).withRules(lighthouseAxeRules).analyze();
			const found = results.violations.map(
				(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`
			);
			expect(found, `${route.name} ${state}`).toEqual([]);
		};
		await check('as loaded');
		await openDialog(page, page.getByRole('button', { name: 'Settings', exact: true }), 'Settings');
		await check('with Settings open');
		await page.keyboard.press('Escape');
		await openDialog(
			page,
			page.getByRole('button', { name: 'Keyboard shortcuts' }),
			'Keyboard shortcuts'
		);
		await check('with Keyboard shortcuts open');
	});

test('with no theme chosen, Hark follows the device: dark, and more contrast', async ({ page }) => {
	const body = page.locator('body');
	await page.emulateMedia({ colorScheme: 'light', contrast: 'no-preference' });
	await page.goto('/');
	await expect(body).toHaveCSS('background-color', 'rgb(253, 252, 249)');
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect(body).toHaveCSS('background-color', 'rgb(21, 21, 21)');
	await page.emulateMedia({ contrast: 'more' });
	await expect(body).toHaveCSS('background-color', 'rgb(0, 0, 0)');
	await expect(body).toHaveCSS('color', 'rgb(255, 255, 255)');
	// A chosen theme wins over the device.
	await usePrefs(page, { theme: 'light' });
	await page.reload();
	await expect(body).toHaveCSS('background-color', 'rgb(253, 252, 249)');
});

test('Settings says in plain words when storage is memory only, and what was skipped as damaged', async ({
	page
}) => {
	// Damaged: a saved article with no article in it, read when the library lists its articles.
	await page.goto('/');
	await hydrated(page);
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('hark');
				request.onsuccess = () => {
					const tx = request.result.transaction('articles', 'readwrite');
					tx.objectStore('articles').put({ id: 'damaged-for-settings', origin: 'imported' });
					tx.oncomplete = () => (request.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
				request.onerror = () => reject(request.error);
			})
	);
	await page.reload();
	const dialog = await openDialog(
		page,
		page.getByRole('button', { name: 'Settings', exact: true }),
		'Settings'
	);
	await expect(
		dialog.getByText('1 damaged saved article could not be read and was skipped.')
	).toBeVisible();

	// Memory only: a browser without IndexedDB.
	await page.addInitScript(() =>
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
	);
	await page.reload();
	const memory = await openDialog(
		page,
		page.getByRole('button', { name: 'Settings', exact: true }),
		'Settings'
	);
	await expect(memory.getByText(/does not let Hark store anything/)).toBeVisible();
	await expectNoAxeViolations(page, 'Settings with storage problems');
});
