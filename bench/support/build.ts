/**
 * Builds for the benchmark, each into its own folders so nothing touches the shared `build/`:
 * Hark as it ships (build-bench), Hark with the generated 100,000-word article added through
 * HARK_EXTRA_CONTENT (build-bench-long), and the bare fixture app (bench/fixture-app/build).
 * Build output goes to a log under bench/results/logs/; a failed build throws with the log's tail.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { benchRoot, repoRoot, resultsDir } from './paths';

const viteBin = resolve(repoRoot, 'node_modules/vite/bin/vite.js');

/** Runs `node args…` in `cwd` with `env` added, logging to `logName`; resolves with the time taken. */
async function runLogged(
	args: string[],
	cwd: string,
	env: Record<string, string>,
	logName: string
): Promise<number> {
	const logDir = resolve(resultsDir, 'logs');
	mkdirSync(logDir, { recursive: true });
	const logPath = resolve(logDir, logName);
	const log = createWriteStream(logPath);
	const started = performance.now();
	const child = spawn(process.execPath, args, {
		cwd,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout.pipe(log);
	child.stderr.pipe(log);
	const code = await new Promise<number | null>((done) => child.once('exit', done));
	await new Promise((done) => log.end(done));
	if (code !== 0) {
		const tail = readFileSync(logPath, 'utf8').split('\n').slice(-30).join('\n');
		throw new Error(`${args.join(' ')} failed (exit ${code}); see ${logPath}:\n${tail}`);
	}
	return performance.now() - started;
}

/** Where a build of Hark went. */
export interface HarkBuild {
	/** The built site's folder. */
	dir: string;
	/** Wall time of the build, ms. */
	buildMs: number;
}

/** Builds Hark into `build-<name>` (SvelteKit's files in `.svelte-kit-<name>`), with extra articles from `extraContent`. */
export async function buildHark(name: string, extraContent?: string): Promise<HarkBuild> {
	await runLogged([resolve(repoRoot, 'scripts/icons.js')], repoRoot, {}, 'icons.log');
	const dir = resolve(repoRoot, `build-${name}`);
	const env: Record<string, string> = {
		HARK_BUILD_DIR: `build-${name}`,
		HARK_KIT_DIR: `.svelte-kit-${name}`,
		// Hidden source maps: the bench says which modules the pages' JavaScript is made of.
		HARK_SOURCEMAP: '1'
	};
	if (extraContent) env.HARK_EXTRA_CONTENT = extraContent;
	const buildMs = await runLogged([viteBin, 'build'], repoRoot, env, `build-${name}.log`);
	return { dir, buildMs };
}

/** Builds the bare fixture app (SvelteKit + vite-pwa, nothing else) into bench/fixture-app/build. */
export async function buildFixture(): Promise<HarkBuild> {
	const cwd = resolve(benchRoot, 'fixture-app');
	const buildMs = await runLogged(
		[viteBin, 'build'],
		cwd,
		{ HARK_SOURCEMAP: '1' },
		'build-fixture.log'
	);
	return { dir: resolve(cwd, 'build'), buildMs };
}
