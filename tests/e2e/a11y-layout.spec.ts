/**
 * Small screens, zoom and colour, measured: no sideways scrolling at 320 CSS px (also at 200% text
 * and at 400% zoom), nothing clipped under the WCAG 1.4.12 text-spacing overrides, targets at least
 * 24 × 24 px, and the focus ring and the spoken-sentence highlight at 3:1 or more in every theme,
 * computed from the browser's computed styles.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { routes, openRoute } from './routes';
import {
	backgroundBehind,
	contrast,
	highlightStyles,
	hydrated,
	openDialog,
	parseColour,
	textSpacingCss,
	themes,
	usePrefs,
	viewports,
	zoom400
} from './a11y-support';
import { seedUrl } from './seed';

/**
 * What sticks out sideways at this width: the page's own overflow, and any visible element reaching
 * past the viewport's edges (a fixed or sticky bar does not widen the page, so it is checked too).
 */
async function sidewaysOverflow(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const found: string[] = [];
		const overflow = document.documentElement.scrollWidth - width;
		if (overflow > 0) found.push(`the page is ${overflow} px wider than the viewport`);
		for (const element of document.querySelectorAll<HTMLElement>('body *')) {
			if (element.closest('.visually-hidden, .skip-links, dialog:not([open]), svg')) continue;
			const box = element.getBoundingClientRect();
			if (box.width <= 1 || box.height <= 1) continue;
			if (box.right > width + 1 || box.left < -1)
				found.push(
					`${element.tagName.toLowerCase()}.${element.className} spans ${Math.round(box.left)}–${Math.round(box.right)}: ${(element.textContent ?? '').trim().slice(0, 40)}`
				);
		}
		return found.slice(0, 10);
	});
}

/** Elements whose content is cut off: overflow hidden or clipped, with more content than room. */
async function clippedElements(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const clipped: string[] = [];
		for (const element of document.querySelectorAll<HTMLElement>('body *')) {
			if (element.closest('.visually-hidden')) continue;
			const style = getComputedStyle(element);
			if (style.display === 'none' || style.visibility === 'hidden') continue;
			// A transparent control laid over a visible one (a file input over its button label) shows nothing to cut.
			if (style.opacity === '0') continue;
			// Visually hidden text (1 px boxes, like the route announcer) is meant to be clipped.
			if (element.clientWidth <= 1 || element.clientHeight <= 1) continue;
			const hides = (value: string) => value === 'hidden' || value === 'clip';
			// Paint containment (also from content-visibility: auto) clips like overflow: hidden.
			const paintContained =
				/paint|content|strict/.test(style.contain) || style.contentVisibility === 'auto';
			const cutX =
				(hides(style.overflowX) || paintContained) && element.scrollWidth > element.clientWidth + 1;
			const cutY = hides(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
			if (cutX || cutY)
				clipped.push(
					`${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}.${element.className}: ${(element.textContent ?? '').trim().slice(0, 40)}`
				);
		}
		return clipped;
	});
}

const sizes = [
	{ name: '320 px', viewport: viewports.phone, textScale: 1 },
	{ name: '320 px with text at 200%', viewport: viewports.phone, textScale: 2 },
	{ name: '400% zoom (320 × 256)', viewport: zoom400, textScale: 1 }
];

for (const route of routes)
	test(`reflow: the ${route.name} page never scrolls sideways or clips`, async ({ page }) => {
		for (const size of sizes) {
			await page.setViewportSize(size.viewport);
			await usePrefs(page, { textScale: size.textScale });
			await openRoute(page, route);
			await hydrated(page);
			expect(await sidewaysOverflow(page), `${size.name}: sideways scroll`).toEqual([]);
			expect(await clippedElements(page), `${size.name}: clipped`).toEqual([]);

			const settings = await openDialog(
				page,
				page.getByRole('button', { name: 'Settings', exact: true }),
				'Settings'
			);
			const dialogOverflow = await settings.evaluate((d) => d.scrollWidth - d.clientWidth);
			expect(dialogOverflow, `${size.name}: Settings dialog sideways scroll`).toBeLessThanOrEqual(
				0
			);
			await settings.getByRole('button', { name: 'Close' }).scrollIntoViewIfNeeded();
			await expect(settings.getByRole('button', { name: 'Close' })).toBeInViewport();
			await page.keyboard.press('Escape');
		}
	});

for (const route of routes)
	test(`text spacing (WCAG 1.4.12) on the ${route.name} page loses nothing`, async ({ page }) => {
		for (const [name, viewport] of Object.entries(viewports)) {
			await page.setViewportSize(viewport);
			await openRoute(page, route);
			await page.addStyleTag({ content: textSpacingCss });
			await expect(page.locator('p').first()).toHaveCSS('letter-spacing', /px/);
			expect(await sidewaysOverflow(page), `${name}: sideways scroll`).toEqual([]);
			expect(await clippedElements(page), `${name}: clipped`).toEqual([]);
		}
	});

for (const route of routes)
	test(`targets on the ${route.name} page are at least 24 × 24 px`, async ({ page }) => {
		await page.setViewportSize(viewports.phone);
		await openRoute(page, route);
		await hydrated(page);
		// Links inside running text are exempt (WCAG 2.5.8 "inline"); every other control, and a
		// link standing alone in its paragraph, is measured.
		const small = await page.evaluate(() => {
			const found: string[] = [];
			const standalone = [...document.querySelectorAll<HTMLElement>('main p > a')].filter(
				(link) => link.parentElement?.textContent?.trim() === link.textContent?.trim()
			);
			const controls = [
				...document.querySelectorAll<HTMLElement>(
					'button, input:not([type="hidden"]), select, textarea, summary, nav a, footer a, header a, .scenario-steps a'
				),
				...standalone
			];
			for (const control of controls) {
				if (control.closest('.visually-hidden, dialog:not([open])')) continue;
				let box = control.getBoundingClientRect();
				if (box.width === 0 && box.height === 0) continue;
				// A checkbox or radio is activated by its label too: measure the two together.
				const label = (control as HTMLInputElement).labels?.[0];
				if (label) {
					const l = label.getBoundingClientRect();
					const left = Math.min(box.left, l.left);
					const top = Math.min(box.top, l.top);
					box = new DOMRect(
						left,
						top,
						Math.max(box.right, l.right) - left,
						Math.max(box.bottom, l.bottom) - top
					);
				}
				if (control.matches('a') && control.closest('.skip-links')) continue; // off screen until focused
				if (box.width < 24 || box.height < 24)
					found.push(
						`${control.tagName.toLowerCase()} "${(control.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`
					);
			}
			return found;
		});
		expect(small).toEqual([]);
	});

for (const theme of themes)
	test(`focus ring is at least 2 px and 3:1 against what surrounds it, ${theme} theme`, async ({
		page
	}) => {
		await usePrefs(page, { theme });
		await page.goto(seedUrl);
		await hydrated(page);
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await page.evaluate(() => window.scrollTo(0, 0));
		// Tab through the first stops: skip links, banner, perspective, Contents, listen buttons.
		const seen = new Set<string>();
		for (let i = 0; i < 22; i++) {
			await page.keyboard.press('Tab');
			const focused = page.locator(':focus');
			const description = await focused.evaluate(
				(el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`
			);
			seen.add(description);
			const ring = await focused.evaluate((el) => {
				const style = getComputedStyle(el);
				return {
					style: style.outlineStyle,
					width: parseFloat(style.outlineWidth),
					colour: style.outlineColor
				};
			});
			expect(ring.style, description).toBe('solid');
			expect(ring.width, description).toBeGreaterThanOrEqual(2);
			const around = await backgroundBehind(focused, true);
			const ratio = contrast(parseColour(ring.colour), around);
			expect(ratio, `${description}: ring ${ring.colour}`).toBeGreaterThanOrEqual(3);
		}
		expect(seen.size).toBeGreaterThan(10);

		// And inside the Settings dialog.
		await openDialog(page, page.getByRole('button', { name: 'Settings', exact: true }), 'Settings');
		for (let i = 0; i < 6; i++) {
			await page.keyboard.press('Tab');
			const focused = page.locator(':focus');
			const ring = await focused.evaluate((el) => getComputedStyle(el).outlineColor);
			const ratio = contrast(parseColour(ring), await backgroundBehind(focused, true));
			expect(ratio).toBeGreaterThanOrEqual(3);
		}
	});

for (const theme of themes)
	for (const highlight of highlightStyles)
		test(`the spoken-sentence highlight (${highlight}) stands out at 3:1, ${theme} theme`, async ({
			page
		}) => {
			await usePrefs(page, { theme, highlight });
			await page.goto(seedUrl);
			await hydrated(page);
			// A sentence in the article, painted with the highlight variables the player uses.
			const sample = await page.evaluate(() => {
				const sentence = document.querySelector<HTMLElement>('.article-text [data-line]')!;
				sentence.style.setProperty('background-color', 'var(--highlight-sentence)');
				sentence.style.setProperty('color', 'var(--highlight-sentence-text)');
				sentence.style.setProperty('text-decoration', 'var(--highlight-sentence-decoration)');
				const word = document.createElement('span');
				word.textContent = 'word';
				word.style.setProperty('background-color', 'var(--highlight-word)');
				word.style.setProperty('color', 'var(--highlight-word-text)');
				sentence.append(' ', word);
				const s = getComputedStyle(sentence);
				const w = getComputedStyle(word);
				return {
					background: s.backgroundColor,
					text: s.color,
					decoration: s.textDecorationLine,
					decorationColour: s.textDecorationColor,
					decorationThickness: s.textDecorationThickness,
					wordBackground: w.backgroundColor,
					wordText: w.color
				};
			});
			const page_ = await backgroundBehind(page.locator('.article-text'));
			const background = parseColour(sample.background);
			const marked = background.a > 0;
			if (marked) {
				expect(contrast(background, page_), 'sentence against the page').toBeGreaterThanOrEqual(3);
				expect(
					contrast(parseColour(sample.text), background),
					'text on the sentence'
				).toBeGreaterThanOrEqual(4.5);
			} else {
				expect(sample.decoration).toContain('underline');
				expect(parseFloat(sample.decorationThickness)).toBeGreaterThanOrEqual(2);
				expect(
					contrast(parseColour(sample.decorationColour), page_),
					'underline against the page'
				).toBeGreaterThanOrEqual(3);
				expect(contrast(parseColour(sample.text), page_), 'text').toBeGreaterThanOrEqual(4.5);
			}
			const behindWord = marked ? background : page_;
			const wordBackground = parseColour(sample.wordBackground);
			expect(
				contrast(wordBackground, behindWord),
				'word against the sentence'
			).toBeGreaterThanOrEqual(3);
			expect(
				contrast(parseColour(sample.wordText), wordBackground),
				'text on the word'
			).toBeGreaterThanOrEqual(4.5);

			// The preview in Settings shows the same colours.
			const settings = await openDialog(
				page,
				page.getByRole('button', { name: 'Settings', exact: true }),
				'Settings'
			);
			await expect(settings.locator('[data-sample="sentence"]')).toHaveCSS(
				'background-color',
				sample.background
			);
			await expect(
				settings.getByRole('radio', { checked: true }).filter({ hasText: '' })
			).not.toHaveCount(0);
		});

// The heading a Contents link or a link from elsewhere goes to must be where the reader lands, also
// while sections are drawn for the first time (a long article's are drawn only when reached).
for (const [name, viewport] of Object.entries(viewports))
	test(`a jump to a section or scenario shows its heading at the top, at ${name}`, async ({
		page
	}) => {
		await page.setViewportSize(viewport);
		/** Whether the heading is at the top of the view (its scroll margin is 1rem). */
		const atTop = (id: string) =>
			page.evaluate((id) => {
				const top = document.getElementById(id)!.getBoundingClientRect().top;
				return top >= 0 && top < 40;
			}, id);
		const contents = page.getByRole('navigation', { name: 'Contents' });
		const jumps: [heading: string, id: string][] = [
			['Accountability', 'accountability'],
			['Scenario 3: A cautious stasis', 'scenario-3-a-cautious-stasis'],
			['Law and humanitarian impact', 'law-and-humanitarian-impact']
		];
		for (const [heading, id] of jumps) {
			// From the Contents, on a page seen for the first time…
			await page.goto('about:blank');
			await page.goto(seedUrl);
			await hydrated(page);
			await contents.getByRole('link', { name: heading, exact: true }).click();
			await expect(page.locator(`#${id}`)).toBeFocused();
			await expect.poll(() => atTop(id), { timeout: 5000 }).toBe(true);
			// …and from a link to it from elsewhere.
			await page.goto('about:blank');
			await page.goto(`${seedUrl}#${id}`);
			await expect(page.locator(`#${id}`)).toBeFocused();
			await expect.poll(() => atTop(id), { timeout: 5000 }).toBe(true);
		}
	});
