import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse';
import type { Scenario } from './model';
import { buildScript, bylineText, countWords, listeningMinutes, spokenScenarioHeading } from './script';
import { segmentArticle } from './segment';

const file = 'content/articles/coalition-of-the-willing-venezuela.md';
const seed = segmentArticle(parseArticle(readFileSync(resolve(process.cwd(), file), 'utf8'), file));

describe('the listening script', () => {
	const script = buildScript(seed);

	it('speaks the headline, the byline, then each section heading and its sentences', () => {
		expect(script.lines[0]).toMatchObject({ kind: 'headline', text: seed.headline, sectionIndex: -1 });
		expect(script.lines[1]).toMatchObject({ kind: 'byline', text: 'AI Journalist: Marcus Williams' });
		expect(script.lines[2]).toMatchObject({ kind: 'section', text: 'The story', sectionIndex: 0 });
		expect(script.lines.map((l, i) => l.index === i).every(Boolean)).toBe(true);
		expect(script.lines.filter((l) => l.kind === 'section').map((l) => l.text)).toHaveLength(8);
		expect(script.lines.filter((l) => l.kind === 'scenario').map((l) => l.scenarioId)).toEqual([
			'scenario-1-a-tightly-scoped-coalition',
			'scenario-2-a-broader-formalized-coalition',
			'scenario-3-a-cautious-stasis'
		]);
	});

	it('says every body sentence once, in order, and together they are the body text', () => {
		const spoken = script.lines.filter((l) => l.kind === 'sentence').map((l) => l.text);
		const body = seed.sections.flatMap((s) =>
			s.blocks.flatMap((b) =>
				b.kind === 'paragraph' ? [b.paragraph.text] : b.scenarios.flatMap((x) => x.paragraphs.map((p) => p.text))
			)
		);
		expect(spoken.join(' ')).toBe(body.join(' '));
	});

	it('places sections and scenarios on their lines', () => {
		const last = script.sections[7]!;
		expect(last.heading).toBe('Looking ahead');
		expect(script.lines[last.firstLine]!.kind).toBe('section');
		expect(last.lastLine).toBe(script.lines.length - 1);
		for (const scenario of last.scenarios) {
			expect(script.lines[scenario.firstLine]).toMatchObject({ kind: 'scenario', text: scenario.heading });
			expect(script.lines[scenario.lastLine]!.scenarioId).toBe(scenario.id);
		}
		for (let i = 1; i < script.sections.length; i++)
			expect(script.sections[i]!.firstLine).toBe(script.sections[i - 1]!.lastLine + 1);
	});

	it('does not speak headings made from opening words', () => {
		const article = structuredClone(seed);
		article.sections[0]!.generatedHeading = true;
		const lines = buildScript(article).lines;
		expect(lines.filter((l) => l.kind === 'section')).toHaveLength(7);
		expect(buildScript(article).sections[0]!.firstLine).toBe(2);
		expect(lines[2]!.kind).toBe('sentence');
	});
});

describe('scenario headings made from the scenario’s own words', () => {
	const scenario = (heading: string, text: string, generatedTitle?: boolean): Scenario => ({
		id: 'x',
		number: 2,
		heading,
		paragraphs: [{ text, sentences: [] }],
		...(generatedTitle === undefined ? {} : { generatedTitle })
	});

	it.each([
		['an editor’s heading is spoken whole', scenario('Scenario 2: A broader coalition', 'A second path…'), 'Scenario 2: A broader coalition'],
		['a made title: only the label', scenario('Scenario 2: A second path could…', 'A second path could see more.', true), 'Scenario 2'],
		['a text opening with the label: nothing', scenario('Scenario 2: talks collapse', 'Scenario 2: talks collapse.', true), null]
	])('%s', (_, given, expected) => {
		expect(spokenScenarioHeading(given)).toBe(expected);
	});

	it('starts a scenario whose heading is not spoken on its first sentence', () => {
		const article = structuredClone(seed);
		const list = article.sections[7]!.blocks.find((b) => b.kind === 'scenarios')!;
		if (list.kind !== 'scenarios') throw new Error('no scenarios');
		list.scenarios[1]!.generatedTitle = true;
		const script = buildScript(article);
		const second = script.sections[7]!.scenarios[1]!;
		expect(script.lines[second.firstLine]).toMatchObject({ kind: 'scenario', text: 'Scenario 2' });
		expect(script.lines[second.firstLine + 1]!.kind).toBe('sentence');
	});
});

describe('word counts and listening time', () => {
	it.each([
		['', 0],
		['One', 1],
		['U.S. officials met', 3],
		['state-of-the-art design', 2],
		["Maduro’s government — and its 3.5% growth", 6]
	])('%j has %i words', (text, words) => {
		expect(countWords(text)).toBe(words);
	});

	it('counts exactly the matches of the word pattern, for any text', () => {
		const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
		// Beyond ASCII: punctuation and spaces (skipped without the Unicode pattern), the digit and the
		// letter just past that block (⁰, ⁱ), and letters, digits and marks elsewhere.
		const pieces = ['a', 'Z', '9', "'", '’', '.', '-', ' ', '—', '“', '…', '\u00a0', '\u2070', '\u2071', 'é', '東', '𝐀', '😀', '\u0301', '٣', '\ud835', '\udc00', '_'];
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: fc.constantFrom(...pieces), maxLength: 40 }),
					fc.string({ unit: 'binary', maxLength: 40 }),
					fc.string({ unit: 'grapheme', maxLength: 20 })
				),
				(text) => {
					expect(countWords(text)).toBe(text.match(wordPattern)?.length ?? 0);
				}
			),
			{ numRuns: 400 }
		);
	});

	it('estimates whole minutes, at least one, faster at higher rates', () => {
		expect(listeningMinutes(0)).toBe(1);
		expect(listeningMinutes(1600)).toBe(10);
		expect(listeningMinutes(1600, 2)).toBe(5);
	});
});

describe('the byline in the article’s language', () => {
	const withWriter = (lang: string, role: string | null = null) => ({
		...seed,
		lang,
		author: { name: 'Ana Ruiz', role, bio: null }
	});
	it.each([
		['en', 'By Ana Ruiz'],
		['en-GB', 'By Ana Ruiz'],
		['fr', 'Par Ana Ruiz'],
		['es-AR', 'Por Ana Ruiz'],
		['de', 'Von Ana Ruiz'],
		// No word for "by" known: the name alone, never an English "By" in another voice.
		['ja', 'Ana Ruiz'],
		['fi', 'Ana Ruiz']
	])('%s: %s', (lang, expected) => {
		expect(bylineText(withWriter(lang))).toBe(expected);
	});

	it('keeps a role as written, in any language', () => {
		expect(bylineText(withWriter('fr', 'Journaliste IA'))).toBe('Journaliste IA: Ana Ruiz');
	});
});
