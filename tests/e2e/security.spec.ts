import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';
import { seedUrl } from './seed';
import { count } from './totals';

const { vectors, flag } = JSON.parse(
	readFileSync(resolve(process.cwd(), 'tests/fixtures/xss-vectors.json'), 'utf8')
) as { vectors: string[]; flag: string };

// Parsing hostile HTML makes Chromium report each inline handler (and <base>) it will never use; nothing else is allowed.
test.use({
	allowedCspViolations:
		/^(Executing inline event handler|Setting the document's base URI to '[^']*') violates/
});

const routes = ['/', seedUrl, '/add', '/accessibility', '/read?article=none', '/no-such-page'];

test('every page carries a strict Content-Security-Policy and breaks none of it', async ({
	page
}) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	for (const route of routes) {
		await page.goto(route);
		const policy = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(policy, route).toBeTruthy();
		const directives = Object.fromEntries(
			policy!.split(';').map((d) => {
				const [name, ...values] = d.trim().split(/\s+/);
				return [name, values];
			})
		);
		expect(directives['default-src'], route).toEqual(["'self'"]);
		expect(directives['script-src'], route).toContain("'self'");
		expect(directives['script-src'].join(' '), route).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
		expect(directives['object-src'], route).toEqual(["'none'"]);
		expect(directives['base-uri'], route).toEqual(["'none'"]);
		await page.waitForLoadState('networkidle');
	}
	expect(violations).toEqual([]);
});

test(`${vectors.length} known XSS vectors imported through the add flow: nothing executes, nothing unsafe survives`, async ({
	page
}) => {
	test.setTimeout(10 * 60_000);
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	let handled = 0;
	count('inputs-tried', vectors.length, 'XSS vectors');
	for (const [index, vector] of vectors.entries()) {
		const html = `<!doctype html><html><head><title>Vector ${index + 1}</title></head><body><article><h1>Vector ${index + 1}</h1><p>This page carries a known attack. Hark must read its text and run nothing.</p>${vector}<p>Text after the attack, still readable.</p></article></body></html>`;
		await page.goto('/add');
		await page.getByLabel(/Or open a file/).setInputFiles({
			name: `vector-${index + 1}.html`,
			mimeType: 'text/html',
			buffer: Buffer.from(html)
		});
		await page.getByRole('button', { name: 'Add to library' }).click();
		await Promise.race([
			page.waitForURL(/\/read\?article=/, { timeout: 20_000 }),
			page.getByRole('alert').waitFor({ timeout: 20_000 })
		]);
		if (page.url().includes('/read')) {
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			const unsafe = await page.locator('#article').evaluate((article) => {
				const found: string[] = [];
				for (const el of article.querySelectorAll('*')) {
					if (
						/^(SCRIPT|IFRAME|OBJECT|EMBED|FORM|STYLE|BASE|META|LINK|FRAME|FRAMESET)$/.test(
							el.tagName
						)
					)
						found.push(el.tagName);
					for (const attr of el.attributes)
						if (/^on/i.test(attr.name) || /javascript:/i.test(attr.value))
							found.push(`${el.tagName}[${attr.name}]`);
				}
				return found;
			});
			expect(unsafe, `vector ${index + 1}: ${vector}`).toEqual([]);
		}
		// Give anything that might fire (error handlers, autofocus, animations) a moment to run.
		await page.waitForTimeout(50);
		expect(
			await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], flag),
			`vector ${index + 1} executed: ${vector}`
		).toBeUndefined();
		handled++;
	}
	expect(dialogs).toEqual([]);
	console.log(
		`Security: ${handled} of ${vectors.length} XSS vectors imported and handled, 0 executed`
	);
	count('inputs-handled', handled, 'XSS vectors');
});
