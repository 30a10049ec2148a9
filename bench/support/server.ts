/**
 * The static server for the benchmark: scripts/serve.js (the same server the tests use) on one of the
 * bench's ports, gzipping text like a CDN when asked. It is ready when it says it listens; a port
 * another process holds is an error (never measure someone else's site). `stop()` ends that one
 * process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { repoRoot } from './paths';

/** A running static server. */
export interface StaticServer {
	/** Its origin, e.g. http://127.0.0.1:4441 */
	origin: string;
	/** Ends the server process and waits for it to exit. */
	stop(): Promise<void>;
}

/** Whether nothing listens on 127.0.0.1:`port`. */
export function portIsFree(port: number): Promise<boolean> {
	return new Promise((done) => {
		const probe = createServer();
		probe.once('error', () => done(false));
		probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
	});
}

/** The first of `ports` nothing listens on. */
export async function firstFreePort(ports: number[]): Promise<number> {
	for (const port of ports) if (await portIsFree(port)) return port;
	throw new Error(`Ports ${ports.join(', ')} are all in use`);
}

/** Serves `dir` on `port` (gzipped when `compress`) and resolves once it listens. */
export async function startServer(
	dir: string,
	port: number,
	{ compress = true }: { compress?: boolean } = {}
): Promise<StaticServer> {
	if (!(await portIsFree(port)))
		throw new Error(`Port ${port} is in use by another process; the bench will not measure it`);
	const args = [resolve(repoRoot, 'scripts/serve.js'), dir, '--port', String(port)];
	if (compress) args.push('--compress');
	const child: ChildProcess = spawn(process.execPath, args, {
		cwd: repoRoot,
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let errors = '';
	child.stderr?.on('data', (chunk) => (errors += String(chunk)));
	const exited = new Promise<void>((done) => child.once('exit', () => done()));
	await new Promise<void>((ready, fail) => {
		const timer = setTimeout(
			() => fail(new Error(`The server for ${dir} did not start: ${errors}`)),
			15_000
		);
		child.stdout?.on('data', (chunk) => {
			if (!String(chunk).includes('is running at')) return;
			clearTimeout(timer);
			ready();
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			fail(new Error(`The server for ${dir} exited (${code}): ${errors}`));
		});
	});
	child.stdout?.resume();
	return {
		origin: `http://127.0.0.1:${port}`,
		async stop() {
			if (child.exitCode === null) child.kill('SIGTERM');
			await exited;
		}
	};
}
