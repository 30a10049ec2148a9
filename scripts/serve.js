#!/usr/bin/env node
// A plain static server for the built site, as a static host serves it: files as they are,
// `/path` → `/path.html`, unknown URLs → 404.html with status 404. `--compress` gzips text
// responses the way a CDN does (used by the benchmark). Usage: node scripts/serve.js [dir] [--port N] [--compress]
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name, fallback) => {
	const at = args.indexOf(name);
	return at >= 0 && args[at + 1] ? args[at + 1] : fallback;
};
const root = resolve(
	args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--port')) ?? 'build'
);
const port = Number(option('--port', process.env.PORT ?? '4173'));
const host = option('--host', process.env.HOST ?? '127.0.0.1');
const compress = flag('--compress');

if (!existsSync(resolve(root, 'index.html'))) {
	console.error(`No built site in ${root}. Run "npm run build" first.`);
	process.exit(1);
}
const notFoundPage = existsSync(resolve(root, '404.html'))
	? readFileSync(resolve(root, '404.html'))
	: null;

const serveFile = sirv(root, {
	extensions: ['html'],
	dev: true, // re-read files on every request, so a rebuild into the same folder is served at once
	etag: true,
	setHeaders(res, pathname) {
		if (pathname === '/sw.js' || pathname.endsWith('.webmanifest') || pathname.endsWith('.html'))
			res.setHeader('Cache-Control', 'no-cache');
		else if (pathname.startsWith('/_app/immutable/'))
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
	}
});

const compressible = /^(text\/|application\/(javascript|json|manifest\+json|xml)|image\/svg)/;

/** Wraps `res` so text bodies are gzipped when the client accepts it. */
function gzipResponse(req, res) {
	if (!compress || !/\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) return;
	const chunks = [];
	const { write, end, writeHead } = res;
	let status = null; // set by writeHead(); otherwise res.statusCode (e.g. the 404 below)
	let headers = {};
	res.writeHead = (code, h) => {
		status = code;
		headers = { ...headers, ...(h ?? {}) };
		return res;
	};
	res.write = (chunk) => (chunks.push(Buffer.from(chunk)), true);
	res.end = (chunk) => {
		if (chunk) chunks.push(Buffer.from(chunk));
		let body = Buffer.concat(chunks);
		for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
		const type = String(res.getHeader('Content-Type') ?? '');
		if (compressible.test(type) && body.length > 0) {
			body = gzipSync(body);
			res.setHeader('Content-Encoding', 'gzip');
			res.setHeader('Vary', 'Accept-Encoding');
		}
		res.setHeader('Content-Length', body.length);
		writeHead.call(res, status ?? res.statusCode);
		write.call(res, body);
		end.call(res);
		return res;
	};
}

const server = createServer((req, res) => {
	gzipResponse(req, res);
	serveFile(req, res, () => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/html; charset=utf-8');
		res.setHeader('Cache-Control', 'no-cache');
		res.end(notFoundPage ?? 'Not found');
	});
});

server.listen(port, host, () => {
	console.log(`Hark is running at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
for (const signal of ['SIGINT', 'SIGTERM'])
	process.on(signal, () => server.close(() => process.exit(0)));
