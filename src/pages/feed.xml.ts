import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog.ts';
import { recentlyChecked } from '../utils/recent-guides.ts';

/** How many guides the feed lists: the most recently checked, newest first. */
export const FEED_SIZE = 50;

// New and updated guides: a guide's date is the day its facts were last checked.
export const GET: APIRoute = async ({ site }) => {
	const { guides } = await getCatalog();
	return rss({
		title: 'fixerror: new and updated error guides',
		description:
			'Error guides that name the cause and hand over the fix, newest and most recently checked first.',
		site: site!,
		items: recentlyChecked(guides, FEED_SIZE).map((guide) => ({
			title: guide.data.title,
			link: guide.url,
			description: guide.data.description,
			pubDate: guide.data.updated,
			categories: [guide.provider.data.name, guide.data.code],
		})),
		customData: '<language>en</language>',
	});
};
