#!/usr/bin/env node
// Finds the Chromium the browser tests drive: $CHROMIUM_PATH, then /usr/bin/chromium. Where none is
// found it installs Debian's package when it can (root with apt-get), or stops with the exact command.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

export function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(Boolean);
	return candidates.find((path) => existsSync(path)) ?? null;
}

function main() {
	if (process.env.CHROMIUM_PATH && !existsSync(process.env.CHROMIUM_PATH)) {
		console.error(
			`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`
		);
		process.exit(1);
	}
	if (findChromium()) return;
	const command = 'apt-get update && apt-get install -y chromium';
	const isRoot = process.getuid?.() === 0;
	const hasApt = existsSync('/usr/bin/apt-get');
	if (isRoot && hasApt) {
		console.log(`No Chromium found; installing Debian's package: ${command}`);
		execSync(command, {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
		});
		if (findChromium()) return;
	}
	console.error(
		`The browser tests need Chromium and none was found (looked at $CHROMIUM_PATH and /usr/bin/chromium).\n` +
			`Install it with:\n\n    sudo ${command}\n\nor set CHROMIUM_PATH to a Chromium binary, then run the tests again.`
	);
	process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
