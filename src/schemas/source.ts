import { z } from 'astro/zod';
import { ofKind, plainTextSchema } from './text.ts';

/** Official documentation a guide's facts were checked against. */
export const sourceSchema = z.strictObject({
	/** The page's title as its publisher gives it. */
	title: plainTextSchema({ empty: 'must give the page title' }),
	/** The page's address; https only. */
	url: ofKind('url', z.url({ protocol: /^https$/, error: 'expected a full https:// URL' })),
});

export type Source = z.output<typeof sourceSchema>;
