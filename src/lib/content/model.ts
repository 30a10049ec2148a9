/**
 * Hark's content model: an article is a headline with its people and a list of sections; a section
 * holds paragraphs and, at most once per section, a list of scenarios. Everything here is plain data
 * (no Svelte, no DOM) so the build, the browser and the tests share it.
 */

/** A sentence inside a block of text: character offsets into that text. */
export interface SentenceRange {
	/** Offset of the sentence's first character in the block's text. */
	start: number;
	/** Offset just past the sentence's last character. */
	end: number;
}

/** Where a paragraph sits in a bulleted or numbered list (an imported article's lists). */
export interface ListPlace {
	/** The number of the outermost list item it is part of, counted through the article: an item's paragraphs, and the items nested in it, share it. */
	item: number;
	/** Whether the list is numbered. */
	ordered: boolean;
	/** Set when the text opens with its own bullet or number (pasted plain text), so the page adds none. */
	markerInText?: boolean;
}

/** A paragraph of body text, kept exactly as written. */
export interface Paragraph {
	/** The paragraph's text, verbatim. */
	text: string;
	/** The paragraph's sentences, filled in by segmentation (empty until then). */
	sentences: SentenceRange[];
	/** Set when the paragraph is (part of) a list item. */
	list?: ListPlace;
}

/** One of a set of alternative futures an article lays out, with a heading of its own. */
export interface Scenario {
	/** Stable, readable id, also the URL fragment. */
	id: string;
	/** 1-based position in its list. */
	number: number;
	/** The scenario's heading, e.g. "Scenario 1: A tightly scoped coalition". */
	heading: string;
	/** Set when the title after "Scenario N: " was made from the scenario's opening words (an imported article): only the label is spoken. */
	generatedTitle?: boolean;
	/** Its text. */
	paragraphs: Paragraph[];
}

/** A block of a section's body. */
export type Block =
	| { kind: 'paragraph'; paragraph: Paragraph }
	| { kind: 'scenarios'; scenarios: Scenario[] };

/** A section of the article body, with its own heading. */
export interface Section {
	/** Stable, readable id, also the URL fragment. */
	id: string;
	/** The section's heading. */
	heading: string;
	/** Set when the heading was made from the section's opening words (an imported text without headings): shown, not spoken. */
	generatedHeading?: boolean;
	/** Paragraphs and scenario lists, in reading order. */
	blocks: Block[];
}

/** Who wrote the article. */
export interface Author {
	/** The author's name, e.g. "Marcus Williams". */
	name: string;
	/** What the author is, shown before the name, e.g. "AI Journalist". */
	role: string | null;
	/** A one-line biography. */
	bio: string | null;
}

/** A whole article. */
export interface Article {
	/** Stable id, also the last part of the article's URL. */
	slug: string;
	/** BCP 47 language tag of the text. */
	lang: string;
	/** Direction of the text. */
	dir: 'ltr' | 'rtl' | 'auto';
	/** The headline. */
	headline: string;
	/** The standfirst under the headline. */
	dek: string | null;
	/** The author. */
	author: Author | null;
	/** The brief the AI journalist was given, shown behind a disclosure. */
	perspective: string | null;
	/** Where the article comes from (a publication or "Imported"). */
	source: string | null;
	/** The body. */
	sections: Section[];
}

/** What the library lists for each article. */
export interface ArticleSummary {
	slug: string;
	headline: string;
	dek: string | null;
	author: Author | null;
	lang: string;
	source: string | null;
	/** Number of words a listener will hear. */
	wordCount: number;
	/** Listening time at normal speed, in whole minutes (at least 1). */
	listeningMinutes: number;
}

/** A bundled article's summary, as `/library.json` lists it. */
export interface BundledSummary extends ArticleSummary {
	/** The hash of its text (content-hash.ts), to tell it when a listener brings it again. */
	contentHash: string;
}
