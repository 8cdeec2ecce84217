import type { Problem } from './problem.ts';

export interface Inventory {
	/** Guide paths (`/aws/foo/`) the content defines. */
	content: Iterable<string>;
	/** Guide paths the build wrote an `index.html` for. */
	pages: Iterable<string>;
	/** Guide paths the sitemap lists. */
	sitemap: Iterable<string>;
}

/**
 * Confirms that every guide in the content became exactly one page and one sitemap entry, and
 * that nothing else did: the same set three ways. Each difference is one problem.
 */
export function compareInventory({ content, pages, sitemap }: Inventory): Problem[] {
	const sets = {
		content: new Set(content),
		'built pages': new Set(pages),
		sitemap: new Set(sitemap),
	};
	const problems: Problem[] = [];
	const names = Object.keys(sets) as Array<keyof typeof sets>;
	for (const path of new Set(names.flatMap((name) => [...sets[name]])))
		for (const name of names)
			if (!sets[name].has(path)) {
				const present = names.filter((other) => sets[other].has(path)).join(' and ');
				problems.push({
					file: 'dist/',
					field: path,
					message: `in the ${present} but not in the ${name}`,
				});
			}
	return problems;
}
