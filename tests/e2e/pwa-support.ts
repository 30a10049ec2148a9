/**
 * Helpers for the PWA tests: waiting for the service worker to control a page, a static server of
 * our own (to stop it mid-test, or to serve a build that the test makes), and raw IndexedDB access to
 * the listening positions (the same database and store the app uses).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import type { Page } from '@playwright/test';

/** The port the Playwright web server listens on (see playwright.config.ts). */
export const testPort = Number(process.env.HARK_TEST_PORT ?? 4317);
/** The built site the tests run against. */
export const buildDir = process.env.HARK_BUILD_DIR ?? 'build';

/** The app's one polite live region (the announcer's). */
export const liveRegion = (page: Page) => page.locator('[role="status"][aria-live="polite"]');

/** Resolves once a service worker controls the page (and so has precached the whole site). */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
		);
	});
}

/** The version (SvelteKit's build version) of the service worker controlling the page. */
export function serviceWorkerVersion(page: Page): Promise<string> {
	return page.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const channel = new MessageChannel();
				channel.port1.onmessage = (event) => resolve((event.data as { version: string }).version);
				navigator.serviceWorker.controller!.postMessage({ type: 'GET_VERSION' }, [channel.port2]);
			})
	);
}

/** A static server (scripts/serve.js) run by the test itself. */
export class StaticServer {
	#process: ChildProcess | null = null;

	constructor(
		/** The folder served. */
		readonly dir: string,
		/** The port it listens on. */
		readonly port: number
	) {}

	/** Its address. */
	get origin(): string {
		return `http://127.0.0.1:${this.port}`;
	}

	/** Starts the server and resolves once it listens. */
	async start(): Promise<void> {
		const server = spawn(
			process.execPath,
			['scripts/serve.js', this.dir, '--port', String(this.port)],
			{ stdio: ['ignore', 'pipe', 'inherit'] }
		);
		this.#process = server;
		await new Promise<void>((resolve, reject) => {
			server.stdout!.on('data', (chunk: Buffer) => {
				if (chunk.toString().includes('Hark is running')) resolve();
			});
			server.once('exit', (code) => reject(new Error(`serve.js exited with ${code}`)));
		});
	}

	/** Stops the server and resolves once its process has ended. */
	async stop(): Promise<void> {
		const server = this.#process;
		this.#process = null;
		if (!server || server.exitCode !== null) return;
		const exited = once(server, 'exit');
		server.kill('SIGTERM');
		await exited;
	}
}

/** A listening position as the app stores it (see src/lib/storage/schema.ts). */
export interface StoredPosition {
	articleId: string;
	line: number;
	wordOffset: number;
	sectionId: string | null;
	progress: number;
	finished: boolean;
	updatedAt: number;
}

/** Saves a listening position straight into the app's database (opened at its current version). */
export async function putPosition(page: Page, position: StoredPosition): Promise<void> {
	await page.evaluate(async (value) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('hark');
			// Never create the database here: that is the app's job (with its migrations).
			request.onupgradeneeded = () => request.transaction!.abort();
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(new Error('Hark has not created its database yet'));
		});
		await new Promise<void>((resolve, reject) => {
			const tx = db.transaction('positions', 'readwrite');
			tx.objectStore('positions').put(value);
			tx.oncomplete = () => resolve();
			tx.onerror = () => reject(tx.error);
		});
		db.close();
	}, position);
}

/** Reads a listening position straight from the app's database. */
export function getPosition(page: Page, articleId: string): Promise<StoredPosition | undefined> {
	return page.evaluate(async (id) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const request = indexedDB.open('hark');
			// Never create the database here: that is the app's job (with its migrations).
			request.onupgradeneeded = () => request.transaction!.abort();
			request.onsuccess = () => resolve(request.result);
			request.onerror = () => reject(new Error('Hark has not created its database yet'));
		});
		const value = await new Promise<StoredPosition | undefined>((resolve, reject) => {
			const request = db.transaction('positions').objectStore('positions').get(id);
			request.onsuccess = () => resolve(request.result as StoredPosition | undefined);
			request.onerror = () => reject(request.error);
		});
		db.close();
		return value;
	}, articleId);
}
