/**
 * The static server for the benchmark: scripts/serve.js (the same server the tests use) on one of the
 * bench's ports, gzipping text like a CDN when asked. `stop()` ends that one process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { repoRoot } from './paths';

/** A running static server. */
export interface StaticServer {
	/** Its origin, e.g. http://127.0.0.1:4441 */
	origin: string;
	/** Ends the server process and waits for it to exit. */
	stop(): Promise<void>;
}

/** Serves `dir` on `port` (gzipped when `compress`) and resolves once it answers. */
export async function startServer(
	dir: string,
	port: number,
	{ compress = true }: { compress?: boolean } = {}
): Promise<StaticServer> {
	const args = [resolve(repoRoot, 'scripts/serve.js'), dir, '--port', String(port)];
	if (compress) args.push('--compress');
	const child: ChildProcess = spawn(process.execPath, args, {
		cwd: repoRoot,
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let errors = '';
	child.stderr?.on('data', (chunk) => (errors += String(chunk)));
	const origin = `http://127.0.0.1:${port}`;
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	for (let attempt = 0; ; attempt++) {
		if (child.exitCode !== null) throw new Error(`The server for ${dir} exited: ${errors}`);
		try {
			const response = await fetch(`${origin}/`);
			await response.arrayBuffer();
			break;
		} catch {
			if (attempt > 100) {
				child.kill();
				throw new Error(`The server for ${dir} did not answer on ${origin}: ${errors}`);
			}
			await new Promise((done) => setTimeout(done, 100));
		}
	}
	return {
		origin,
		async stop() {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}
