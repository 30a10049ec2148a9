/**
 * The shared test fixture: every page fails its test on any request to an origin other than Hark's
 * own or on any Content-Security-Policy violation, and `expectNoAxeViolations` runs axe with the
 * WCAG 2.2 AA tag set.
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

export const test = base.extend<{
	foreignRequests: string[];
	cspViolations: string[];
	allowedCspViolations: RegExp | null;
}>({
	/**
	 * CSP reports a spec expects. Chromium reports a blocked inline handler as soon as untrusted HTML
	 * with `on…=` attributes is parsed — even in an inert DOMParser document or a <template>, where it
	 * could never run — so specs that import hostile HTML allow exactly that report.
	 */
	allowedCspViolations: [null, { option: true }],
	cspViolations: [
		async ({ context, allowedCspViolations }, use) => {
			const violations: string[] = [];
			const watch = (page: Page) =>
				page.on('console', (message) => {
					const text = message.text();
					if (message.type() !== 'error' || !/Content Security Policy/i.test(text)) return;
					if (allowedCspViolations?.test(text)) return;
					violations.push(`${page.url()}: ${text}`);
				});
			context.pages().forEach(watch);
			context.on('page', watch);
			await use(violations);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	],
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
