import { json } from '@sveltejs/kit';
import { bundledSummaries } from '$lib/server/articles';
import type { RequestHandler } from './$types';

// The bundled articles' summaries: the library lists them, the queue and /continue look them up
// (read through $lib/library/bundled.ts).
export const prerender = true;

export const GET: RequestHandler = () => json(bundledSummaries());
