import { describe, expect, it } from 'vitest';
import { PageScroll } from './page-scroll';

const at = (href: string) => ({ url: new URL(href, 'https://hark.example') });

describe('PageScroll', () => {
	it.each([
		['another page', '/', '/articles/a', 'auto'],
		['another imported article', '/read?article=a', '/read?article=b', 'auto'],
		['a fragment of the same page', '/articles/a', '/articles/a#scenario-2', ''],
		['the same page again', '/accessibility', '/accessibility', '']
	])('%s: scroll-behavior "%s" during the navigation', (_, from, to, expected) => {
		const root = document.createElement('html');
		const scroll = new PageScroll(root);
		scroll.beforeNavigate({ from: at(from), to: at(to) });
		expect(root.style.scrollBehavior).toBe(expected);
		scroll.afterNavigate();
		expect(root.style.scrollBehavior).toBe('');
	});

	it('leaves the page alone when it is left for another site or first opened', () => {
		const root = document.createElement('html');
		const scroll = new PageScroll(root);
		scroll.beforeNavigate({ from: at('/'), to: null });
		scroll.beforeNavigate({ from: null, to: at('/') });
		// A page rendered only in the browser (/read) starts from a target without a URL.
		scroll.beforeNavigate({ from: { url: null }, to: at('/read?article=a') });
		expect(root.style.scrollBehavior).toBe('');
	});

	it('keeps the other inline styles of <html> (the reading settings) after a navigation', () => {
		const root = document.createElement('html');
		root.style.setProperty('--line-height', '1.8');
		const scroll = new PageScroll(root);
		scroll.beforeNavigate({ from: at('/'), to: at('/add') });
		scroll.afterNavigate();
		expect(root.style.getPropertyValue('--line-height')).toBe('1.8');
	});
});
