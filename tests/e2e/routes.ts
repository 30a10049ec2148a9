/**
 * Every route Hark has, for the accessibility matrix and the layout checks. Adding a page to Hark?
 * Add it here: each entry says how to reach a typical state of it. (/continue is left out: it only
 * moves on at once to the library or an article, which are here.)
 */
import type { Page } from '@playwright/test';
import { seedUrl } from './seed';

export interface RouteCase {
	/** A short name for test titles. */
	name: string;
	/** The address to open. */
	path: string;
	/** The HTTP status the page is served with (200 unless said). */
	status?: number;
	/** Brings the page to its state after `path` is open (e.g. imports an article first). */
	prepare?: (page: Page) => Promise<void>;
}

export const routes: RouteCase[] = [
	{ name: 'library', path: '/' },
	{ name: 'article', path: seedUrl },
	{ name: 'accessibility statement', path: '/accessibility' },
	{ name: 'page not found', path: '/no-such-page', status: 404 },
	{ name: 'add article', path: '/add' },
	{ name: 'pronunciation lexicon', path: '/lexicon' },
	{
		name: 'imported article',
		path: '/add',
		async prepare(page) {
			// A different text each time, so adding it again is never refused as a duplicate.
			const copy = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
			await page
				.getByLabel('Article text')
				.fill(
					`A pasted story\n\nThe first paragraph. It has two sentences.\n\nThe second one, copy ${copy}.`
				);
			await page.getByRole('button', { name: 'Add to library' }).click();
			await page.waitForURL(/\/read\?article=/);
			await page.getByRole('heading', { level: 1, name: 'A pasted story' }).waitFor();
		}
	}
];

/** Opens a route and brings it to its state; checks the status it was served with. */
export async function openRoute(page: Page, route: RouteCase): Promise<void> {
	const response = await page.goto(route.path);
	if (response && response.status() !== (route.status ?? 200))
		throw new Error(`${route.path} answered ${response.status()}, not ${route.status ?? 200}`);
	await route.prepare?.(page);
}
