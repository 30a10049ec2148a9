/**
 * A real voice, end to end: Chromium speaks through speech-dispatcher and espeak-ng into a PulseAudio
 * null sink, and the test records that sink with parec and measures it with sox (as in
 * shared/notes/web-speech.md): sound after Play, silence within a second of Pause, sound again after
 * Resume — from the same sentence.
 *
 * Each worker gets its own XDG_RUNTIME_DIR with its own PulseAudio (only a null sink) and its own
 * speech-dispatcher, reading an English-only copy of the espeak-ng data (8 voices in ~0.1 s instead of
 * ~13,000 in ~5 s). Both daemons are stopped by their PIDs afterwards. The test never skips: a missing
 * package fails it with the command that installs it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	copyFileSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test as base, expect, expectNoAxeViolations } from './fixtures';
import { seedUrl } from './seed';

const debianPackages = [
	'speech-dispatcher',
	'speech-dispatcher-espeak-ng',
	'espeak-ng',
	'pulseaudio',
	'pulseaudio-utils',
	'sox'
];
const installCommand = `sudo apt-get update && sudo apt-get install -y ${debianPackages.join(' ')}`;

/** Where a command is on PATH, or null. */
function which(command: string): string | null {
	const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
	return found.status === 0 ? found.stdout.trim() : null;
}

/** The espeak-ng data directory Debian installed (its path depends on the architecture). */
function espeakDataDir(): string | null {
	const candidates = [
		'/usr/share/espeak-ng-data',
		...(existsSync('/usr/lib')
			? readdirSync('/usr/lib').map((d) => `/usr/lib/${d}/espeak-ng-data`)
			: [])
	];
	return (
		candidates.find(
			(dir) => existsSync(join(dir, 'phontab')) && existsSync(join(dir, 'en_dict'))
		) ?? null
	);
}

/** Fails with the exact install command when something the test needs is missing. */
function requireTools(): { espeakData: string } {
	const missing = new Set<string>();
	const commands: [string, string][] = [
		['pulseaudio', 'pulseaudio'],
		['pactl', 'pulseaudio-utils'],
		['parec', 'pulseaudio-utils'],
		['sox', 'sox'],
		['speech-dispatcher', 'speech-dispatcher'],
		['espeak-ng', 'espeak-ng']
	];
	for (const [command, pkg] of commands) if (!which(command)) missing.add(pkg);
	const modules = ['/usr/lib/speech-dispatcher-modules', '/usr/libexec/speech-dispatcher-modules'];
	if (!modules.some((dir) => existsSync(join(dir, 'sd_espeak-ng'))))
		missing.add('speech-dispatcher-espeak-ng');
	const espeakData = espeakDataDir();
	if (!espeakData) missing.add('espeak-ng');
	if (missing.size > 0)
		throw new Error(
			`The real-voice test needs Debian packages that are missing (${[...missing].join(', ')}). Install them with:\n  ${installCommand}`
		);
	return { espeakData: espeakData! };
}

/** An English-only copy of the espeak-ng data, without variants: a handful of voices, listed fast. */
function copyEnglishVoices(from: string, root: string): string {
	const to = join(root, 'espeak', 'espeak-ng-data');
	mkdirSync(join(to, 'lang', 'gmw'), { recursive: true });
	for (const file of ['phondata', 'phonindex', 'phontab', 'intonations', 'en_dict'])
		copyFileSync(join(from, file), join(to, file));
	for (const file of readdirSync(join(from, 'lang', 'gmw')).filter((f) => f.startsWith('en')))
		copyFileSync(join(from, 'lang', 'gmw', file), join(to, 'lang', 'gmw', file));
	return join(root, 'espeak');
}

/** Runs a command to completion; throws with its output if it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): string {
	const result = spawnSync(command, args, { env, encoding: 'utf8', timeout: 20_000 });
	if (result.status !== 0)
		throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr || result.stdout}`);
	return `${result.stdout}${result.stderr}`;
}

/** Stops a daemon by the PID in `pidFile` (TERM, then KILL if it lingers). */
async function stopByPidFile(pidFile: string): Promise<void> {
	if (!existsSync(pidFile)) return;
	const pid = Number(readFileSync(pidFile, 'utf8').trim());
	if (!Number.isInteger(pid) || pid <= 0) return;
	const alive = () => {
		try {
			process.kill(pid, 0);
			return true;
		} catch {
			return false;
		}
	};
	if (!alive()) return;
	process.kill(pid, 'SIGTERM');
	for (let i = 0; i < 30 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
	if (alive()) process.kill(pid, 'SIGKILL');
}

interface SpeechAudio {
	/** The environment Chromium and the recorder need (XDG_RUNTIME_DIR, ESPEAK_DATA_PATH). */
	env: NodeJS.ProcessEnv;
	/** The worker's temporary directory. */
	dir: string;
}

const test = base.extend<object, { speechAudio: SpeechAudio }>({
	speechAudio: [
		// Playwright reads a fixture's dependencies from its first parameter: this one has none.
		// eslint-disable-next-line no-empty-pattern
		async ({}, use) => {
			const { espeakData } = requireTools();
			const dir = mkdtempSync(join(tmpdir(), 'hark-voice-'));
			const env: NodeJS.ProcessEnv = {
				...process.env,
				XDG_RUNTIME_DIR: dir,
				ESPEAK_DATA_PATH: copyEnglishVoices(espeakData, dir)
			};
			const pulsePid = join(dir, 'pulse', 'pid');
			const speechdPid = join(dir, 'speechd.pid');
			try {
				run(
					'pulseaudio',
					[
						'-D',
						'-n',
						'--exit-idle-time=-1',
						'--use-pid-file=yes',
						'-L',
						'module-native-protocol-unix',
						'-L',
						'module-null-sink sink_name=tts'
					],
					env
				);
				run('pactl', ['set-default-sink', 'tts'], env);
				run('speech-dispatcher', ['-d', '-t', '0', '-l', '1', '-P', speechdPid], env);
				await use({ env, dir });
			} finally {
				await stopByPidFile(speechdPid);
				await stopByPidFile(pulsePid);
				rmSync(dir, { recursive: true, force: true });
			}
		},
		{ scope: 'worker' }
	],
	launchOptions: [
		async ({ launchOptions, speechAudio }, use) => {
			await use({
				...launchOptions,
				args: [...(launchOptions.args ?? []), '--enable-speech-dispatcher'],
				env: speechAudio.env
			});
		},
		{ scope: 'worker' }
	]
});

/** Records the null sink until stopped; `stop()` returns the raw file. */
function record(audio: SpeechAudio, name: string): { stop(): Promise<string> } {
	const file = join(audio.dir, `${name}.raw`);
	const recorder: ChildProcess = spawn(
		'parec',
		['-d', 'tts.monitor', '--format=s16le', '--rate=16000', '--channels=1', '--raw', file],
		{ env: audio.env, stdio: 'ignore' }
	);
	return {
		async stop() {
			const exited = new Promise((resolve) => recorder.once('exit', resolve));
			recorder.kill('SIGTERM');
			await exited;
			return file;
		}
	};
}

/** RMS amplitude (0–1) of a raw recording, from `fromSeconds` on, measured by sox. */
function rms(audio: SpeechAudio, file: string, fromSeconds = 0): number {
	const output = run(
		'sox',
		[
			'-t',
			'raw',
			'-r',
			'16000',
			'-e',
			'signed',
			'-b',
			'16',
			'-c',
			'1',
			file,
			'-n',
			'trim',
			String(fromSeconds),
			'stat'
		],
		audio.env
	);
	const match = /RMS\s+amplitude:\s+([\d.]+)/.exec(output);
	if (!match) throw new Error(`sox printed no RMS amplitude:\n${output}`);
	return Number(match[1]);
}

/** Lets audio play for `ms` (the recording needs real time). */
const listen = (page: Page, ms: number) => page.waitForTimeout(ms);

test('a real voice: sound after Play, silence within a second of Pause, sound again after Resume', async ({
	page,
	speechAudio
}) => {
	test.setTimeout(90_000);
	// A spy (not a fake): the real speechSynthesis speaks; the page keeps a list of what it was asked.
	await page.addInitScript(() => {
		const spoken: string[] = [];
		Object.defineProperty(window, '__spoken', { value: spoken });
		const speak = speechSynthesis.speak.bind(speechSynthesis);
		speechSynthesis.speak = (utterance) => {
			spoken.push(utterance.text);
			speak(utterance);
		};
	});
	const spoken = () => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken);
	await page.goto(seedUrl);
	const region = page.getByRole('region', { name: 'Listen to article' });
	const voice = region.getByRole('combobox', { name: 'Voice' });
	await expect(voice).toBeEnabled({ timeout: 20_000 });
	// espeak-ng's English voices, the article's language, not the alphabetically first default.
	await expect(voice.locator('option:checked')).toHaveText(/^English/);

	const playing = record(speechAudio, 'play');
	await listen(page, 300);
	await region.getByRole('button', { name: 'Play', exact: true }).click();
	await expect(region.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
	await listen(page, 4_000);
	const playRms = rms(speechAudio, await playing.stop());
	expect(playRms, 'RMS while playing').toBeGreaterThan(0.03);
	await expectNoAxeViolations(page, 'real voice playing');
	const beforePause = await spoken();
	expect(beforePause.length).toBeGreaterThan(0);
	const sentence = beforePause.at(-1)!;

	const paused = record(speechAudio, 'pause');
	await listen(page, 300);
	await region.getByRole('button', { name: 'Pause', exact: true }).click();
	await expect(region.getByRole('button', { name: 'Resume', exact: true })).toBeVisible();
	await listen(page, 2_500);
	// From a second after Pause (0.3 s of the recording came before it): silence.
	const pauseRms = rms(speechAudio, await paused.stop(), 1.3);
	expect(pauseRms, 'RMS from a second after Pause').toBeLessThan(0.005);

	const resumed = record(speechAudio, 'resume');
	await listen(page, 300);
	await region.getByRole('button', { name: 'Resume', exact: true }).click();
	await listen(page, 4_000);
	const resumeRms = rms(speechAudio, await resumed.stop());
	expect(resumeRms, 'RMS after Resume').toBeGreaterThan(0.03);
	test.info().annotations.push({
		type: 'RMS',
		description: `play ${playRms}, a second after pause ${pauseRms}, resume ${resumeRms}`
	});
	// Resumed from the same sentence it was paused in.
	expect((await spoken()).slice(beforePause.length)[0]).toBe(sentence);

	await region.getByRole('button', { name: 'Pause', exact: true }).click();
	await expect(region.getByRole('button', { name: 'Resume', exact: true })).toBeVisible();
});
