/** Where the browser tests find Chromium, and the flags it needs on this kind of machine. */
import { existsSync } from 'node:fs';

/** $CHROMIUM_PATH, then Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].filter(
		(p): p is string => !!p
	);
	const found = candidates.find((path) => existsSync(path));
	if (!found)
		throw new Error(
			'No Chromium found at $CHROMIUM_PATH or /usr/bin/chromium: run "sudo apt-get install -y chromium".'
		);
	return found;
}

/** Flags for headless Chromium in a closed network, as root. */
export const chromiumFlags = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync'
];
