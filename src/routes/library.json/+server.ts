import { json } from '@sveltejs/kit';
import { bundledSummaries } from '$lib/server/articles';
import type { RequestHandler } from './$types';

// The bundled articles' summaries for the library (read by the home page's `load`).
export const prerender = true;

export const GET: RequestHandler = () => json(bundledSummaries());
