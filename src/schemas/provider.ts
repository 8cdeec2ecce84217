import { z } from 'astro/zod';
import { SLUG_PATTERN } from './ids.ts';

/**
 * A provider of errors (`content/providers/<id>.json`): a cloud, a tool, a platform.
 * Its id is the file name and the first segment of its guides' URLs.
 */
export const providerSchema = () =>
	z.strictObject({
		/** Short name used in breadcrumbs and titles, e.g. "AWS". */
		name: z.string().trim().min(1, { error: 'must not be empty' }),
		/** Full name, e.g. "Amazon Web Services". */
		fullName: z.string().trim().min(1, { error: 'must not be empty' }),
		/** One plain sentence for the provider's page. */
		description: z.string().trim().min(1, { error: 'must not be empty' }).max(160),
		/** The services guides may name, id → display name, e.g. `{ "s3": "Amazon S3" }`. */
		services: z
			.record(
				z.string().regex(SLUG_PATTERN, { error: 'service ids must be lowercase slugs such as "s3"' }),
				z.string().trim().min(1)
			)
			.refine((services) => Object.keys(services).length > 0, { error: 'must list at least one service' }),
	});

export type Provider = z.output<ReturnType<typeof providerSchema>>;
