// The recogniser's index (src/search/guide-index.ts), loaded by search when it first opens.
import type { APIRoute } from 'astro';
import { getCatalog } from '../../catalog.ts';
import { guideIndexFor } from '../../search/index-from-content.ts';

export const GET: APIRoute = async () => {
	const { guides, providers } = await getCatalog();
	return new Response(JSON.stringify(guideIndexFor(guides, providers)), {
		headers: { 'Content-Type': 'application/json' },
	});
};
