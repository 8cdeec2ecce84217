import { z } from 'astro/zod';
import { ofKind } from './text.ts';

/**
 * A URL-safe slug: lowercase words of letters and digits joined by single hyphens, starting with
 * a letter. A slug of digits alone is refused because `/aws/2/` is the second page of a listing.
 */
export const SLUG_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A guide id is `<provider>/<slug>`, the guide's path under `content/errors/` and its URL. */
export const GUIDE_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** A reference to another guide by id, e.g. `aws/s3-access-denied`. */
export const guideIdSchema = ofKind(
	'identifier',
	z.string().regex(GUIDE_ID_PATTERN, {
		error: 'expected a guide id "<provider>/<slug>", e.g. "aws/s3-access-denied"',
	})
);

/** A slug such as a service id (`s3`) or a tag (`permissions`). */
export const slugSchema = (example: string) =>
	ofKind(
		'identifier',
		z.string().regex(SLUG_PATTERN, {
			error: `expected a lowercase slug such as "${example}" (letters, digits, single hyphens, starting with a letter)`,
		})
	);
