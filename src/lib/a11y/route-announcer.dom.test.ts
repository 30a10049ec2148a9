import { describe, expect, it } from 'vitest';
import { RouteAnnouncer } from './route-announcer';

const url = (path: string) => new URL(path, 'https://hark.example');

function setup() {
	document.body.innerHTML = '<div id="svelte-announcer" aria-live="assertive"></div>';
	document.title = 'Accountability — Hark';
	const said: string[] = [];
	const routes = new RouteAnnouncer(document, (text) => said.push(text));
	return { said, routes, kit: document.getElementById('svelte-announcer')! };
}

describe('RouteAnnouncer', () => {
	it('switches SvelteKit’s assertive region off', () => {
		const { routes, kit } = setup();
		routes.silenceKit();
		expect(kit.getAttribute('aria-live')).toBe('off');
	});

	it.each([
		['/', '/articles/a', ['Accountability — Hark']],
		['/read?id=1', '/read?id=2', ['Accountability — Hark']],
		['/articles/a', '/articles/a#accountability', []],
		['/articles/a#story', '/articles/a#accountability', []]
	])('from %s to %s says %j', (from, to, expected) => {
		const { said, routes, kit } = setup();
		routes.afterNavigate({ from: { url: url(from) }, to: { url: url(to) } });
		expect(said).toEqual(expected);
		expect(kit.getAttribute('aria-live')).toBe('off');
	});

	it('says nothing on the first load (the screen reader reads the new page itself)', () => {
		const { said, routes } = setup();
		routes.afterNavigate({ from: null, to: { url: url('/') } });
		// A page rendered only in the browser (/read) starts from a target without a URL.
		routes.afterNavigate({ from: { url: null }, to: { url: url('/read?article=1') } });
		expect(said).toEqual([]);
	});
});
