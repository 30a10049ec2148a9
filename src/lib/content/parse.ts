/**
 * Parser for Hark's article files: a small, strict Markdown dialect with front matter.
 *
 *     ---
 *     slug: my-article            (optional; defaults to the file name)
 *     headline: …                 (required)
 *     dek: …  lang: en  dir: ltr  author: …  authorRole: …  authorBio: …  perspective: …  source: …
 *     ---
 *     ## Section heading {#optional-id}
 *     A paragraph; consecutive lines join with a space; blank lines separate paragraphs.
 *     ::: scenarios
 *     ### Scenario 1: Its title {#optional-id}
 *     Its text.
 *     :::
 *
 * Every mistake throws a ContentError naming the file and line, so a malformed file fails the build.
 * Pure TypeScript: no Svelte, no DOM.
 */
import type { Article, Block, Paragraph, Scenario, Section } from './model';
import { slugify, uniqueId } from './slug';

/** A mistake in a content file, with where it is. */
export class ContentError extends Error {
	constructor(
		/** The file the mistake is in. */
		readonly file: string,
		/** 1-based line number of the mistake. */
		readonly line: number,
		/** What is wrong, in plain words. */
		readonly reason: string
	) {
		super(`${file}:${line}: ${reason}`);
		this.name = 'ContentError';
	}
}

const frontMatterKeys = [
	'slug',
	'headline',
	'dek',
	'lang',
	'dir',
	'author',
	'authorRole',
	'authorBio',
	'perspective',
	'source'
] as const;
type FrontMatterKey = (typeof frontMatterKeys)[number];

const sectionHeading = /^##\s+(.+?)\s*$/;
const scenarioHeading = /^###\s+(.+?)\s*$/;
const explicitId = /^(.*?)\s*\{#([a-z0-9][a-z0-9-]*)\}$/;
const languageTag = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** Splits "Heading {#id}" into its text and its explicit id, if any. */
function headingParts(raw: string): { text: string; id: string | null } {
	const match = explicitId.exec(raw);
	return match ? { text: match[1]!.trim(), id: match[2]! } : { text: raw.trim(), id: null };
}

/** Reads an article file into the content model (sentences are left for segmentation). */
export function parseArticle(source: string, file: string): Article {
	const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
	// Every error names a line of the file: one found missing at its end names the last line.
	const fail: (lineIndex: number, reason: string) => never = (lineIndex, reason) => {
		throw new ContentError(file, Math.min(lineIndex, lines.length - 1) + 1, reason);
	};

	// Front matter.
	if (lines[0]?.trim() !== '---') fail(0, 'the file must start with a front matter line "---"');
	const meta = new Map<FrontMatterKey, string>();
	let index = 1;
	for (; index < lines.length && lines[index]!.trim() !== '---'; index++) {
		const line = lines[index]!;
		if (line.trim() === '') continue;
		const colon = line.indexOf(':');
		if (colon <= 0) fail(index, `expected "key: value" in the front matter, found "${line.trim()}"`);
		const key = line.slice(0, colon).trim();
		if (!(frontMatterKeys as readonly string[]).includes(key))
			fail(index, `unknown front matter key "${key}" (known: ${frontMatterKeys.join(', ')})`);
		if (meta.has(key as FrontMatterKey)) fail(index, `front matter key "${key}" is given twice`);
		const value = line.slice(colon + 1).trim();
		if (value === '') fail(index, `front matter key "${key}" has no value`);
		meta.set(key as FrontMatterKey, value);
	}
	if (index >= lines.length) fail(0, 'the front matter is never closed with "---"');
	const frontMatterEnd = index;
	const headline = meta.get('headline') ?? fail(0, 'the front matter needs a "headline"');
	const lang = meta.get('lang') ?? 'en';
	if (!languageTag.test(lang)) fail(0, `"lang: ${lang}" is not a language tag such as "en" or "pt-BR"`);
	const dir = meta.get('dir') ?? 'ltr';
	if (dir !== 'ltr' && dir !== 'rtl' && dir !== 'auto') fail(0, `"dir: ${dir}" must be ltr, rtl or auto`);
	const slug = meta.get('slug') ?? slugify(file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
	if (!slug) fail(0, 'the article has no usable slug');

	// Body.
	const usedIds = new Set<string>();
	const sections: Section[] = [];
	let section: Section | null = null;
	let scenarios: Scenario[] | null = null;
	let scenariosOpenedAt = -1;
	let scenario: Scenario | null = null;
	let paragraphLines: string[] = [];
	let paragraphStart = -1;

	const claimId = (explicit: string | null, text: string, lineIndex: number): string => {
		if (explicit) {
			if (usedIds.has(explicit)) fail(lineIndex, `the id "${explicit}" is used twice`);
			usedIds.add(explicit);
			return explicit;
		}
		const base = slugify(text);
		if (!base) fail(lineIndex, `the heading "${text}" has no letters or digits to make an id from`);
		return uniqueId(base, usedIds);
	};

	const flushParagraph = () => {
		if (paragraphLines.length === 0) return;
		const paragraph: Paragraph = { text: paragraphLines.join(' '), sentences: [] };
		if (scenario) scenario.paragraphs.push(paragraph);
		else if (scenarios) fail(paragraphStart, 'text inside "::: scenarios" must follow a "### " scenario heading');
		else if (section) section.blocks.push({ kind: 'paragraph', paragraph });
		else fail(paragraphStart, 'body text must follow a "## " section heading');
		paragraphLines = [];
	};

	const closeSection = (lineIndex: number) => {
		if (section && section.blocks.length === 0)
			fail(lineIndex, `the section "${section.heading}" has no text`);
	};

	for (index = frontMatterEnd + 1; index < lines.length; index++) {
		const line = lines[index]!.trim();
		if (line === '') {
			flushParagraph();
			continue;
		}
		if (line.startsWith('#')) {
			flushParagraph();
			const sectionMatch = sectionHeading.exec(line);
			const scenarioMatch = scenarioHeading.exec(line);
			if (sectionMatch) {
				if (scenarios) fail(index, 'a "## " section heading inside "::: scenarios"; close the list with ":::" first');
				closeSection(index);
				const { text, id } = headingParts(sectionMatch[1]!);
				section = { id: claimId(id, text, index), heading: text, blocks: [] };
				sections.push(section);
			} else if (scenarioMatch) {
				if (!scenarios) fail(index, 'a "### " scenario heading must be inside "::: scenarios"');
				if (scenario && scenario.paragraphs.length === 0)
					fail(index, `the scenario "${scenario.heading}" has no text`);
				const { text, id } = headingParts(scenarioMatch[1]!);
				scenario = { id: claimId(id, text, index), number: scenarios.length + 1, heading: text, paragraphs: [] };
				scenarios.push(scenario);
			} else {
				fail(index, `unsupported heading "${line}": use "## " for sections and "### " for scenarios`);
			}
			continue;
		}
		if (line.startsWith(':::')) {
			flushParagraph();
			const directive = line.slice(3).trim();
			if (directive === '') {
				if (!scenarios) fail(index, '":::" closes nothing');
				if (scenarios.length === 0) fail(index, 'the scenario list is empty');
				if (scenario && scenario.paragraphs.length === 0)
					fail(index, `the scenario "${scenario.heading}" has no text`);
				section!.blocks.push({ kind: 'scenarios', scenarios } satisfies Block);
				scenarios = null;
				scenario = null;
			} else if (directive === 'scenarios') {
				if (!section) fail(index, '"::: scenarios" must be inside a section');
				if (scenarios) fail(index, '"::: scenarios" inside another scenario list');
				scenarios = [];
				scenariosOpenedAt = index;
			} else {
				fail(index, `unknown block "::: ${directive}" (known: scenarios)`);
			}
			continue;
		}
		if (paragraphLines.length === 0) paragraphStart = index;
		paragraphLines.push(line);
	}
	flushParagraph();
	if (scenarios) fail(scenariosOpenedAt, '"::: scenarios" is never closed with ":::"');
	closeSection(lines.length - 1);
	if (sections.length === 0) fail(frontMatterEnd + 1, 'the article has no "## " sections');

	const authorName = meta.get('author');
	return {
		slug,
		lang,
		dir,
		headline,
		dek: meta.get('dek') ?? null,
		author: authorName
			? { name: authorName, role: meta.get('authorRole') ?? null, bio: meta.get('authorBio') ?? null }
			: null,
		perspective: meta.get('perspective') ?? null,
		source: meta.get('source') ?? null,
		sections
	};
}
