/**
 * Every URL of the site, built in one place. Pages, links, the content checks, the sitemap
 * check and the tests all ask here, so a URL scheme changes in one function.
 */

/** `/`: search, providers, recent guides. */
export const homeUrl = () => '/';

/** `/aws/`, and `/aws/2/` for the second page of a long provider listing. */
export const providerUrl = (providerId: string, page = 1) =>
	page <= 1 ? `/${providerId}/` : `/${providerId}/${page}/`;

/** `/aws/s3-access-denied/` for the guide `aws/s3-access-denied`. */
export const guideUrl = (guideId: string) => `/${guideId}/`;

/** The anchor of a service's group on its provider page. */
export const serviceAnchor = (serviceId: string) => `service-${serviceId}`;

/** `/aws/#service-s3`: where a service's guides start, on whichever page of the listing that is. */
export const serviceUrl = (providerId: string, serviceId: string, page: number) =>
	`${providerUrl(providerId, page)}#${serviceAnchor(serviceId)}`;

/** `/tags/`: every topic tag with its count; `/tags/<tag>/`, `/tags/<tag>/2/`: a tag's guides. */
export const tagsUrl = () => '/tags/';
export const tagUrl = (tag: string, page = 1) =>
	page <= 1 ? `/tags/${tag}/` : `/tags/${tag}/${page}/`;

/** `/graph/`: the map of every guide and its relations. */
export const graphUrl = () => '/graph/';

/** `/graph/aws/`, `/graph/aws/2/`: one provider's part of the map, and its list, page by page. */
export const providerGraphUrl = (providerId: string, page = 1) =>
	page <= 1 ? `/graph/${providerId}/` : `/graph/${providerId}/${page}/`;

/** The graph's nodes and edges as data, for tools. */
export const graphDataUrl = () => '/graph.json';

/** `/search/`: full search with filters; reads `?q=` and `#q=`. */
export const searchUrl = () => '/search/';

/** The recogniser's index: its head, loaded with search, and its shards, loaded as a text needs them. */
export const recogniserHeadUrl = () => '/search/recogniser/head.json';
export const recogniserShardName = (number: number, digest: string) => `${number}-${digest}`;
export const recogniserShardUrl = (number: number, digest: string) =>
	`/search/recogniser/${recogniserShardName(number, digest)}.json`;

/** A guide's social image (Open Graph, Twitter card): `/og/aws/s3-access-denied.png`. */
export const socialImageUrl = (guideId: string) => `/og/${guideId}.png`;

/** The image of every page that is not a guide. */
export const siteImageUrl = () => '/og/site.png';

/** Discovery files: the feed of new and updated guides, OpenSearch, robots.txt, llms.txt. */
export const feedUrl = () => '/feed.xml';
export const openSearchUrl = () => '/opensearch.xml';
export const robotsUrl = () => '/robots.txt';
export const llmsUrl = () => '/llms.txt';
export const sitemapUrl = () => '/sitemap-index.xml';

/** Every old path of a guide and where it leads now, as data: the build writes `_redirects` from it. */
export const redirectsDataUrl = () => '/redirects.json';

/** The page for an address that does not exist; hosts serve it with status 404. */
export const notFoundUrl = () => '/404.html';

/** The provider folder of a guide id: `aws` for `aws/s3-access-denied`. */
export const providerIdOf = (guideId: string) => guideId.slice(0, guideId.indexOf('/'));
