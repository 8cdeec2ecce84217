import { z } from 'astro/zod';
import { ofKind } from './text.ts';
import { uniqueList } from './unique-list.ts';

/**
 * The paths a guide used to have, so bookmarks and links to them still land on it:
 * `/aws/old-slug/`. The build writes `_redirects` and a page at each that sends the reader on.
 */
export const redirectFromSchema = uniqueList(
	ofKind(
		'identifier',
		z
			.string({ error: 'expected a path such as "/aws/old-slug/"' })
			.regex(/^\/(?:[a-z0-9][a-z0-9._-]*\/)+$/, {
				error:
					'expected a site path that starts and ends with "/", in lower case, such as "/aws/old-slug/"',
			})
	)
).optional();
