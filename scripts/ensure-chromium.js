#!/usr/bin/env node
// Finds what the browser tests need before they start: Chromium ($CHROMIUM_PATH, then
// /usr/bin/chromium) and the Debian packages of the real-voice test (speech-dispatcher with
// espeak-ng, PulseAudio and sox). Whatever is missing is installed from Debian when it can be
// (root with apt-get); otherwise it stops with the exact command to run. It never skips silently.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

/** The Debian packages of the real-voice test. */
export const speechPackages = [
	'speech-dispatcher',
	'speech-dispatcher-espeak-ng',
	'espeak-ng',
	'pulseaudio',
	'pulseaudio-utils',
	'sox'
];

export function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
	return candidates.find((path) => existsSync(path)) ?? null;
}

/** Whether Debian's package `name` is installed (false where dpkg is not there to ask). */
function isInstalled(name) {
	try {
		return execSync(`dpkg-query -W -f='\${Status}' ${name}`, {
			stdio: ['ignore', 'pipe', 'ignore']
		})
			.toString()
			.includes('install ok installed');
	} catch {
		return false;
	}
}

function install(packages) {
	const command = `apt-get update && apt-get install -y --no-install-recommends ${packages.join(' ')}`;
	const isRoot = process.getuid?.() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log(`Installing Debian packages the browser tests need: ${packages.join(' ')}`);
		execSync(command, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
		return true;
	}
	return false;
}

function main() {
	if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
		console.error(
			`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`
		);
		process.exit(1);
	}
	const missing = [
		...(findChromium() ? [] : ['chromium']),
		...speechPackages.filter((p) => !isInstalled(p))
	];
	if (missing.length === 0) return;
	if (install(missing) && findChromium() && speechPackages.every(isInstalled)) return;
	console.error(
		`The browser tests need Debian packages that are missing: ${missing.join(', ')}.\n` +
			`Install them with:\n\n    sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n\n` +
			`(or set CHROMIUM_PATH to a Chromium binary), then run the tests again.`
	);
	process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
