/**
 * HTML to blocks, safely. The page is parsed inert, once (DOMParser runs no script), Readability finds
 * the article (title, byline, language, direction, content) in that parse and returns its content as
 * an element, DOMPurify cuts a copy of that element down to an allow-list of text elements with no
 * attributes but lang/dir, and only the visible text of what is left is kept: nothing from the page is
 * ever inserted into Hark's document or executed.
 * This is the importer's one DOM-using file; it takes the window it works in.
 */
import { Readability } from '@mozilla/readability';
import createDOMPurify from 'dompurify';
import { normalizeSpace, type ExtractedDocument, type TextBlock } from './blocks';
import type { ListPlace } from '../content/model';
import { withArticleHeader } from './article-header';

/** The elements whose text survives sanitising. Everything else (script, style, iframe, form, svg, object…) is removed with its content. */
export const allowedTags = [
	'p',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'ul',
	'ol',
	'li',
	'dl',
	'dt',
	'dd',
	'blockquote',
	'pre',
	'code',
	'em',
	'strong',
	'b',
	'i',
	'u',
	's',
	'a',
	'br',
	'span',
	'div',
	'section',
	'article',
	'main',
	'header',
	'footer',
	'aside',
	'figure',
	'figcaption',
	'table',
	'thead',
	'tbody',
	'tfoot',
	'tr',
	'td',
	'th',
	'caption',
	'sup',
	'sub',
	'small',
	'mark',
	'q',
	'cite',
	'abbr',
	'time',
	'address',
	'del',
	'ins'
];
const allowedAttributes = ['lang', 'dir'];

const headingTags = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const leafBlockTags = new Set([
	'P',
	'PRE',
	'LI',
	'DT',
	'DD',
	'FIGCAPTION',
	'CAPTION',
	'TD',
	'TH',
	'ADDRESS',
	'BLOCKQUOTE'
]);
const containerTags = new Set([
	'DIV',
	'SECTION',
	'ARTICLE',
	'MAIN',
	'HEADER',
	'FOOTER',
	'ASIDE',
	'UL',
	'OL',
	'DL',
	'TABLE',
	'THEAD',
	'TBODY',
	'TFOOT',
	'TR',
	'FIGURE',
	'BLOCKQUOTE',
	'LI'
]);
const blockSelector =
	'p,pre,li,dt,dd,figcaption,caption,td,th,address,blockquote,h1,h2,h3,h4,h5,h6,div,section,article,main,header,footer,aside,ul,ol,dl,table,tr,figure';

/** The page's text blocks: headings and paragraphs in reading order. */
export function blocksOf(root: ParentNode): TextBlock[] {
	const blocks: TextBlock[] = [];
	let inline = '';
	/** The element the pending text is in, to tell which list item it belongs to. */
	let inlineOwner: ParentNode | null = null;
	const listItemNumbers = new Map<Element, number>();
	/** Where `owner` sits in a list: the outermost item it is in (its paragraphs share it), if any. */
	const listPlaceOf = (owner: ParentNode | null): ListPlace | undefined => {
		let item = owner && (owner as Node).nodeType === 1 ? (owner as Element).closest('li') : null;
		for (
			let outer = item?.parentElement?.closest('li');
			outer;
			outer = outer.parentElement?.closest('li')
		)
			item = outer;
		if (!item) return undefined;
		if (!listItemNumbers.has(item)) listItemNumbers.set(item, listItemNumbers.size + 1);
		return { item: listItemNumbers.get(item)!, ordered: item.parentElement?.tagName === 'OL' };
	};
	const add = (text: string, owner: ParentNode) => {
		if (inline === '') inlineOwner = owner;
		inline += text;
	};
	const flush = () => {
		// Any visible character (normalizeSpace's white space is exactly \s).
		if (/\S/.test(inline)) {
			const list = listPlaceOf(inlineOwner);
			blocks.push(
				list === undefined
					? { kind: 'paragraph', text: inline }
					: { kind: 'paragraph', text: inline, list }
			);
		}
		inline = '';
		inlineOwner = null;
	};
	/** An element's text as a reader sees it: a line break (<br>) parts the words on either side. */
	const textOf = (element: Element): string => {
		if (!element.querySelector('br')) return element.textContent ?? '';
		let text = '';
		const gather = (node: Node) => {
			if (node.nodeType === 3) text += node.textContent ?? '';
			else if (node.nodeType === 1 && (node as Element).tagName.toUpperCase() === 'BR') text += ' ';
			else node.childNodes.forEach(gather);
		};
		gather(element);
		return text;
	};
	const walk = (parent: ParentNode) => {
		for (const node of Array.from(parent.childNodes)) {
			if (node.nodeType === 3) {
				add(node.textContent ?? '', parent);
				continue;
			}
			if (node.nodeType !== 1) continue;
			const element = node as Element;
			const tag = element.tagName.toUpperCase();
			if (tag === 'BR') {
				add(' ', parent);
			} else if (headingTags.has(tag)) {
				flush();
				blocks.push({ kind: 'heading', text: textOf(element) });
			} else if (
				(leafBlockTags.has(tag) || containerTags.has(tag)) &&
				element.querySelector(blockSelector)
			) {
				flush();
				walk(element);
				flush();
			} else if (leafBlockTags.has(tag) || containerTags.has(tag)) {
				flush();
				add(textOf(element), element);
				flush();
			} else {
				// Inline element without blocks inside: part of the current run of text.
				if (element.querySelector(blockSelector)) walk(element);
				else add(textOf(element), parent);
			}
		}
	};
	walk(root);
	flush();
	return blocks;
}

const rtlLanguages = /^(ar|he|iw|fa|ur|ps|sd|ug|yi|dv|ckb)(-|$)/i;

/** DOMPurify's settings: the allow-list, and only lang/dir attributes. */
const purifyConfig = {
	ALLOWED_TAGS: allowedTags,
	ALLOWED_ATTR: allowedAttributes,
	ALLOW_DATA_ATTR: false
};

/**
 * The sanitised blocks of Readability's content element. DOMPurify takes the element itself (it copies
 * the nodes into its own inert document and cleans them there): the content is never serialised to
 * HTML and parsed again.
 */
function sanitisedBlocks(
	content: Element,
	purify: ReturnType<typeof createDOMPurify>
): TextBlock[] {
	return blocksOf(
		purify.sanitize(content, { ...purifyConfig, RETURN_DOM_FRAGMENT: true }) as DocumentFragment
	);
}

/**
 * Page furniture Readability keeps inside an article, removed before it reads the page: a page's own
 * table of contents (Hark has its own), a wiki's "[edit]" links, a comment's "Reply" link, a cookie
 * banner.
 */
const furniture = [
	'#toc, .toc, #mw-toc, .mw-editsection, .comment-reply-link',
	...['cookie-banner', 'cookie-consent', 'cookie-notice', 'consent-banner'].map(
		(name) => `[class*="${name}" i], [id*="${name}" i]`
	)
].join(', ');
/** What a heading's link to itself shows: "#", "¶", "§", a link sign, or nothing. */
const selfLinkSign = /^[#¶§\u{1F517}\u2693]?$/u;

/** Removes page furniture, and headings' links to themselves ("Current status #"), from `doc`. */
function removePageFurniture(doc: Document): void {
	for (const element of Array.from(doc.querySelectorAll(furniture))) element.remove();
	for (const link of Array.from(
		doc.querySelectorAll(
			'h1 a[href^="#"], h2 a[href^="#"], h3 a[href^="#"], h4 a[href^="#"], h5 a[href^="#"], h6 a[href^="#"]'
		)
	))
		if (selfLinkSign.test((link.textContent ?? '').trim())) link.remove();
}

/** An en or em dash with white space on both sides: how many pages put the site's name after the title. */
const spacedDash = /(?<=\s)[\u2013\u2014](?=\s)/g;

/**
 * Lets Readability treat a spaced en or em dash in the page's title as the separator it is.
 * Readability 0.6.0 (the newest on npm) cuts a site's name off a title at " | ", " - ", " / ", " > "
 * and " » ", but not at "Title – Site" or "Title — Site", which its unreleased code does. Each such
 * dash becomes "|" (a separator with the same rules) before Readability reads the title; the function
 * returned maps the title Readability gives back onto the page's own characters, one for one.
 */
function separateTitleAtDashes(doc: Document): (title: string) => string {
	const original = doc.title;
	const separated = original.replace(spacedDash, '|');
	if (separated === original) return (title) => title;
	doc.title = separated;
	return (title) => {
		const at = title ? separated.indexOf(title) : -1;
		return at < 0 ? title : original.slice(at, at + title.length);
	};
}

/** Reads a whole HTML page into blocks and metadata, using `window` for DOMParser and DOMPurify. */
export function extractHtml(html: string, window: Window & typeof globalThis): ExtractedDocument {
	const purify = createDOMPurify(window as never);
	const parse = () => new window.DOMParser().parseFromString(html, 'text/html');
	const doc = parse();
	const root = doc.documentElement;
	const pageLang =
		normalizeSpace(root.getAttribute('lang') ?? doc.body?.getAttribute('lang') ?? '') || null;
	const pageDir = (root.getAttribute('dir') ?? doc.body?.getAttribute('dir') ?? '').toLowerCase();
	const pageTitle = doc.title;
	// A pasted fragment has no <title>: its first <h1> is the headline (Readability passes over a
	// page this short).
	const firstH1 = normalizeSpace(doc.querySelector('h1')?.textContent ?? '');

	// Readability works on the parsed page itself (it changes it; nothing else needs it afterwards) and
	// hands back its content as an element, not as HTML to be parsed again.
	let parsed: ReturnType<Readability<Element>['parse']> = null;
	const titleOnPage = separateTitleAtDashes(doc);
	removePageFurniture(doc);
	try {
		parsed = new Readability(doc, { serializer: (node) => node as Element }).parse();
	} catch {
		parsed = null;
	}
	const readTitle = parsed?.title ? titleOnPage(parsed.title) : '';
	let blocks = parsed?.content ? sanitisedBlocks(parsed.content, purify) : [];
	if (!blocks.some((b) => b.kind === 'paragraph')) {
		// Readability found nothing usable: fall back to the sanitised text of the whole body, parsed
		// afresh (Readability has taken the first parse apart).
		const body = parse().body;
		if (body)
			blocks = blocksOf(
				purify.sanitize(body.innerHTML, {
					...purifyConfig,
					RETURN_DOM_FRAGMENT: true
				}) as DocumentFragment
			);
	}
	const lang = normalizeSpace(parsed?.lang ?? '') || pageLang;
	const dirFromPage = parsed?.dir ?? pageDir;
	const dir =
		dirFromPage === 'rtl' || dirFromPage === 'ltr'
			? dirFromPage
			: lang && rtlLanguages.test(lang)
				? 'rtl'
				: null;
	return withArticleHeader({
		// The title as the page gives it (only trimmed), so its own spacing survives.
		title: (readTitle || pageTitle || firstH1).trim(),
		byline: parsed?.byline ? normalizeSpace(parsed.byline) || null : null,
		lang,
		dir,
		source: parsed?.siteName ? normalizeSpace(parsed.siteName) || null : null,
		blocks
	});
}
