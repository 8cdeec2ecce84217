import type { APIRoute } from 'astro';
import { openSearchUrl, searchUrl } from '../routes.ts';

// Lets browsers offer the site's search from the address bar: it opens /search/?q=...
export const GET: APIRoute = ({ site }) => {
	const at = (path: string) => new URL(path, site).href;
	const body = `<?xml version="1.0" encoding="UTF-8"?>
<OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">
  <ShortName>fixerror</ShortName>
  <Description>Paste an error message: the guide that names its cause and the fix.</Description>
  <InputEncoding>UTF-8</InputEncoding>
  <Image width="16" height="16" type="image/svg+xml">${at('/favicon.svg')}</Image>
  <Url type="text/html" method="get" template="${at(searchUrl())}?q={searchTerms}"/>
  <Url type="application/opensearchdescription+xml" rel="self" template="${at(openSearchUrl())}"/>
</OpenSearchDescription>
`;
	return new Response(body, {
		headers: { 'content-type': 'application/opensearchdescription+xml; charset=utf-8' },
	});
};
