/**
 * Helpers for the accessibility tests: reading preferences set before a page loads (exactly as a
 * returning reader's would be), the viewports and themes of the matrix, dialogs, and colour contrast
 * computed from computed styles (WCAG 2 relative luminance).
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** The themes every check runs in. */
export const themes = ['light', 'dark', 'contrast'] as const;
export type ThemeName = (typeof themes)[number];

/** The highlight styles a reader can pick. */
export const highlightStyles = ['marker', 'underline', 'inverse'] as const;

/** A phone held upright (320 CSS px: the WCAG reflow width) and a desktop. */
export const viewports = {
	phone: { width: 320, height: 640 },
	desktop: { width: 1280, height: 800 }
} as const;

/** 1280 × 1024 at 400% zoom is 320 × 256 CSS px. */
export const zoom400 = { width: 320, height: 256 };

/**
 * Stores reading preferences in the localStorage mirror before every page script runs, as they
 * would be for a returning reader (so static/reading-prefs.js applies them before first paint).
 */
export async function usePrefs(page: Page, prefs: Record<string, unknown>): Promise<void> {
	await page.addInitScript((value) => {
		localStorage.setItem('hark.reading', value);
	}, JSON.stringify(prefs));
}

/**
 * Clicks `opener` until the app is hydrated and the dialog named `name` is open; returns it. A click
 * that opened the dialog slowly (its code is fetched on first use) is not repeated: the open modal
 * dialog would take the click.
 */
export async function openDialog(page: Page, opener: Locator, name: string): Promise<Locator> {
	const dialog = page.getByRole('dialog', { name });
	await expect(async () => {
		if (!(await dialog.isVisible())) await opener.click({ timeout: 2000 });
		await expect(dialog).toBeVisible({ timeout: 1000 });
	}).toPass();
	return dialog;
}

/** Waits until the app has hydrated (the layout shows the reading preferences on <html>). */
export async function hydrated(page: Page): Promise<void> {
	// The static script sets data-typeface only from a mirror; the layout always sets it, and the
	// settings button answers only once hydrated. Opening and closing the shortcuts dialog proves both.
	await openDialog(
		page,
		page.getByRole('button', { name: 'Keyboard shortcuts' }),
		'Keyboard shortcuts'
	);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** The CSS from the WCAG 1.4.12 text-spacing bookmarklet. */
export const textSpacingCss = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

/** A colour as sRGB channels 0–255 with alpha 0–1. */
export interface Rgba {
	r: number;
	g: number;
	b: number;
	a: number;
}

/** Parses a computed colour ("rgb(…)", "rgba(…)", "color(srgb …)", "transparent"). */
export function parseColour(text: string): Rgba {
	const value = text.trim();
	if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
	let match = /^rgba?\(([^)]+)\)$/.exec(value);
	if (match) {
		const parts = match[1]!
			.split(/[\s,/]+/)
			.filter(Boolean)
			.map(Number);
		return { r: parts[0]!, g: parts[1]!, b: parts[2]!, a: parts[3] ?? 1 };
	}
	match = /^color\(srgb ([^)]+)\)$/.exec(value);
	if (match) {
		const parts = match[1]!
			.split(/[\s/]+/)
			.filter(Boolean)
			.map(Number);
		return { r: parts[0]! * 255, g: parts[1]! * 255, b: parts[2]! * 255, a: parts[3] ?? 1 };
	}
	throw new Error(`Cannot parse colour "${text}"`);
}

/** `top` painted over the opaque `bottom`. */
export function composite(top: Rgba, bottom: Rgba): Rgba {
	const mix = (t: number, b: number) => t * top.a + b * (1 - top.a);
	return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function luminance({ r, g, b }: Rgba): number {
	const channel = (c: number) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two opaque colours. */
export function contrast(a: Rgba, b: Rgba): number {
	const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (light + 0.05) / (dark + 0.05);
}

/**
 * The opaque colour behind `locator`'s box: the backgrounds of its ancestors (from `startAtParent`)
 * composited up to the page's, white beneath all.
 */
export async function backgroundBehind(locator: Locator, startAtParent = false): Promise<Rgba> {
	const layers = await locator.evaluate((element, fromParent) => {
		const colours: string[] = [];
		let node: Element | null = fromParent ? element.parentElement : element;
		while (node) {
			colours.push(getComputedStyle(node).backgroundColor);
			node = node.parentElement;
		}
		return colours;
	}, startAtParent);
	let colour: Rgba = { r: 255, g: 255, b: 255, a: 1 };
	for (const layer of layers.reverse()) colour = composite(parseColour(layer), colour);
	return colour;
}

/**
 * The axe rules behind Lighthouse 12's accessibility score (including those outside the WCAG tags,
 * such as heading-order and label-content-name-mismatch), so a Lighthouse 100 is checked on every
 * change without running Lighthouse itself.
 */
export const lighthouseAxeRules = [
	'accesskeys',
	'aria-allowed-attr',
	'aria-allowed-role',
	'aria-command-name',
	'aria-conditional-attr',
	'aria-deprecated-role',
	'aria-dialog-name',
	'aria-hidden-body',
	'aria-hidden-focus',
	'aria-input-field-name',
	'aria-meter-name',
	'aria-progressbar-name',
	'aria-prohibited-attr',
	'aria-required-attr',
	'aria-required-children',
	'aria-required-parent',
	'aria-roles',
	'aria-text',
	'aria-toggle-field-name',
	'aria-tooltip-name',
	'aria-treeitem-name',
	'aria-valid-attr-value',
	'aria-valid-attr',
	'button-name',
	'bypass',
	'color-contrast',
	'definition-list',
	'dlitem',
	'document-title',
	'duplicate-id-aria',
	'empty-heading',
	'form-field-multiple-labels',
	'frame-title',
	'heading-order',
	'html-has-lang',
	'html-lang-valid',
	'html-xml-lang-mismatch',
	'identical-links-same-purpose',
	'image-alt',
	'image-redundant-alt',
	'input-button-name',
	'input-image-alt',
	'label-content-name-mismatch',
	'label',
	'landmark-one-main',
	'link-in-text-block',
	'link-name',
	'list',
	'listitem',
	'meta-refresh',
	'meta-viewport',
	'object-alt',
	'select-name',
	'skip-link',
	'tabindex',
	'table-duplicate-name',
	'table-fake-caption',
	'target-size',
	'td-has-header',
	'td-headers-attr',
	'th-has-data-cells',
	'valid-lang',
	'video-caption'
];
