/** Fills in the sentences of every paragraph of an article, using Hark's segmenter. */
function segmentSentences(text: string, lang: string) {
	const out: { start: number; end: number }[] = [];
	for (const s of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
		const t = s.segment.trimEnd();
		if (t) out.push({ start: s.index, end: s.index + t.length });
	}
	return out;
}
import type { Article, Paragraph } from './model';

function segmentParagraph(paragraph: Paragraph, lang: string): void {
	paragraph.sentences = segmentSentences(paragraph.text, lang).map(({ start, end }) => ({ start, end }));
}

/** Segments every paragraph of `article` in place and returns it. */
export function segmentArticle(article: Article): Article {
	for (const section of article.sections)
		for (const block of section.blocks) {
			if (block.kind === 'paragraph') segmentParagraph(block.paragraph, article.lang);
			else
				for (const scenario of block.scenarios)
					for (const paragraph of scenario.paragraphs) segmentParagraph(paragraph, article.lang);
		}
	return article;
}
