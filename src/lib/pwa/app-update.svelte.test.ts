import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppUpdate } from './app-update.svelte';

/** An AppUpdate wired to spies: a voice that speaks when told, a reload, a worker to activate. */
function setup({ speaking = false } = {}) {
	const state = { speaking };
	const reloadPage = vi.fn();
	const update = new AppUpdate(() => state.speaking, reloadPage, 1000);
	const activateUpdate = vi.fn(async () => {});
	update.connect({ activateUpdate });
	return { state, reloadPage, update, activateUpdate };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('AppUpdate', () => {
	it('shows the notice when a new version waits, and does nothing else by itself', async () => {
		const { update, reloadPage, activateUpdate } = setup();
		update.updateWaiting();
		expect(update.waiting).toBe(true);
		await vi.runAllTimersAsync();
		expect(reloadPage).not.toHaveBeenCalled();
		expect(activateUpdate).not.toHaveBeenCalled();
	});

	it('"Reload" runs the before-reload hooks first, then lets the new version take over', async () => {
		const { update, reloadPage, activateUpdate } = setup();
		const order: string[] = [];
		update.beforeReload(async () => void order.push('save position'));
		activateUpdate.mockImplementation(async () => void order.push('activate'));
		update.updateWaiting();
		await update.apply();
		expect(order).toEqual(['save position', 'activate']);
		expect(update.reloading).toBe(true);
		expect(reloadPage).not.toHaveBeenCalled();
		update.takenOver();
		expect(reloadPage).toHaveBeenCalledTimes(1);
	});

	it('a hook that fails does not stop the update', async () => {
		const { update, activateUpdate } = setup();
		update.beforeReload(() => {
			throw new Error('broken hook');
		});
		await update.apply();
		expect(activateUpdate).toHaveBeenCalledTimes(1);
	});

	it('a removed hook is not run', async () => {
		const { update } = setup();
		const hook = vi.fn();
		const remove = update.beforeReload(hook);
		remove();
		await update.apply();
		expect(hook).not.toHaveBeenCalled();
	});

	it('pressing "Reload" twice activates once', async () => {
		const { update, activateUpdate } = setup();
		await Promise.all([update.apply(), update.apply()]);
		expect(activateUpdate).toHaveBeenCalledTimes(1);
	});

	it('reloads anyway if the new version never takes over', async () => {
		const { update, reloadPage } = setup();
		await update.apply();
		expect(reloadPage).not.toHaveBeenCalled();
		await vi.advanceTimersByTimeAsync(1000);
		expect(reloadPage).toHaveBeenCalledTimes(1);
	});

	it('another tab accepted the update while this one is quiet: reload now', async () => {
		const { update, reloadPage } = setup();
		update.takenOver();
		await vi.runAllTimersAsync();
		expect(reloadPage).toHaveBeenCalledTimes(1);
	});

	it('another tab accepted the update while the voice speaks: never reload by itself', async () => {
		const { update, reloadPage, state, activateUpdate } = setup({ speaking: true });
		update.updateWaiting();
		update.takenOver();
		await vi.runAllTimersAsync();
		expect(reloadPage).not.toHaveBeenCalled();
		expect(update.waiting).toBe(true);
		// The voice stopping does not reload by itself either: the listener presses "Reload".
		state.speaking = false;
		await vi.runAllTimersAsync();
		expect(reloadPage).not.toHaveBeenCalled();
		await update.apply();
		expect(reloadPage).toHaveBeenCalledTimes(1);
		expect(activateUpdate).not.toHaveBeenCalled();
	});

	it('the take-over arriving while the hooks still run reloads once, after them', async () => {
		const { update, reloadPage } = setup();
		let finishSaving = () => {};
		update.beforeReload(() => new Promise<void>((resolve) => (finishSaving = resolve)));
		const applying = update.apply();
		update.takenOver();
		expect(reloadPage).not.toHaveBeenCalled();
		finishSaving();
		await applying;
		expect(reloadPage).toHaveBeenCalledTimes(1);
	});

	it('with no service worker connected, "Reload" simply reloads', async () => {
		const reloadPage = vi.fn();
		const update = new AppUpdate(() => false, reloadPage);
		await update.apply();
		expect(reloadPage).toHaveBeenCalledTimes(1);
	});

	it('records that Hark is ready offline after the first install', () => {
		const { update } = setup();
		expect(update.offlineReady).toBe(false);
		update.readyOffline();
		expect(update.offlineReady).toBe(true);
	});
});
