/**
 * The listening script: everything Hark speaks for an article, in order, one line per sentence or
 * heading. The player walks this list; the page marks each line's text with `data-line` so the
 * highlight, "listen from here" and the Contents all agree on one index. Pure: no Svelte, no DOM.
 */
import type { Article, Paragraph, Scenario } from './model';

/** What a line of the script is. */
export type ScriptLineKind = 'headline' | 'byline' | 'section' | 'scenario' | 'sentence';

/** One thing the voice says. */
export interface ScriptLine {
	/** Position in the script, also the `data-line` attribute of its text on the page. */
	index: number;
	/** What the line is. */
	kind: ScriptLineKind;
	/** The text as shown (what the voice says, before pronunciation fixes). */
	text: string;
	/** Index of the section it belongs to, or -1 before the first section. */
	sectionIndex: number;
	/** Id of the scenario it belongs to, if any. */
	scenarioId: string | null;
	/** Number of words, for time estimates. */
	words: number;
}

/** A section's place in the script. */
export interface ScriptSection {
	/** The section's id (URL fragment). */
	id: string;
	/** Its heading. */
	heading: string;
	/** Index of its heading line. */
	firstLine: number;
	/** Index of its last line. */
	lastLine: number;
	/** Its scenarios' places in the script. */
	scenarios: { id: string; heading: string; number: number; firstLine: number; lastLine: number }[];
}

/** The script of an article. */
export interface Script {
	/** Every line, in speaking order. */
	lines: ScriptLine[];
	/** The sections, in order. */
	sections: ScriptSection[];
	/** Total number of words spoken. */
	words: number;
	/** Index of the first line of each paragraph, for marking sentences on the page. */
	paragraphFirstLine: Map<Paragraph, number>;
}

/** A run of letters and digits (Unicode's L and N) starting exactly at `lastIndex`. */
const letterOrDigitRun = /[\p{L}\p{N}]+/uy;

/** Whether the ASCII character `c` is a letter or a digit. */
const isAsciiLetterOrDigit = (c: number) =>
	(c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/**
 * Whether `c` is in Unicode's General Punctuation block or a no-break space: curly quotes, dashes,
 * ellipses and special spaces, never a letter or a digit. English prose has only these beyond ASCII,
 * so counting its words never needs the Unicode pattern (whose first use costs a few milliseconds
 * while the page starts).
 */
const isPunctuationOrSpace = (c: number) => (c >= 0x2000 && c <= 0x206f) || c === 0xa0;

/** Where the run of letters and digits starting at `i` ends (`i` when there is none). */
function runEnd(text: string, i: number): number {
	let end = i;
	for (;;) {
		while (end < text.length && isAsciiLetterOrDigit(text.charCodeAt(end))) end++;
		if (end >= text.length) return end;
		const c = text.charCodeAt(end);
		if (c < 128 || isPunctuationOrSpace(c)) return end;
		letterOrDigitRun.lastIndex = end;
		if (!letterOrDigitRun.test(text)) return end;
		end = letterOrDigitRun.lastIndex;
	}
}

/** Apostrophes, full stops and hyphens join two runs into one word ("U.S.", "co-op", "Maduro’s"). */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45;

/**
 * Counts the words a voice will say in `text`: the matches of
 * /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\/gu, found in one pass over the characters with the Unicode
 * pattern used only where a character is not ASCII (several times faster than the pattern alone; a
 * long article counts every sentence while its page opens).
 */
export function countWords(text: string): number {
	let count = 0;
	let i = 0;
	while (i < text.length) {
		let end = runEnd(text, i);
		if (end === i) {
			// Not a letter or digit: step over it (both halves of a surrogate pair at once).
			const lead = text.charCodeAt(i);
			i += lead >= 0xd800 && lead <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
			continue;
		}
		count++;
		while (end + 1 < text.length && isJoiner(text.charCodeAt(end))) {
			const next = runEnd(text, end + 1);
			if (next === end + 1) break;
			end = next;
		}
		i = end;
	}
	return count;
}

/** Words per minute of a typical voice at rate 1, used until the device's own rate is known. */
export const typicalWordsPerMinute = 160;

/** Listening minutes for `words` at `rate`, rounded up, at least 1. */
export function listeningMinutes(words: number, rate = 1, wordsPerMinute = typicalWordsPerMinute): number {
	return Math.max(1, Math.ceil(words / (wordsPerMinute * rate)));
}

/** "By" in the languages whose articles put a word before the writer's name. */
const byWords: Record<string, string> = {
	en: 'By',
	fr: 'Par',
	es: 'Por',
	pt: 'Por',
	it: 'Di',
	ca: 'Per',
	de: 'Von',
	nl: 'Door',
	sv: 'Av',
	nb: 'Av',
	no: 'Av',
	nn: 'Av',
	da: 'Af',
	ro: 'De'
};

/**
 * The byline as shown and spoken, in the article's language: "AI Journalist: Marcus Williams", "By
 * Ana Ruiz", "Par Martin Untersinger"; the name alone in a language not listed (the voice reads the
 * article's language, so an English "By" would be misread).
 */
export function bylineText(article: Article): string | null {
	if (!article.author) return null;
	if (article.author.role) return `${article.author.role}: ${article.author.name}`;
	const by = byWordFor(article.lang);
	return by ? `${by} ${article.author.name}` : article.author.name;
}

/** The word for "by" before a writer's name in `lang` ("Par" in French), or null if Hark knows none. */
function byWordFor(lang: string): string | null {
	return byWords[lang.slice(0, 2).toLowerCase()] ?? (lang === '' ? 'By' : null);
}

/**
 * A byline as a page writes it, without its word for "by" — English, or `lang`'s ("By Ana Ruiz",
 * "Par Ana Ruiz" on a French page → "Ana Ruiz"): what `bylineText` puts back.
 */
export function withoutByWord(byline: string, lang: string): string {
	const lower = byline.toLowerCase();
	for (const word of ['by', byWordFor(lang)?.toLowerCase()])
		if (word && lower.startsWith(`${word} `)) return byline.slice(word.length + 1).trimStart();
	return byline;
}

/**
 * The line a scenario's heading is spoken as: the heading; for a heading made from the scenario's
 * own words, only its label ("Scenario 2"), and nothing when the scenario's text opens with that
 * label itself ("Scenario 2: talks collapse.").
 */
export function spokenScenarioHeading(scenario: Scenario): string | null {
	if (!scenario.generatedTitle) return scenario.heading;
	const colon = scenario.heading.indexOf(':');
	const label = colon > 0 ? scenario.heading.slice(0, colon) : scenario.heading;
	const opening = scenario.paragraphs[0]?.text.trimStart() ?? '';
	return opening.toLowerCase().startsWith(label.toLowerCase()) ? null : label;
}

/** Builds the script of a segmented article. */
export function buildScript(article: Article): Script {
	const lines: ScriptLine[] = [];
	const sections: ScriptSection[] = [];
	let words = 0;
	const push = (kind: ScriptLineKind, text: string, sectionIndex: number, scenarioId: string | null) => {
		const lineWords = countWords(text);
		words += lineWords;
		lines.push({ index: lines.length, kind, text, sectionIndex, scenarioId, words: lineWords });
	};
	const paragraphFirstLine = new Map<Paragraph, number>();
	const pushParagraph = (paragraph: Paragraph, sectionIndex: number, scenarioId: string | null) => {
		paragraphFirstLine.set(paragraph, lines.length);
		for (const { start, end } of paragraph.sentences)
			push('sentence', paragraph.text.slice(start, end), sectionIndex, scenarioId);
	};

	push('headline', article.headline, -1, null);
	const byline = bylineText(article);
	if (byline) push('byline', byline, -1, null);
	article.sections.forEach((section, sectionIndex) => {
		const entry: ScriptSection = {
			id: section.id,
			heading: section.heading,
			firstLine: lines.length,
			lastLine: lines.length,
			scenarios: []
		};
		// A heading made from the section's own opening words is shown, not spoken.
		if (!section.generatedHeading) push('section', section.heading, sectionIndex, null);
		for (const block of section.blocks) {
			if (block.kind === 'paragraph') {
				pushParagraph(block.paragraph, sectionIndex, null);
				continue;
			}
			for (const scenario of block.scenarios) {
				const firstLine = lines.length;
				const spokenHeading = spokenScenarioHeading(scenario);
				if (spokenHeading !== null) push('scenario', spokenHeading, sectionIndex, scenario.id);
				for (const paragraph of scenario.paragraphs) pushParagraph(paragraph, sectionIndex, scenario.id);
				entry.scenarios.push({
					id: scenario.id,
					heading: scenario.heading,
					number: scenario.number,
					firstLine,
					lastLine: lines.length - 1
				});
			}
		}
		entry.lastLine = lines.length - 1;
		sections.push(entry);
	});
	return { lines, sections, words, paragraphFirstLine };
}
