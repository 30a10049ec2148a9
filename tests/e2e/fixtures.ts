/**
 * The shared test fixture: every page fails its test on any request to an origin other than Hark's
 * own, and `expectNoAxeViolations` runs axe with the WCAG 2.2 AA tag set.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page as it is now and expects no violations. */
export async function expectNoAxeViolations(page: Page, label = page.url()): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
	);
	expect(summary, `axe violations on ${label}`).toEqual([]);
}

export const test = base.extend<{ foreignRequests: string[] }>({
	foreignRequests: [
		async ({ context, baseURL }, use) => {
			const own = new URL(baseURL!).origin;
			const foreign: string[] = [];
			context.on('request', (request) => {
				const url = request.url();
				if (/^(data|blob|about|chrome-extension):/.test(url)) return;
				if (new URL(url).origin !== own) foreign.push(url);
			});
			await use(foreign);
			expect(foreign, 'requests to origins other than Hark').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
