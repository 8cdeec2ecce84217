import type { APIRoute } from 'astro';
import { socialImage } from '../../seo/social-image.ts';
import { SOCIAL_IMAGE_CACHE } from '../../seo/social-image-cache.ts';

// The image of the pages that are not guides: the home page, listings, search, the map.
export const GET: APIRoute = async () =>
	new Response(
		new Uint8Array(
			await socialImage(
				{
					code: 'fixerror',
					title: 'Paste an error message: the cause in seconds, a fix to copy',
					provider: 'AWS, Google Cloud, Azure, Kubernetes, Docker, Git, npm, Terraform',
				},
				SOCIAL_IMAGE_CACHE
			)
		),
		{ headers: { 'content-type': 'image/png' } }
	);
