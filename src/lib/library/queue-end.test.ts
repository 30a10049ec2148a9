import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { finishedText, nextCue, planQueueEnd, type QueuedArticle } from './queue-end';

const known: Record<string, QueuedArticle> = {
	a: { id: 'a', headline: 'Article A', href: '/articles/a' },
	b: { id: 'b', headline: 'Article B', href: '/read?article=b' },
	c: { id: 'c', headline: 'Article C', href: '/read?article=c' }
};
const find = (id: string) => known[id] ?? null;

describe('planQueueEnd', () => {
	it.each([
		{ queue: [], current: 'a', kind: 'finished', next: null, rest: [] },
		{ queue: ['a'], current: 'a', kind: 'finished', next: null, rest: [] },
		{ queue: ['b'], current: 'a', kind: 'next', next: 'b', rest: ['b'] },
		{ queue: ['a', 'b', 'c'], current: 'a', kind: 'next', next: 'b', rest: ['b', 'c'] },
		{ queue: ['b', 'a', 'c'], current: 'a', kind: 'next', next: 'b', rest: ['b', 'c'] },
		{ queue: ['gone', 'c'], current: 'a', kind: 'next', next: 'c', rest: ['c'] },
		{ queue: ['gone'], current: 'a', kind: 'finished', next: null, rest: [] }
	])('queue $queue after $current → $kind $next', ({ queue, current, kind, next, rest }) => {
		const plan = planQueueEnd(queue, current, true, find);
		expect(plan.kind).toBe(kind);
		expect(plan.kind === 'next' ? plan.next.id : null).toBe(next);
		expect(plan.queue).toEqual(rest);
	});

	it('keeps the autoplay choice', () => {
		const plan = planQueueEnd(['b'], 'a', false, find);
		expect(plan).toMatchObject({ kind: 'next', autoplay: false });
	});

	it('never plans the article that ended, and never loses another known article', () => {
		fc.assert(
			fc.property(
				fc.array(fc.constantFrom('a', 'b', 'c', 'gone')),
				fc.constantFrom('a', 'b', 'c'),
				(queue, current) => {
					const plan = planQueueEnd(queue, current, true, find);
					expect(plan.queue).not.toContain(current);
					if (plan.kind === 'next') expect(plan.next.id).not.toBe(current);
					for (const id of queue)
						if (id !== current && known[id] && (plan.kind === 'finished' || plan.next.id !== id))
							expect(plan.queue).toContain(id);
				}
			)
		);
	});
});

describe('words', () => {
	it('says and shows the next headline', () => {
		expect(nextCue(known.b!)).toBe('Next: Article B');
		expect(finishedText(known.b!)).toBe('Finished — next: Article B');
		expect(finishedText(null)).toBe('Finished');
	});
});
