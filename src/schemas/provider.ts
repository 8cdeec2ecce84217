import { z } from 'astro/zod';
import { slugSchema } from './ids.ts';
import { plainTextSchema } from './text.ts';

/**
 * A provider of errors (`content/providers/<id>.json`): a cloud, a tool, a platform.
 * Its id is the file name and the first segment of its guides' URLs.
 */
export const providerSchema = z.strictObject({
	/** Short name used in breadcrumbs, navigation and titles, e.g. "AWS". */
	name: plainTextSchema(),
	/** Full name, e.g. "Amazon Web Services". */
	fullName: plainTextSchema(),
	/** One plain sentence for the provider's page. */
	description: plainTextSchema({ max: [160, () => 'must be at most 160 characters'] }),
	/**
	 * The services its guides may name, id → display name, in the order the provider page lists
	 * them, e.g. `{ "s3": "Amazon S3" }`. Leave it out for a provider without services (git, npm):
	 * its guides then name none and its page lists them in one group.
	 */
	services: z.record(slugSchema('s3'), plainTextSchema()).default({}),
});

export type Provider = z.output<typeof providerSchema>;
