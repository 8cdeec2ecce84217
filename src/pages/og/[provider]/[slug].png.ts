import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type Guide } from '../../../catalog.ts';
import { socialImage } from '../../../seo/social-image.ts';
import { SOCIAL_IMAGE_CACHE } from '../../../seo/social-image-cache.ts';

// One social image per guide, drawn once per content and cached across builds.
export const getStaticPaths = (async () => {
	const { guides } = await getCatalog();
	return guides.map((guide) => ({
		params: { provider: guide.provider.id, slug: guide.slug },
		props: { guide },
	}));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: Guide }> = async ({ props: { guide } }) => {
	const png = await socialImage(
		{ code: guide.data.code, title: guide.data.title, provider: guide.provider.data.fullName },
		SOCIAL_IMAGE_CACHE
	);
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
