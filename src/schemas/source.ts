import { z } from 'astro/zod';

/** Official documentation a guide's facts were checked against. */
export const sourceSchema = () =>
	z.strictObject({
		/** The page's title as its publisher gives it. */
		title: z.string().trim().min(1, { error: 'must give the page title' }),
		/** The page's address; https only. */
		url: z.url({ protocol: /^https$/, error: 'expected a full https:// URL' }),
	});

export type Source = z.output<ReturnType<typeof sourceSchema>>;
