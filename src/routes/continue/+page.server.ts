import { bundledArticles } from '$lib/server/articles';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ bundled: [...bundledArticles().keys()] });
