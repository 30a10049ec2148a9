/**
 * The article page's player as the browser specs meet it: the "Listen to article" region and its
 * controls by their accessible names, the page's script lines, and opening an article with the fake
 * voice (fake-speech.ts) installed. Shared by the player, keyboard and reliability specs.
 */
import { expect, type Page } from '@playwright/test';
import { installFakeSpeech, type FakeSpeechOptions } from './fake-speech';
import { seedUrl } from './seed';

/** The player's region. */
export const region = (page: Page) => page.getByRole('region', { name: 'Listen to article' });

/** A player button by its exact accessible name ("Play", "Next section", …). */
export const control = (page: Page, name: string) =>
	region(page).getByRole('button', { name, exact: true });

/** The Position slider. */
export const position = (page: Page) => region(page).getByRole('slider', { name: 'Position' });

/**
 * Opens `url` (the seed article unless told) with the fake voice and waits until the player has
 * its voices — unless the voices are held back (`voicesDelayMs`), when there is nothing to wait for.
 */
export async function openArticle(
	page: Page,
	{ url = seedUrl, speech = {} }: { url?: string; speech?: FakeSpeechOptions } = {}
): Promise<void> {
	await installFakeSpeech(page, speech);
	await page.goto(url);
	if (speech.voicesDelayMs === undefined || speech.voicesDelayMs === 0)
		await expect(region(page).getByRole('combobox', { name: 'Voice' })).toBeEnabled();
}

/** The page's script lines (`data-line` texts) in speaking order. */
export async function pageLines(page: Page): Promise<string[]> {
	const pairs = await page
		.locator('[data-line]')
		.evaluateAll((elements) =>
			elements.map((e) => [Number(e.getAttribute('data-line')), e.textContent ?? ''] as const)
		);
	const lines: string[] = [];
	for (const [index, text] of pairs) lines[index] ??= text;
	return lines;
}
