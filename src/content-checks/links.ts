import type { Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

export interface Link {
	/** Where the link sits: a frontmatter field, or `body:12` for a line of the MDX body. */
	field: string;
	url: string;
}

export interface LinkTarget {
	/** Anchors that exist on the page; `undefined` when unknown (its guide has other problems). */
	anchors: ReadonlySet<string> | undefined;
}

/** `#fix%2D1` and `#fix-1` name the same anchor; a malformed escape is kept as written. */
function decodeAnchor(anchor: string): string {
	try {
		return decodeURIComponent(anchor);
	} catch {
		return anchor;
	}
}

/**
 * Checks a guide's links within the site: a link to a page that does not exist, a path without
 * the trailing slash the site's URLs have, or an `#anchor` the page lacks. Links to other sites
 * are left alone: checking them needs the network.
 */
export function checkLinks(
	file: string,
	selfPath: string,
	links: readonly Link[],
	pages: ReadonlyMap<string, LinkTarget>
): Problem[] {
	const problems: Problem[] = [];
	for (const { field, url: href } of links) {
		if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
		const [beforeHash = '', rawAnchor] = href.split('#', 2);
		const rawPath = beforeHash.split('?')[0] ?? ''; // a query string does not change the page
		const path = rawPath === '' ? selfPath : rawPath;
		const anchor = rawAnchor === undefined ? undefined : decodeAnchor(rawAnchor);
		if (!path.startsWith('/')) {
			problems.push({
				file,
				field,
				message: `link "${href}" is relative: write it from the site root, e.g. "/aws/s3-access-denied/"`,
			});
			continue;
		}
		const page = pages.get(path) ?? pages.get(`${path}/`);
		if (!page) {
			problems.push({
				file,
				field,
				message: `link "${href}" points to no page${didYouMean(path, pages.keys())}`,
			});
			continue;
		}
		if (!pages.has(path)) {
			problems.push({
				file,
				field,
				message: `link "${href}" needs a trailing slash: "${path}/${anchor ? `#${anchor}` : ''}"`,
			});
			continue;
		}
		if (anchor !== undefined && page.anchors && !page.anchors.has(anchor)) {
			problems.push({
				file,
				field,
				message: `link "${href}": ${path} has no anchor "#${anchor}"${didYouMean(anchor, page.anchors)}`,
			});
		}
	}
	return problems;
}
