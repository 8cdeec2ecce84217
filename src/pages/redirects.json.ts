import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog.ts';
import { redirectsOf } from '../redirects.ts';

// Old paths and the guides they lead to: src/integrations/redirects.ts writes `_redirects` and a
// page at each old path from this, after the build.
export const GET: APIRoute = async () => {
	const { guides } = await getCatalog();
	return new Response(JSON.stringify(redirectsOf(guides), null, 1), {
		headers: { 'content-type': 'application/json' },
	});
};
