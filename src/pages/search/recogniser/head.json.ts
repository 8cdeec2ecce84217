// The head of the recogniser's index (src/search/index-shards.ts), loaded when search first opens.
import type { APIRoute } from 'astro';
import { recogniserFiles } from '../../../search/index-files.ts';

export const GET: APIRoute = async () =>
	new Response((await recogniserFiles()).head, {
		headers: { 'Content-Type': 'application/json' },
	});
