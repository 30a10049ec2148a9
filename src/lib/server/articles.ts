/**
 * The articles bundled with Hark: every `content/articles/*.md`, parsed and segmented at build time.
 * A malformed file throws a ContentError naming the file and line, which fails the build.
 * `HARK_EXTRA_CONTENT=<folder>` at build time adds that folder's `*.md` too (the benchmark's generated
 * 100,000-word article), so such articles never need to sit in content/articles/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentHashOf } from '$lib/content/content-hash';
import type { Article, BundledSummary } from '$lib/content/model';
import { parseArticle } from '$lib/content/parse';
import { segmentArticle } from '$lib/content/segment';
import { summarize } from '$lib/content/summary';

const files = import.meta.glob<string>('/content/articles/*.md', {
	query: '?raw',
	import: 'default',
	eager: true
});

/** Articles from the folder named by HARK_EXTRA_CONTENT, keyed like the bundled ones; none when unset. */
function extraFiles(): Record<string, string> {
	const folder = process.env.HARK_EXTRA_CONTENT;
	if (!folder) return {};
	const names = readdirSync(folder).filter((name) => name.endsWith('.md'));
	return Object.fromEntries(
		names.map((name) => [join(folder, name), readFileSync(join(folder, name), 'utf8')])
	);
}

let cache: Map<string, Article> | null = null;

/** All bundled articles by slug, in file-name order (any extra ones after them). */
export function bundledArticles(): Map<string, Article> {
	if (cache) return cache;
	const articles = new Map<string, Article>();
	const inOrder = (sources: Record<string, string>) =>
		Object.entries(sources).sort(([a], [b]) => a.localeCompare(b));
	for (const [path, source] of [...inOrder(files), ...inOrder(extraFiles())]) {
		const article = segmentArticle(parseArticle(source, path.replace(/^\//, '')));
		if (articles.has(article.slug))
			throw new Error(`${path}: the slug "${article.slug}" is used twice`);
		articles.set(article.slug, article);
	}
	cache = articles;
	return articles;
}

/** One prerender entry per bundled article (its page and its JSON). */
export function bundledArticleEntries(): { slug: string }[] {
	return [...bundledArticles().keys()].map((slug) => ({ slug }));
}

/** Summaries of all bundled articles, for the library, with the hash that tells each one's text. */
export function bundledSummaries(): BundledSummary[] {
	return [...bundledArticles().values()].map((article) => ({
		...summarize(article),
		contentHash: contentHashOf(article)
	}));
}
