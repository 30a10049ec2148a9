/** Where things are, for every part of the benchmark. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root folder. */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The bench folder. */
export const benchRoot = resolve(repoRoot, 'bench');
/** Where results are written (git-ignored). */
export const resultsDir = resolve(benchRoot, 'results');

/** The ports the benchmark may use (4441–4449, 4470–4479), by job. */
export const benchPorts = {
	hark: 4441,
	fixture: 4442,
	longArticle: 4443,
	offline: 4444,
	player: 4445,
	lighthouseChrome: 4449,
	/** Lighthouse's own Chromium for the accessibility check of every route (bench/a11y.ts). */
	a11yLighthouseChrome: 4470,
	/** The Chromium with a profile that holds an imported article (bench/a11y.ts). */
	a11yProfileChrome: 4471
} as const;
