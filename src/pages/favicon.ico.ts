import type { APIRoute } from 'astro';
import { icoFromPng, iconPng } from '../seo/icons.ts';

export const GET: APIRoute = async () =>
	new Response(new Uint8Array(icoFromPng(await iconPng(32), 32)), {
		headers: { 'content-type': 'image/x-icon' },
	});
