import { bundledSummaries } from '$lib/server/articles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ articles: bundledSummaries() });
