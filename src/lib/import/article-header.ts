/**
 * The furniture at the top of an imported article (text, Markdown or HTML), told apart from its body: a
 * standfirst, a byline ("By Ana Ruiz", "AI Journalist: Marcus Williams"), the writer's one-line bio,
 * an editorial brief under its label ("View Journalist's Editorial Perspective"), and the labels of
 * the source site's audio player ("Listen to Article", "Click play to generate audio"), which are
 * controls copied along with the text, not words to read aloud. Anything it does not recognise stays
 * in the body. Pure: no Svelte, no DOM.
 */
import { normalizeSpace, type ExtractedDocument, type TextBlock } from './blocks';

/** What the top of an article holds, and the paragraphs of its body. */
export interface ArticleHeader {
	/** The standfirst: the one paragraph between the title and the byline. */
	dek: string | null;
	/** The writer's name. */
	byline: string | null;
	/** What the writer is, as the byline says it ("AI Journalist"). */
	authorRole: string | null;
	/** The writer's one-line biography. */
	authorBio: string | null;
	/** The editorial brief, without the quotation marks around it. */
	perspective: string | null;
	/** The paragraphs after the header. */
	body: string[];
}

/** A header with nothing found. */
const noHeader = { dek: null, byline: null, authorRole: null, authorBio: null, perspective: null };

/** A standfirst is one paragraph at most this long. */
const maxDekLength = 600;
/** A writer's bio is one paragraph at most this long. */
const maxBioLength = 300;

/** A byline's label names what the writer is: "AI Journalist: …", "Staff reporter: …". */
const roleWord =
	/\b(?:journalist|reporter|writer|author|correspondent|editor|columnist|contributor|critic)s?\b/i;
/** A word of a name: capitalised, or one of the particles names carry. */
const nameWord =
	/^(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|del|della|da|di|du|van|von|der|den|la|le|bin|al|and|&)$/u;
/** The label of an AI journalist's brief, as the source site shows it. */
const perspectiveLabel =
	/^(?:view\s+(?:the\s+)?(?:\p{L}+['’]s\s+)?(?:editorial\s+)?perspective|editorial\s+perspective)$/iu;
/** The labels of a site's audio player, copied with the article's text. */
const playerLabel =
	/^(?:listen to (?:this |the )?(?:article|story)|click (?:the )?play(?: button)? to (?:generate|hear|listen to) (?:the )?audio|listen now|play audio|audio version)[.!]?$/i;

/** `text` when it is a person's name (or names joined by "and"), else null. */
function nameIn(text: string): string | null {
	const name = text.trim();
	const words = name.split(/\s+/);
	if (name.length > 80 || words.length > 8 || !/^\p{Lu}/u.test(name)) return null;
	return words.every((word) => nameWord.test(word)) ? name : null;
}

/** The writer's name and role when `paragraph` is a byline. */
export function readByline(paragraph: string): { name: string; role: string | null } | null {
	const plain = /^by\s+(.+)$/i.exec(paragraph);
	if (plain) {
		const name = nameIn(plain[1]!);
		return name ? { name, role: null } : null;
	}
	const labelled = /^([^:]{2,40}):\s*(.+)$/.exec(paragraph);
	if (!labelled) return null;
	const role = labelled[1]!.trim();
	if (!roleWord.test(role) || role.split(/\s+/).length > 4) return null;
	const name = nameIn(labelled[2]!);
	return name ? { name, role } : null;
}

/** `text` without the quotation marks around all of it (none inside). */
function unquoted(text: string): string {
	const quoted = /^["“«]\s*([^"“”«»]*?)\s*["”»]$/.exec(text.trim());
	return quoted ? quoted[1]! : text;
}

/**
 * Splits the paragraphs after an article's title into its header and its body. With `bodyFollows`
 * (Markdown paragraphs before the first heading) the header may take every paragraph given.
 */
export function readArticleHeader(
	paragraphs: readonly string[],
	{ bodyFollows = false }: { bodyFollows?: boolean } = {}
): ArticleHeader {
	const header: ArticleHeader = { ...noHeader, body: [...paragraphs] };
	let index = 0;
	// The byline comes first, or right after the standfirst.
	const bylines = paragraphs.slice(0, 2).map(readByline);
	const bylineAt = bylines.findIndex((byline) => byline !== null);
	const byline = bylines[bylineAt];
	if (byline) {
		if (bylineAt === 1 && paragraphs[0]!.length > maxDekLength) return header;
		header.dek = bylineAt === 1 ? paragraphs[0]! : null;
		header.byline = byline.name;
		header.authorRole = byline.role;
		index = bylineAt + 1;
		// A bio is told from the body by what follows it: the brief's label or the player's.
		const next = paragraphs[index];
		const after = paragraphs[index + 1] ?? '';
		if (
			next !== undefined &&
			next.length <= maxBioLength &&
			(perspectiveLabel.test(after) || playerLabel.test(after))
		) {
			header.authorBio = next;
			index++;
		}
	}
	if (perspectiveLabel.test(paragraphs[index] ?? '') && paragraphs[index + 1] !== undefined) {
		header.perspective = unquoted(paragraphs[index + 1]!);
		index += 2;
	}
	while (index < paragraphs.length && playerLabel.test(paragraphs[index]!)) index++;
	// A text that is all header is read as it is.
	if (index >= paragraphs.length && !bodyFollows) return { ...noHeader, body: [...paragraphs] };
	header.body = paragraphs.slice(index);
	return header;
}

/**
 * `doc` with its header read from the paragraphs before its first heading (all of them when it has
 * none). A byline the header names, with its role, replaces one the page's metadata gave.
 */
export function withArticleHeader(doc: ExtractedDocument): ExtractedDocument {
	const firstHeading = doc.blocks.findIndex((b) => b.kind !== 'paragraph');
	const lead = doc.blocks.slice(0, firstHeading < 0 ? doc.blocks.length : firstHeading);
	const { body, byline, ...header } = readArticleHeader(
		lead.map((b) => normalizeSpace(b.text)),
		{ bodyFollows: firstHeading >= 0 }
	);
	if (body.length === lead.length) return doc;
	// The body is the lead's tail: its blocks are kept as they are (a list item stays one).
	const blocks: TextBlock[] = [
		...lead.slice(lead.length - body.length),
		...doc.blocks.slice(lead.length)
	];
	return {
		...doc,
		blocks,
		...header,
		byline: byline ?? doc.byline,
		authorRole: byline ? header.authorRole : null
	};
}
