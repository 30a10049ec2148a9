/**
 * The articles bundled with Hark: every `content/articles/*.md`, parsed and segmented at build time.
 * A malformed file throws a ContentError naming the file and line, which fails the build.
 */
import type { Article, ArticleSummary } from '$lib/content/model';
import { parseArticle } from '$lib/content/parse';
import { segmentArticle } from '$lib/content/segment';
import { summarize } from '$lib/content/summary';

const files = import.meta.glob<string>('/content/articles/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

let cache: Map<string, Article> | null = null;

/** All bundled articles by slug, in file-name order. */
export function bundledArticles(): Map<string, Article> {
	if (cache) return cache;
	const articles = new Map<string, Article>();
	for (const [path, source] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
		const article = segmentArticle(parseArticle(source, path.replace(/^\//, '')));
		if (articles.has(article.slug))
			throw new Error(`${path}: the slug "${article.slug}" is used twice`);
		articles.set(article.slug, article);
	}
	cache = articles;
	return articles;
}

/** Summaries of all bundled articles, for the library. */
export function bundledSummaries(): ArticleSummary[] {
	return [...bundledArticles().values()].map(summarize);
}
