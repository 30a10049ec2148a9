import { describe, expect, it } from 'vitest';
import { OnlineStatus } from './online-status.svelte';

describe('OnlineStatus', () => {
	it('follows the online and offline events until torn down', () => {
		let onLine = false;
		Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => onLine });
		const status = new OnlineStatus();
		const stop = status.listen(window);
		expect(status.online).toBe(false);
		onLine = true;
		window.dispatchEvent(new Event('online'));
		expect(status.online).toBe(true);
		onLine = false;
		window.dispatchEvent(new Event('offline'));
		expect(status.online).toBe(false);
		stop();
		onLine = true;
		window.dispatchEvent(new Event('online'));
		expect(status.online).toBe(false);
	});
});
