/**
 * Data faults, injected: storage running out of room during an import, and a damaged record in
 * IndexedDB. After each, the library is intact and the listener is told what happened.
 */
import { test, expect, expectNoAxeViolations } from './fixtures';
import { seed } from './seed';
import { faultInjected, faultSurvived } from './totals';

test('storage quota exceeded during an import: a clear error, the library unchanged', async ({
	page
}) => {
	await page.goto('/add');
	await page.getByLabel('Article text').fill('Kept story\n\nThis one fits.');
	await page.getByRole('button', { name: 'Add to library' }).click();
	await expect(page).toHaveURL(/\/read\?article=/);

	// From now on every write to the library fails as a full disk would.
	faultInjected('quota exceeded during an import');
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (
			this: IDBObjectStore,
			...args: Parameters<typeof put>
		) {
			if (this.name === 'articles')
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			return put.apply(this, args);
		};
	});
	await page.getByRole('banner').getByRole('link', { name: /^Hark/ }).click();
	await page.getByRole('link', { name: 'Add article' }).click();
	await page.getByLabel('Article text').fill('Too big story\n\nThis one does not fit.');
	await page.getByRole('button', { name: 'Add to library' }).click();
	await expect(page.getByRole('alert')).toContainText('no room left');
	await expectNoAxeViolations(page, 'add page with a quota error');

	await page.reload();
	await page.goto('/');
	const list = page.getByRole('list', { name: 'Articles' });
	await expect(list.getByRole('link', { name: 'Kept story' })).toBeVisible();
	await expect(list.getByRole('link', { name: 'Too big story' })).toHaveCount(0);
	await expect(list.getByRole('link', { name: seed.headline })).toBeVisible();
	faultSurvived('quota exceeded during an import');
});

test('a damaged record in IndexedDB is skipped and reported; the rest loads', async ({ page }) => {
	await page.goto('/add');
	await page.getByLabel('Article text').fill('Healthy story\n\nIt is fine.');
	await page.getByRole('button', { name: 'Add to library' }).click();
	await expect(page).toHaveURL(/\/read\?article=/);
	faultInjected('damaged IndexedDB record');
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('hark');
				request.onsuccess = () => {
					const tx = request.result.transaction('articles', 'readwrite');
					tx.objectStore('articles').put({
						id: 'broken',
						origin: 'imported',
						article: { headline: 'Broken', sections: [{ blocks: 'garbage' }] }
					});
					tx.oncomplete = () => (request.result.close(), resolve());
					tx.onerror = () => reject(tx.error);
				};
				request.onerror = () => reject(request.error);
			})
	);
	await page.goto('/');
	await expect(page.getByRole('status').filter({ hasText: 'damaged' })).toContainText('skipped');
	const list = page.getByRole('list', { name: 'Articles' });
	await expect(list.getByRole('link', { name: 'Healthy story' })).toBeVisible();
	await expect(list.getByRole('link', { name: 'Broken' })).toHaveCount(0);
	await expectNoAxeViolations(page, 'library with a damaged record');
	// Its own address says it is not there rather than failing.
	await page.goto('/read?article=broken');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article not found');
	faultSurvived('damaged IndexedDB record');
});
