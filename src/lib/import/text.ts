/**
 * Plain text and Markdown to blocks. Plain text: the first short line is the title; paragraphs end
 * where segmentation's layout rules put a hard break (a blank line; a line break before a list item,
 * a heading or after a short line; every line break in text whose lines are whole paragraphs), and
 * hard-wrapped lines join; the article's header (standfirst, byline, bio, editorial brief, a site's
 * player labels) is told from its body (article-header.ts). Markdown: `marked`'s lexer gives
 * headings and paragraphs; inline markup is reduced to the text a reader sees. Pure: no Svelte, no
 * DOM.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { abbreviationsFor } from '../segmentation/abbreviations';
import { endsInJoiningWord, findHardBreaks } from '../segmentation/blocks';
import { plainBullets } from '../segmentation/text';
import { withArticleHeader } from './article-header';
import { listMarker, normalizeSpace, type ExtractedDocument, type TextBlock } from './blocks';
import { detectLanguage } from './language';
import type { ListPlace } from '../content/model';

/** A line break before a bullet Markdown does not read as one ("•", "▪", not "-", "*", "+"). */
const bulletLine = new RegExp(`\\n(?=${plainBullets}\\s)`);

/** A paragraph that is a list item opening with its own bullet or number ("- A deal.", "2) …"). */
const markedItem = (text: string, item: number): TextBlock => ({
	kind: 'paragraph',
	text,
	list: { item, ordered: /^\d/.test(text), markerInText: true }
});

/** A first line at most this long (and not ending like a sentence) is a title. */
const maxTitleLength = 150;

/** A line that reads as a heading: short, capitalised, not ending like a sentence, not a byline. */
const headingLine = /^(?!By\s)[\p{Lu}\p{N}][^\n]{0,59}(?<![.!?,;:…])$/u;

/**
 * A short line standing alone before a longer paragraph ("Routes", "What to pack") is a section
 * heading: people pasting text mark sections so, and a heading is what a listener skips by.
 */
function shortLinesAsHeadings(blocks: TextBlock[]): TextBlock[] {
	return blocks.map((block, index) => {
		const next = blocks[index + 1];
		return block.kind === 'paragraph' &&
			block.list === undefined &&
			headingLine.test(block.text) &&
			next?.kind === 'paragraph' &&
			next.text.length > block.text.length
			? { kind: 'heading', text: block.text }
			: block;
	});
}

/**
 * Splits text into paragraphs at its hard breaks, joining wrapped lines (a line ending in "Dr." or
 * "e.g." runs on: the abbreviations are the text's language's).
 */
function paragraphsOf(text: string): string[] {
	const abbreviations = abbreviationsFor(detectLanguage(text) ?? 'en');
	const starts = [0, ...findHardBreaks(text, abbreviations), text.length];
	const paragraphs: string[] = [];
	for (let i = 0; i + 1 < starts.length; i++) {
		const paragraph = normalizeSpace(text.slice(starts[i], starts[i + 1]));
		if (paragraph !== '') paragraphs.push(paragraph);
	}
	return paragraphs;
}

/** Plain text → title and paragraph blocks. */
export function extractPlainText(text: string): ExtractedDocument {
	const normalized = text.replace(/\r\n?/g, '\n');
	const lines = normalized.split('\n');
	const first = lines.findIndex((l) => l.trim() !== '');
	let title = '';
	let body = normalized;
	if (first >= 0) {
		const candidate = normalizeSpace(lines[first]!);
		const next = lines[first + 1]?.trim() ?? '';
		// A hard-wrapped paragraph's first line is not a title: it runs on into the next line.
		const standsAlone =
			next === '' ||
			(!/[,;:\-–—]$/.test(candidate) && !/[.!?]$/.test(candidate) && !/^\p{Ll}/u.test(next));
		if (candidate.length <= maxTitleLength && standsAlone) {
			title = candidate;
			body = lines.slice(first + 1).join('\n');
		}
	}
	// A paragraph opening with a bullet or a number ("- A deal.", "2) Collapse.") is a list item.
	let listItems = 0;
	const blocks: TextBlock[] = paragraphsOf(body).map((text) =>
		listMarker.test(text) ? markedItem(text, ++listItems) : { kind: 'paragraph', text }
	);
	if (blocks.length === 0 && title) {
		// A single short line: it is the text, not just a title.
		blocks.push({ kind: 'paragraph', text: title });
	}
	return withHeadings(
		withArticleHeader({ title, byline: null, lang: null, dir: null, source: null, blocks })
	);
}

/** The document with its body's short lines standing alone made headings. */
function withHeadings(doc: ExtractedDocument): ExtractedDocument {
	return { ...doc, blocks: shortLinesAsHeadings(doc.blocks) };
}

/** The visible text of inline Markdown tokens. */
function inlineText(tokens: Token[] | undefined, fallback: string): string {
	if (!tokens) return fallback;
	let out = '';
	for (const token of tokens) {
		switch (token.type) {
			case 'image':
				break; // not visible text
			case 'br':
				out += ' ';
				break;
			case 'html':
				out += (token as Tokens.HTML).text.replace(/<[^>]*>/g, '');
				break;
			case 'codespan':
				out += (token as Tokens.Codespan).text;
				break;
			default: {
				const withChildren = token as Token & { tokens?: Token[]; text?: string };
				out += withChildren.tokens
					? inlineText(withChildren.tokens, '')
					: (withChildren.text ?? token.raw);
			}
		}
	}
	return out;
}

/** Markdown → title, headings and paragraphs. */
export function extractMarkdown(markdown: string): ExtractedDocument {
	const tokens = new Lexer().lex(markdown.replace(/\r\n?/g, '\n'));
	const blocks: TextBlock[] = [];
	let title = '';
	/** Where the list item being read sits, if any (its nested items share it). */
	let list: ListPlace | undefined;
	let listItems = 0;
	const paragraph = (text: string): TextBlock =>
		list === undefined ? { kind: 'paragraph', text } : { kind: 'paragraph', text, list };
	const visit = (children: Token[]) => {
		for (const token of children) {
			switch (token.type) {
				case 'heading': {
					const heading = token as Tokens.Heading;
					const text = normalizeSpace(inlineText(heading.tokens, heading.text));
					if (!title && heading.depth === 1 && blocks.length === 0) title = text;
					else blocks.push({ kind: 'heading', text });
					break;
				}
				case 'paragraph':
				case 'text': {
					const t = token as Tokens.Paragraph | Tokens.Text;
					const items = list === undefined ? t.text.split(bulletLine) : [];
					// "Night trains of Europe⏎A brief note…": a short first line on its own line is a
					// title or heading, not the paragraph's first words (Markdown joins the lines).
					// A hard wrap is not one: the line is much shorter than the next, which opens a
					// sentence, and does not end in a joining word ("The committee met with").
					const lineBreak = t.text.indexOf('\n');
					const firstLine = lineBreak > 0 ? t.text.slice(0, lineBreak).trim() : '';
					const afterFirst = t.text.slice(lineBreak + 1);
					const nextLine = afterFirst.split('\n', 1)[0]!.trim();
					if (
						list === undefined &&
						items.length < 2 &&
						headingLine.test(firstLine) &&
						!endsInJoiningWord(firstLine) &&
						/^[\p{Lu}\p{N}]/u.test(nextLine) &&
						firstLine.length < 0.75 * nextLine.length
					) {
						blocks.push(paragraph(inlineText(Lexer.lexInline(firstLine), firstLine)));
						blocks.push(paragraph(inlineText(Lexer.lexInline(afterFirst), afterFirst)));
						break;
					}
					if (items.length < 2) {
						blocks.push(paragraph(inlineText(t.tokens, t.text)));
						break;
					}
					// Lines opening with a bullet Markdown does not know ("• Jackets") are list items,
					// their bullet kept as in plain text; the lines before them a paragraph.
					const [intro, ...rest] = items;
					if (intro!.trim()) blocks.push(paragraph(inlineText(Lexer.lexInline(intro!), intro!)));
					for (const item of rest)
						blocks.push(markedItem(inlineText(Lexer.lexInline(item), item), ++listItems));
					break;
				}
				case 'list':
					for (const item of (token as Tokens.List).items) {
						const outer = list;
						list ??= { item: ++listItems, ordered: (token as Tokens.List).ordered };
						const inner = item.tokens.filter((t) => t.type !== 'list');
						blocks.push(
							paragraph(
								inner
									.map((t) => inlineText((t as Tokens.Text).tokens, (t as Tokens.Text).text ?? ''))
									.join(' ')
							)
						);
						visit(item.tokens.filter((t) => t.type === 'list'));
						list = outer;
					}
					break;
				case 'blockquote':
					visit((token as Tokens.Blockquote).tokens);
					break;
				case 'code':
					blocks.push({ kind: 'paragraph', text: (token as Tokens.Code).text });
					break;
				case 'html':
					blocks.push({
						kind: 'paragraph',
						text: (token as Tokens.HTML).text.replace(/<[^>]*>/g, ' ')
					});
					break;
				case 'table': {
					const table = token as Tokens.Table;
					for (const row of [table.header, ...table.rows])
						blocks.push({
							kind: 'paragraph',
							text: row.map((cell) => inlineText(cell.tokens, cell.text)).join(', ')
						});
					break;
				}
				default:
					break; // space, hr, def: nothing to read
			}
		}
	};
	visit(tokens);
	if (!title) {
		const firstParagraph = blocks.findIndex((b) => b.kind === 'paragraph');
		const candidate = firstParagraph >= 0 ? blocks[firstParagraph]!.text : '';
		if (candidate && normalizeSpace(candidate).length <= maxTitleLength && blocks.length > 1) {
			title = normalizeSpace(candidate);
			blocks.splice(firstParagraph, 1);
		}
	}
	return withHeadings(
		withArticleHeader({ title, byline: null, lang: null, dir: null, source: null, blocks })
	);
}

/** Whether text looks like Markdown (headings, lists, emphasis or links in Markdown syntax). */
export function looksLikeMarkdown(text: string): boolean {
	return /^(#{1,6}\s|\s*[-*+]\s|\s*\d+\.\s|>\s)|\[[^\]]+\]\([^)]+\)|\*\*[^*]+\*\*/m.test(text);
}
