import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, parseArticle } from './parse';
import { slugify } from './slug';

const seedFile = 'content/articles/coalition-of-the-willing-venezuela.md';
const seedSource = readFileSync(resolve(process.cwd(), seedFile), 'utf8');
const seedLines = readFileSync(resolve(process.cwd(), '../shared/seed/000_b1d121bcdf4529b4.txt'), 'utf8').split('\n');
const seedParagraphs = seedLines.slice(8).filter((line) => line.trim() !== '');

/** All paragraph texts of a section, scenarios included, in reading order. */
function sectionParagraphs(article: ReturnType<typeof parseArticle>, index: number): string[] {
	return article.sections[index]!.blocks.flatMap((block) =>
		block.kind === 'paragraph'
			? [block.paragraph.text]
			: block.scenarios.flatMap((s) => s.paragraphs.map((p) => p.text))
	);
}

describe('the seed article', () => {
	const article = parseArticle(seedSource, seedFile);

	it('has the seed headline, dek, byline, bio and editorial perspective verbatim', () => {
		expect(article.headline).toBe(seedLines[0]);
		expect(article.dek).toBe(seedLines[1]);
		expect(`${article.author?.role}: ${article.author?.name}`).toBe(seedLines[2]);
		expect(article.author?.bio).toBe(seedLines[3]);
		expect(article.perspective).toBe(seedLines[5]);
		expect(article.lang).toBe('en');
	});

	it('has 8 sections with editorial headings and 3 scenarios in the last', () => {
		expect(article.sections.map((s) => s.heading)).toEqual([
			'The story',
			'The history of the phrase',
			'Where things stand',
			'Caracas and the region',
			'Law and humanitarian impact',
			'Economic and strategic stakes',
			'Accountability',
			'Looking ahead'
		]);
		const lists = article.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'scenarios'));
		expect(lists).toHaveLength(1);
		const scenarios = lists[0]!.kind === 'scenarios' ? lists[0]!.scenarios : [];
		expect(scenarios.map((s) => [s.number, s.heading])).toEqual([
			[1, 'Scenario 1: A tightly scoped coalition'],
			[2, 'Scenario 2: A broader, formalized coalition'],
			[3, 'Scenario 3: A cautious stasis']
		]);
	});

	it('keeps every body paragraph verbatim, the last one around its scenarios', () => {
		expect(seedParagraphs).toHaveLength(8);
		for (let i = 0; i < 7; i++) expect(sectionParagraphs(article, i)).toEqual([seedParagraphs[i]]);
		expect(sectionParagraphs(article, 7).join(' ')).toBe(seedParagraphs[7]);
		const [first, ...rest] = article.sections[7]!.blocks;
		expect(first?.kind).toBe('paragraph');
		expect(rest.map((b) => b.kind)).toEqual(['scenarios', 'paragraph']);
	});

	it('gives every section and scenario a stable, unique, readable id', () => {
		const ids = article.sections.flatMap((s) => [
			s.id,
			...s.blocks.flatMap((b) => (b.kind === 'scenarios' ? b.scenarios.map((x) => x.id) : []))
		]);
		expect(ids).toEqual([
			'the-story',
			'the-history-of-the-phrase',
			'where-things-stand',
			'caracas-and-the-region',
			'law-and-humanitarian-impact',
			'economic-and-strategic-stakes',
			'accountability',
			'looking-ahead',
			'scenario-1-a-tightly-scoped-coalition',
			'scenario-2-a-broader-formalized-coalition',
			'scenario-3-a-cautious-stasis'
		]);
		expect(new Set(ids).size).toBe(ids.length);
		expect(parseArticle(seedSource, seedFile)).toEqual(article);
	});
});

const header = '---\nheadline: A test\n---\n';

describe('the parser', () => {
	it.each([
		['joins wrapped lines with a space', `${header}## One\nfirst line\nsecond line\n`, ['first line second line']],
		['splits paragraphs at blank lines', `${header}## One\n\nA.\n\n\nB.\n`, ['A.', 'B.']],
		['accepts CRLF line ends and a BOM', `\uFEFF${header.replace(/\n/g, '\r\n')}## One\r\nText.\r\n`, ['Text.']]
	])('%s', (_name, source, paragraphs) => {
		const article = parseArticle(source, 'x.md');
		expect(article.sections[0]!.blocks.map((b) => (b.kind === 'paragraph' ? b.paragraph.text : ''))).toEqual(
			paragraphs
		);
	});

	it('takes explicit ids and makes repeated headings unique', () => {
		const article = parseArticle(`${header}## Same {#custom}\nA.\n## Same\nB.\n## Same\nC.\n`, 'x.md');
		expect(article.sections.map((s) => [s.id, s.heading])).toEqual([
			['custom', 'Same'],
			['same', 'Same'],
			['same-2', 'Same']
		]);
	});

	it('defaults the slug to the file name and the language to English', () => {
		const article = parseArticle(`${header}## One\nA.\n`, 'content/articles/My Article.md');
		expect(article.slug).toBe('my-article');
		expect(article.lang).toBe('en');
		expect(article.dir).toBe('ltr');
		expect(article.author).toBeNull();
	});

	it.each([
		['no front matter', '## One\nA.\n', 1, 'must start with a front matter'],
		['unclosed front matter', '---\nheadline: x\n', 1, 'never closed'],
		['unknown key', '---\nheadline: x\ncolour: red\n---\n## One\nA.\n', 3, 'unknown front matter key "colour"'],
		['key twice', '---\nheadline: x\nheadline: y\n---\n## One\nA.\n', 3, 'given twice'],
		['empty value', '---\nheadline: x\ndek:\n---\n## One\nA.\n', 3, 'has no value'],
		['no colon', '---\nheadline: x\njust words\n---\n## One\nA.\n', 3, 'expected "key: value"'],
		['missing headline', '---\ndek: x\n---\n## One\nA.\n', 1, 'needs a "headline"'],
		['bad language', '---\nheadline: x\nlang: english!\n---\n## One\nA.\n', 1, 'not a language tag'],
		['bad direction', '---\nheadline: x\ndir: up\n---\n## One\nA.\n', 1, 'must be ltr, rtl or auto'],
		['text before a section', `${header}Loose text.\n## One\nA.\n`, 4, 'must follow a "## " section heading'],
		['no sections', `${header}\n`, 4, 'has no "## " sections'],
		['empty section', `${header}## One\n## Two\nA.\n`, 5, 'section "One" has no text'],
		['empty last section', `${header}## One\nA.\n## Two\n`, 7, 'section "Two" has no text'],
		['level 4 heading', `${header}## One\n#### Deep\n`, 5, 'unsupported heading'],
		['scenario outside a list', `${header}## One\nA.\n### S\nB.\n`, 6, 'must be inside "::: scenarios"'],
		['unclosed list', `${header}## One\n::: scenarios\n### S\nB.\n`, 5, 'never closed'],
		['section inside a list', `${header}## One\n::: scenarios\n### S\nB.\n## Two\n`, 8, 'close the list'],
		['empty list', `${header}## One\nA.\n::: scenarios\n:::\n`, 7, 'scenario list is empty'],
		['empty scenario', `${header}## One\n::: scenarios\n### S\n### T\nB.\n:::\n`, 7, 'scenario "S" has no text'],
		['text before a scenario', `${header}## One\n::: scenarios\nLoose.\n### S\nB.\n:::\n`, 6, 'must follow a "### "'],
		['unknown block', `${header}## One\n::: quotes\n`, 5, 'unknown block "::: quotes"'],
		['stray close', `${header}## One\nA.\n:::\n`, 6, 'closes nothing'],
		['duplicate explicit id', `${header}## A {#x}\nA.\n## B {#x}\nB.\n`, 6, 'id "x" is used twice'],
		['heading without letters', `${header}## ???\nA.\n`, 4, 'no letters or digits']
	])('rejects %s with the file and line', (_name, source, line, reason) => {
		let error: unknown;
		try {
			parseArticle(source, 'content/articles/bad.md');
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ContentError);
		const contentError = error as ContentError;
		expect(contentError.file).toBe('content/articles/bad.md');
		expect(contentError.line).toBe(line);
		expect(contentError.message).toContain(reason);
		expect(contentError.message.startsWith(`content/articles/bad.md:${line}: `)).toBe(true);
	});
});

describe('slugify', () => {
	it.each([
		['Scenario 1: A tightly scoped coalition', 'scenario-1-a-tightly-scoped-coalition'],
		["What's next — and why?", 'whats-next-and-why'],
		['Économie & société', 'economie-societe'],
		['  --  ', ''],
		['日本語の見出し', '日本語の見出し']
	])('%s → %s', (text, slug) => {
		expect(slugify(text)).toBe(slug);
	});
});

describe('errors at the end of a file', () => {
	it.each([
		['front matter and nothing after it', '---\nheadline: x\n---', 3],
		['front matter, then blank lines only', '---\nheadline: x\n---\n\n', 4]
	])('%s: the error names a line the file has', (_, source, line) => {
		expect(() => parseArticle(source, 'end.md')).toThrow(
			expect.objectContaining({ line, message: expect.stringContaining('no "## " sections') })
		);
	});
});

describe('parser fuzzing', () => {
	it('any input either parses or fails with a ContentError naming a line', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ maxLength: 300 }),
					fc
						.array(fc.constantFrom('---', 'headline: x', '## A', '### S', '::: scenarios', ':::', '', 'Text.', 'k: v'), {
							maxLength: 20
						})
						.map((lines) => lines.join('\n'))
				),
				(source) => {
					try {
						const article = parseArticle(source, 'fuzz.md');
						expect(article.sections.length).toBeGreaterThan(0);
					} catch (error) {
						expect(error).toBeInstanceOf(ContentError);
						const { line } = error as ContentError;
						expect(line).toBeGreaterThanOrEqual(1);
						expect(line).toBeLessThanOrEqual(source.split(/\r\n|\r|\n/).length);
					}
				}
			),
			{ numRuns: 500 }
		);
	});

	it('generated articles keep every paragraph exactly', () => {
		const paragraph = fc
			.array(fc.stringMatching(/^[\p{L}\p{N}’'",.;:!?()-]{1,12}$/u), { minLength: 1, maxLength: 20 })
			.map((w) => w.join(' '))
			.filter((p) => !/^(#|:::|---)/.test(p));
		const section = fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,20}[A-Za-z]$/), fc.array(paragraph, { minLength: 1, maxLength: 4 }));
		fc.assert(
			fc.property(fc.array(section, { minLength: 1, maxLength: 5 }), (sections) => {
				const source = `---\nheadline: Fuzz\n---\n${sections.map(([h, ps]) => `## ${h}\n\n${ps.join('\n\n')}\n`).join('\n')}`;
				const article = parseArticle(source, 'fuzz.md');
				expect(article.sections.map((s) => s.blocks.map((b) => (b.kind === 'paragraph' ? b.paragraph.text : '')))).toEqual(
					sections.map(([, ps]) => ps)
				);
			}),
			{ numRuns: 200 }
		);
	});
});
