/**
 * The common ground of every importer: a title, some metadata and a flat list of blocks (headings
 * and paragraphs of visible text). `buildArticle` turns that into Hark's content model: headings
 * become sections; a document without headings gets sections made from its paragraphs, headed by
 * their own opening words (language-neutral, nothing invented). Pure: no Svelte, no DOM.
 */
import type { Article, Block, ListPlace, Paragraph, Scenario, Section } from '../content/model';
import { slugify, uniqueId } from '../content/slug';
import { bullets } from '../segmentation/text';
import { segmentSentences } from '../segmentation/index';
import { withoutByWord } from '../content/script';
import {
	findScenarios,
	introducesAlternatives,
	namesFutures,
	opensScenario,
	scenarioLabel
} from './scenarios';

/** A block of visible text found in an imported document. */
export type TextBlock =
	| { kind: 'heading'; text: string }
	| {
			kind: 'paragraph';
			text: string;
			/** Where it sits in a list, if it is part of one. */
			list?: ListPlace;
	  };

/** What an importer extracted. */
export interface ExtractedDocument {
	title: string;
	/** The writer's name (or the page's byline as written). */
	byline: string | null;
	lang: string | null;
	dir: 'ltr' | 'rtl' | null;
	source: string | null;
	blocks: TextBlock[];
	/** The standfirst under the title, when the importer could tell it from the body. */
	dek?: string | null;
	/** What the writer is, as the byline says it ("AI Journalist"). */
	authorRole?: string | null;
	/** The writer's one-line biography under the byline. */
	authorBio?: string | null;
	/** The brief the AI journalist was given, found under its own label. */
	perspective?: string | null;
}

/** The bullet or number opening a list item in plain text ("- A deal.", "2) Collapse."). */
export const listMarker = new RegExp(String.raw`^(?:${bullets}|\d{1,3}[.)])\s+`, 'u');

/** Collapses runs of white space (including newlines) to one space and trims. */
export function normalizeSpace(text: string): string {
	return text.replace(/[\s\u00a0\u2028\u2029]+/g, ' ').trim();
}

/** Paragraphs per generated section when a document has no headings. */
const paragraphsPerGeneratedSection = 4;
/** Words a generated section heading takes from its first paragraph. */
const generatedHeadingWords = 6;

/** The opening words of `text` as a heading: "Washington is quietly weighing a new…". */
export function openingWords(text: string, count = generatedHeadingWords): string {
	const words = normalizeSpace(text).split(' ');
	const head = words
		.slice(0, count)
		.join(' ')
		.replace(/[\s,;:.!?…—–-]+$/u, '');
	return words.length > count ? `${head}…` : head;
}

/** Builds an article from extracted blocks. `id` becomes its slug. Returns null when there is no text. */
export function buildArticle(doc: ExtractedDocument, id: string): Article | null {
	const blocks = doc.blocks
		.map((b) => ({ ...b, text: normalizeSpace(b.text) }))
		.filter((b) => b.text !== '');
	// A heading repeating the title (a page's own <h1>) is not a section.
	const title = doc.title.trim();
	const firstHeading = blocks.findIndex((b) => b.kind === 'heading');
	if (
		firstHeading >= 0 &&
		blocks[firstHeading]!.text === normalizeSpace(title) &&
		blocks.slice(0, firstHeading).every((b) => b.kind === 'heading')
	)
		blocks.splice(firstHeading, 1);
	// The page's own byline line ("By Ana Ruiz") is the article's byline, said once, not its first paragraph.
	// "By Ana Ruiz", or "Par Ana Ruiz" on a French page: the name without the word for "by".
	const withoutBy = (text: string) => withoutByWord(text, doc.lang ?? 'en');
	const bare = (text: string) => withoutBy(text).toLowerCase();
	const firstParagraph = blocks.findIndex((b) => b.kind === 'paragraph');
	if (
		doc.byline &&
		firstParagraph >= 0 &&
		bare(blocks[firstParagraph]!.text) === bare(normalizeSpace(doc.byline))
	)
		blocks.splice(firstParagraph, 1);
	// Drop headings with no text after them at all (a page's trailing "Related" or "Share"). A
	// heading right before another ("Spring", then "Planting") heads a section of its own, holding
	// only its heading: the page's levels are not kept, but no heading is lost.
	let lastParagraph = -1;
	blocks.forEach((b, i) => {
		if (b.kind === 'paragraph') lastParagraph = i;
	});
	const kept = blocks.filter((b, i) => b.kind === 'paragraph' || i < lastParagraph);
	if (!kept.some((b) => b.kind === 'paragraph')) return null;

	const usedIds = new Set<string>();
	const sections: Section[] = [];
	const newSection = (heading: string, generated: boolean): Section => {
		const base = slugify(heading) || 'section';
		const section: Section = { id: uniqueId(base, usedIds), heading, blocks: [] };
		if (generated) section.generatedHeading = true;
		sections.push(section);
		return section;
	};
	let current: Section | null = null;
	/** The scenario whose heading came last, taking the paragraphs under it. */
	let scenario: Scenario | null = null;
	let sinceHeading = 0;
	/** The number of the scenario the last paragraph opened ("The second scenario …"), else 0. */
	let openedScenario = 0;
	/** Whether the last paragraph was in a list. */
	let afterListItem = false;
	const hasHeadings = kept.some((b) => b.kind === 'heading');
	for (const block of kept) {
		if (block.kind === 'heading') {
			// "Scenario 1: …", "Scenario 2: …" headings inside a section are its scenario list.
			const list = current && scenarioListFor(current, scenarioLabel(block.text)?.number);
			if (list) {
				scenario = {
					id: uniqueId(slugify(block.text) || 'scenario', usedIds),
					number: list.length + 1,
					heading: block.text,
					paragraphs: []
				};
				list.push(scenario);
				continue;
			}
			scenario = null;
			openedScenario = 0;
			afterListItem = false;
			current = newSection(block.text, false);
			sinceHeading = 0;
			continue;
		}
		if (scenario) {
			scenario.paragraphs.push(
				block.list
					? { text: block.text, sentences: [], list: block.list }
					: { text: block.text, sentences: [] }
			);
			continue;
		}
		// A run of paragraphs opening "Scenario 1: …", "Scenario 2: …" (or "The first …", "The
		// second …") stays in one section, as does a list.
		const opensNext = opensScenario(block.text, openedScenario + 1);
		const opensFirst = opensScenario(block.text, 1);
		const inList = block.list !== undefined;
		const continuesScenarios = (openedScenario > 0 && opensNext) || (afterListItem && inList);
		// A list, or a first scenario, stays with the paragraph introducing it.
		const introduced = (inList && !afterListItem) || opensFirst;
		openedScenario = opensNext ? openedScenario + 1 : opensFirst ? 1 : 0;
		afterListItem = inList;
		const needsGenerated =
			!current ||
			(!hasHeadings &&
				sinceHeading >= paragraphsPerGeneratedSection &&
				!continuesScenarios &&
				!introduced);
		if (needsGenerated) {
			current = newSection(openingWords(block.text), true);
			sinceHeading = 0;
		}
		const paragraph: Paragraph = { text: block.text, sentences: [] };
		if (block.list) paragraph.list = block.list;
		current!.blocks.push({ kind: 'paragraph', paragraph });
		// A scenario list or a list counts as one paragraph towards a generated section's four.
		if (!continuesScenarios) sinceHeading++;
	}
	const lang = doc.lang ?? 'en';
	for (const section of sections) markScenarios(section, lang, usedIds);
	return {
		slug: id,
		lang,
		dir: doc.dir ?? 'ltr',
		headline: title || openingWords(kept.find((b) => b.kind === 'paragraph')!.text),
		dek: doc.dek ?? null,
		author: doc.byline
			? {
					// "By Amira Osman" from a page's byline: Hark says "By" itself.
					name: withoutBy(normalizeSpace(doc.byline)),
					role: doc.authorRole ?? null,
					bio: doc.authorBio ?? null
				}
			: null,
		perspective: doc.perspective ?? null,
		source: doc.source,
		sections
	};
}

/**
 * The scenario list of `section` that a scenario numbered `number` continues: a new one for number 1
 * when the section has none, the list ending the section for the number after its last; else null
 * (a section holds at most one scenario list).
 */
function scenarioListFor(section: Section, number: number | undefined): Scenario[] | null {
	const last = section.blocks.at(-1);
	if (number === 1 && !section.blocks.some((b) => b.kind === 'scenarios')) {
		const scenarios: Scenario[] = [];
		section.blocks.push({ kind: 'scenarios', scenarios });
		return scenarios;
	}
	return last?.kind === 'scenarios' && number === last.scenarios.length + 1 ? last.scenarios : null;
}

/** Words a scenario's first sentence may have to be its whole title. */
const maxSentenceTitleWords = 8;

/**
 * A scenario made of paragraphs of running text, headed "Scenario N: " and a title of its own
 * words: its first sentence when that is short ("Scenario 2: A cautious stasis. Talks stall …"),
 * else its opening words.
 */
function scenarioFromText(
	texts: string[],
	number: number,
	lang: string,
	usedIds: Set<string>
): Scenario {
	const text = texts[0]!;
	const rest = (scenarioLabel(text)?.rest ?? text).replace(listMarker, '');
	const first = segmentSentences(rest, lang)[0]?.text.replace(/[.!?…]+$/u, '') ?? '';
	const short = first !== '' && first.split(/\s+/).length <= maxSentenceTitleWords;
	const heading = `Scenario ${number}: ${short ? first : openingWords(rest)}`;
	return {
		id: uniqueId(slugify(heading) || 'scenario', usedIds),
		number,
		heading,
		generatedTitle: true,
		paragraphs: texts.map((paragraph) => ({ text: paragraph, sentences: [] }))
	};
}

/**
 * Makes the first scenarios `section` lays out in its paragraphs a scenario list: a run of paragraphs
 * each opening the next alternative ("Scenario 1: …", or "The first scenario …", "The second …"
 * where the alternatives are named as the run begins), a list whose introduction ends naming them
 * ("Three scenarios stand out:" and an item each), or else one paragraph laying them out
 * (scenarios.ts), cut into its introduction, the scenarios and its conclusion. A section holds at
 * most one list.
 */
function markScenarios(section: Section, lang: string, usedIds: Set<string>): void {
	if (section.blocks.some((b) => b.kind === 'scenarios')) return;
	const paragraph = (text: string): Block => ({
		kind: 'paragraph',
		paragraph: { text, sentences: [] }
	});
	const textAt = (i: number) => {
		const block = section.blocks[i];
		return block?.kind === 'paragraph' ? block.paragraph.text : null;
	};
	/** The list item the paragraph at `i` is part of, if it is in a list. */
	const itemAt = (i: number) => {
		const block = section.blocks[i];
		return block?.kind === 'paragraph' ? block.paragraph.list?.item : undefined;
	};
	for (let i = 0; i < section.blocks.length; i++) {
		const text = textAt(i);
		if (text === null) continue;
		// The texts of each scenario a run of paragraphs from here lays out, and how many it takes.
		let groups: string[][] = [];
		let run = 0;
		const before = textAt(i - 1);
		if (
			itemAt(i) !== undefined &&
			itemAt(i - 1) === undefined &&
			introducesAlternatives(lastSentenceOf(before, lang))
		) {
			// A list: an item each, with its own paragraphs and the items nested in it.
			for (; itemAt(i + run) !== undefined; run++) {
				if (run === 0 || itemAt(i + run) !== itemAt(i + run - 1)) groups.push([]);
				groups.at(-1)!.push(textAt(i + run)!);
			}
		} else {
			while (textAt(i + run) !== null && opensScenario(textAt(i + run)!, run + 1)) run++;
			// Labelled, or possible futures named where the run begins: in the last sentence before
			// it ("Three scenarios stand out.") or in its own first sentence ("The first scenario …").
			const named = () =>
				namesFutures(`${lastSentenceOf(before, lang)} ${segmentSentences(text, lang)[0]?.text}`);
			if (run >= 2 && (scenarioLabel(text) || named()))
				groups = section.blocks
					.slice(i, i + run)
					.map((b) => [b.kind === 'paragraph' ? b.paragraph.text : '']);
		}
		if (groups.length >= 2) {
			const scenarios = groups.map((texts, index) =>
				scenarioFromText(texts, index + 1, lang, usedIds)
			);
			section.blocks.splice(i, run, { kind: 'scenarios', scenarios });
			return;
		}
		const split = findScenarios(text, lang);
		if (!split) continue;
		const replacement: Block[] = [];
		if (split.intro) replacement.push(paragraph(split.intro));
		replacement.push({
			kind: 'scenarios',
			scenarios: split.scenarios.map((scenario, index) =>
				scenarioFromText([scenario], index + 1, lang, usedIds)
			)
		});
		if (split.outro) replacement.push(paragraph(split.outro));
		section.blocks.splice(i, 1, ...replacement);
		return;
	}
}

/** The last sentence of `text`, or "" without one. */
function lastSentenceOf(text: string | null, lang: string): string {
	return text === null ? '' : (segmentSentences(text, lang).at(-1)?.text ?? '');
}
