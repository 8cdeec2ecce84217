import { z } from 'astro/zod';

/**
 * A list whose items must not repeat: a duplicate is reported at its own index, naming the
 * first occurrence, e.g. `related[3]: "aws/s3-access-denied" is listed twice (first at index 1)`.
 * Items are compared after trimming and, with `ignoreCase`, case-insensitively.
 */
export const uniqueList = <T extends z.ZodType<string>>(item: T, { ignoreCase = false } = {}) =>
	z.array(item, { error: 'expected a list, such as [a, b]' }).superRefine((items, ctx) => {
		const first = new Map<string, number>();
		items.forEach((value, index) => {
			const key = ignoreCase ? value.trim().toLowerCase() : value.trim();
			const earlier = first.get(key);
			if (earlier === undefined) first.set(key, index);
			else
				ctx.addIssue({
					code: 'custom',
					path: [index],
					message: `"${value}" is listed twice (first at index ${earlier})`,
				});
		});
	});
