/**
 * Bringing an article into Hark: from pasted or opened text, Markdown or HTML to a segmented article
 * in Hark's content model, or a plain-words reason why not. Every check a file needs (size, binary
 * content, emptiness) happens here, before anything reaches the library.
 */
import { contentHashOf } from '../content/content-hash';
import type { Article } from '../content/model';
import { ContentError, parseArticle } from '../content/parse';
import { segmentArticle } from '../content/segment';
import { buildArticle, type ExtractedDocument } from './blocks';
import { detectDirection, detectLanguage } from './language';
import { extractMarkdown, extractPlainText, looksLikeMarkdown } from './text';

export { normalizeSpace } from './blocks';
export { articleText, hashText } from '../content/content-hash';

/** The largest file or paste Hark imports, in bytes. */
export const maxImportBytes = 5 * 1024 * 1024;

/** The kinds of text Hark imports. */
export type ImportFormat = 'text' | 'markdown' | 'html';

/** The result of an import: an article, or a reason a listener can act on. */
export type ImportOutcome =
	| { ok: true; article: Article; contentHash: string; format: ImportFormat }
	| { ok: false; error: string };

/** The format of `text`, from the file name when there is one, else from its content. */
export function detectFormat(text: string, fileName?: string): ImportFormat {
	const extension = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
	if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
	if (extension === 'md' || extension === 'markdown') return 'markdown';
	if (extension === 'txt') return 'text';
	const head = text.slice(0, 2000).trimStart().toLowerCase();
	if (
		/^(<!doctype html|<html|<head|<body|<article|<meta|<title)/.test(head) ||
		/<(p|div|h[1-6]|article|body)[\s>]/.test(head)
	)
		return 'html';
	return looksLikeMarkdown(text) ? 'markdown' : 'text';
}

/** Why file bytes cannot be imported, or null when they can. */
export function checkFileBytes(bytes: Uint8Array, fileName = 'The file'): string | null {
	if (bytes.byteLength > maxImportBytes)
		return `${fileName} is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; Hark imports files up to 5 MB.`;
	if (bytes.byteLength === 0) return `${fileName} is empty.`;
	const sample = bytes.subarray(0, 8192);
	let control = 0;
	for (const byte of sample) {
		if (byte === 0)
			return `${fileName} is not a text file (it looks like a binary file). Open a .txt, .md or .html file.`;
		if (byte < 9 || (byte > 13 && byte < 32)) control++;
	}
	if (control / sample.length > 0.05)
		return `${fileName} is not a text file (it looks like a binary file). Open a .txt, .md or .html file.`;
	return null;
}

/** Options for `importText`. */
export interface ImportOptions {
	/** The file's name, when the text came from a file. */
	fileName?: string;
	/** The format, when known; otherwise detected. */
	format?: ImportFormat;
	/** Reads HTML into blocks (the browser's DOM-based extractor); required for HTML. */
	extractHtml?: (html: string) => ExtractedDocument;
}

/** The size of `text` in UTF-8, in bytes, as TextEncoder would write it (without encoding it). */
export function utf8ByteLength(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c < 0x80) bytes += 1;
		else if (c < 0x800) bytes += 2;
		else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
			bytes += 4; // a surrogate pair: one code point beyond U+FFFF
			i++;
		} else bytes += 3; // the rest of the BMP, and a lone surrogate (written as U+FFFD)
	}
	return bytes;
}

/** Whether `text` is over the import limit; only long text is measured (a unit is at most 3 bytes). */
export function overImportLimit(text: string): boolean {
	return text.length * 3 > maxImportBytes && utf8ByteLength(text) > maxImportBytes;
}

/** Whether `text` is in Hark's own article format: front matter that names a headline (content/parse.ts). */
function isHarkArticleFile(text: string): boolean {
	const frontMatter = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
	return frontMatter !== null && /^headline:/m.test(frontMatter[1]!);
}

/** An article in Hark's own format, read by the parser of the bundled articles. */
function importHarkArticle(text: string, fileName: string | undefined): ImportOutcome {
	let article: Article;
	try {
		article = parseArticle(text, fileName ?? 'The text');
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		return {
			ok: false,
			error: `This is a Hark article file with a mistake on line ${error.line}: ${error.reason}.`
		};
	}
	return imported(article, fileName, 'markdown');
}

/** An article read from `fileName` (or pasted), named by its content's hash and segmented. */
function imported(
	article: Article,
	fileName: string | undefined,
	format: ImportFormat
): ImportOutcome {
	const contentHash = contentHashOf(article);
	article.slug = `a-${contentHash}`;
	article.source ??= fileName ?? 'Imported';
	return { ok: true, article: segmentArticle(article), contentHash, format };
}

/** Imports `text` as an article, segmented and ready to listen to. */
export function importText(text: string, options: ImportOptions = {}): ImportOutcome {
	if (overImportLimit(text))
		return { ok: false, error: 'That text is over 5 MB; Hark imports articles up to 5 MB.' };
	if (text.trim() === '')
		return { ok: false, error: 'There is no text to import. Paste an article or open a file.' };
	const format = options.format ?? detectFormat(text, options.fileName);
	if (format !== 'html' && isHarkArticleFile(text))
		return importHarkArticle(text, options.fileName);
	let extracted: ExtractedDocument;
	if (format === 'html') {
		if (!options.extractHtml) return { ok: false, error: 'HTML cannot be read here.' };
		extracted = options.extractHtml(text);
	} else extracted = format === 'markdown' ? extractMarkdown(text) : extractPlainText(text);

	if (!extracted.title && options.fileName)
		extracted.title = options.fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
	const visibleText = extracted.blocks.map((b) => b.text).join(' ');
	extracted.lang ??= detectLanguage(`${extracted.title} ${visibleText}`);
	extracted.dir ??= detectDirection(visibleText);
	const provisional = buildArticle(extracted, 'pending');
	if (!provisional)
		return {
			ok: false,
			error:
				format === 'html'
					? 'Hark found no article text in that page. Copy the article’s text and paste it instead.'
					: 'There is no readable text in that input.'
		};
	return imported(provisional, options.fileName, format);
}
