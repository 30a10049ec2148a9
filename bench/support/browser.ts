/**
 * Chromium for the benchmark: Debian's build at $CHROMIUM_PATH or /usr/bin/chromium with the flags
 * the browser tests use (tests/e2e/browser.ts), through Playwright; never a downloaded browser.
 */
import { chromium, type Browser, type BrowserContextOptions } from '@playwright/test';
import { chromiumFlags, chromiumPath } from '../../tests/e2e/browser';

export { chromiumFlags, chromiumPath };

/** Launches headless Chromium. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath(),
		args: [...chromiumFlags, ...extraArgs]
	});
}

/** A phone-sized page, as the listener on a mid-range phone sees it (Lighthouse's Moto G Power size). */
export const phone: BrowserContextOptions = {
	viewport: { width: 412, height: 823 },
	deviceScaleFactor: 1.75,
	isMobile: true,
	hasTouch: true
};
