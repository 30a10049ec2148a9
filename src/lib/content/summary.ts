/** The library's view of an article. */
import type { Article, ArticleSummary } from './model';
import { buildScript, listeningMinutes } from './script';

/** Summarises a segmented article for the library. */
export function summarize(article: Article): ArticleSummary {
	const { words } = buildScript(article);
	return {
		slug: article.slug,
		headline: article.headline,
		dek: article.dek,
		author: article.author,
		lang: article.lang,
		source: article.source,
		wordCount: words,
		listeningMinutes: listeningMinutes(words)
	};
}
