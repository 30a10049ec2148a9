import { describe, expect, it } from 'vitest';
import { fakeLocalStorage } from '../settings/fake-local-storage';
import { mirroredPositionLimit, PositionMirror, positionMirrorKey } from './position-mirror';
import type { ListeningPosition } from './schema';

const place = (articleId: string, updatedAt: number, line = 3): ListeningPosition => ({
	articleId,
	line,
	wordOffset: 4,
	sectionId: 'a-section',
	progress: 0.25,
	finished: false,
	updatedAt
});

describe('PositionMirror', () => {
	it('gives back what it copied, one place per article, the latest save winning', () => {
		const mirror = new PositionMirror(fakeLocalStorage());
		expect(mirror.read('one')).toBeUndefined();
		expect(mirror.write(place('one', 1, 3))).toBe(true);
		expect(mirror.write(place('two', 2, 5))).toBe(true);
		expect(mirror.write(place('one', 3, 8))).toBe(true);
		expect(mirror.read('one')).toEqual(place('one', 3, 8));
		expect(mirror.read('two')).toEqual(place('two', 2, 5));
	});

	it(`keeps the ${mirroredPositionLimit} most recently saved articles`, () => {
		const storage = fakeLocalStorage();
		const mirror = new PositionMirror(storage);
		for (let i = 0; i <= mirroredPositionLimit; i += 1)
			mirror.write(place(`article-${i}`, 100 + i));
		expect(mirror.read('article-0')).toBeUndefined();
		expect(mirror.read('article-1')?.updatedAt).toBe(101);
		expect(mirror.read(`article-${mirroredPositionLimit}`)).toBeDefined();
		expect(JSON.parse(storage.getItem(positionMirrorKey)!)).toHaveLength(mirroredPositionLimit);
	});

	it.each([
		['not JSON', '{'],
		['not a list', '{"articleId":"one"}'],
		['a damaged entry', JSON.stringify([{ articleId: 'one', line: -1, updatedAt: 1 }])]
	])('reads nothing from a copy that is %s, and a write replaces it', (_, raw) => {
		const storage = fakeLocalStorage({ [positionMirrorKey]: raw });
		const mirror = new PositionMirror(storage);
		expect(mirror.read('one')).toBeUndefined();
		mirror.write(place('one', 2));
		expect(mirror.read('one')).toEqual(place('one', 2));
	});

	it('skips a damaged entry and keeps the others', () => {
		const raw = JSON.stringify([{ articleId: 'one', line: 'x', updatedAt: 1 }, place('two', 2)]);
		const mirror = new PositionMirror(fakeLocalStorage({ [positionMirrorKey]: raw }));
		expect(mirror.read('one')).toBeUndefined();
		expect(mirror.read('two')).toEqual(place('two', 2));
	});

	it('does without localStorage: missing, or throwing when read or written (quota)', () => {
		const missing = new PositionMirror(null);
		expect(missing.write(place('one', 1))).toBe(false);
		expect(missing.read('one')).toBeUndefined();

		const blocked = fakeLocalStorage();
		blocked.getItem = () => {
			throw new DOMException('denied', 'SecurityError');
		};
		blocked.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
		const mirror = new PositionMirror(blocked);
		expect(mirror.read('one')).toBeUndefined();
		expect(mirror.write(place('one', 1))).toBe(false);
	});

	it('hears another tab write the copy, for the article asked about, until torn down', () => {
		const storage = fakeLocalStorage();
		const view = new EventTarget();
		const mirror = new PositionMirror(storage, view);
		const heard: ListeningPosition[] = [];
		const stop = mirror.watch('one', (position) => heard.push(position));
		const otherTab = new PositionMirror(storage);
		const written = (key: string | null, storageArea: Storage | null) =>
			view.dispatchEvent(Object.assign(new Event('storage'), { key, storageArea }));

		otherTab.write(place('one', 5, 9));
		written(positionMirrorKey, storage);
		expect(heard).toEqual([place('one', 5, 9)]);
		// Another key, another storage (sessionStorage), or a cleared storage: nothing to hear.
		written('hark.reading', storage);
		written(positionMirrorKey, fakeLocalStorage());
		written(null, storage);
		expect(heard).toHaveLength(1);
		// A write for another article only: this article's place is unchanged, and said again.
		otherTab.write(place('two', 6));
		written(positionMirrorKey, storage);
		expect(heard.at(-1)).toEqual(place('one', 5, 9));

		stop();
		written(positionMirrorKey, storage);
		expect(heard).toHaveLength(2);
		expect(new PositionMirror(null, view).watch('one', () => {})).toBeTypeOf('function');
	});
});
