/**
 * Redirects from the paths guides used to have: the list, the `_redirects` file Netlify and
 * Cloudflare Pages read, and the page a host without redirects serves at an old path.
 */
import { guideUrl } from './routes.ts';
import { escapeHtml } from './utils/escape-html.ts';

export interface Redirect {
	from: string;
	to: string;
}

export function redirectsOf(
	guides: ReadonlyArray<{ id: string; data: { redirectFrom?: readonly string[] | undefined } }>
): Redirect[] {
	return guides
		.flatMap((guide) =>
			(guide.data.redirectFrom ?? []).map((from) => ({ from, to: guideUrl(guide.id) }))
		)
		.sort((a, b) => (a.from < b.from ? -1 : 1));
}

/** The file of dist/ that serves an old path: `aws/old-slug/index.html`. */
export const redirectFile = (from: string) => `.${from}index.html`;

/** `_redirects`: each old path, with and without its trailing slash, moved permanently. */
export function redirectsFile(redirects: readonly Redirect[]): string {
	return redirects
		.flatMap(({ from, to }) => [`${from} ${to} 301`, `${from.replace(/\/$/, '')} ${to} 301`])
		.join('\n')
		.concat(redirects.length ? '\n' : '');
}

/**
 * The page at an old path for hosts that read no `_redirects`: it sends the reader on at once
 * (`<meta http-equiv="refresh">`, which the CSP allows), names the new address as canonical,
 * asks not to be indexed, and links it for anyone whose browser does not follow.
 */
export function redirectPage({ to }: Redirect, site: string, csp: string): string {
	const url = escapeHtml(new URL(to, site).href);
	const path = escapeHtml(to);
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${escapeHtml(csp)}">
<meta http-equiv="refresh" content="0; url=${path}">
<meta name="robots" content="noindex">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="${url}">
<title>This guide has moved</title>
</head>
<body>
<p>This guide has moved to <a href="${path}">${url}</a>.</p>
</body>
</html>
`;
}
