import { bundledArticleEntries } from '$lib/server/articles';
import type { EntryGenerator } from './$types';

// Which article pages to prerender (the data comes from +page.ts).
export const entries: EntryGenerator = bundledArticleEntries;
