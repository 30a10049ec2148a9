/** Fills in the sentences of every paragraph of an article, using Hark's segmenter. */
import { segmentSentences } from '../segmentation/index';
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
