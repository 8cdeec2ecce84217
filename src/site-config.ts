/**
 * Site settings that are not content: one place to change them. The site's own URL is `site` in
 * astro.config.mjs.
 */
export const SITE_CONFIG = {
	/**
	 * The repository the content lives in, for "Report a problem" and "Edit this guide" (a GitHub
	 * repository URL). Unset, the links are left out and the build says so once. A deployment sets
	 * it here, or with the environment variable FIXERROR_REPOSITORY.
	 */
	repository: process.env.FIXERROR_REPOSITORY || undefined,
	/** The branch edits are proposed against. */
	branch: 'main',
	/** A guide checked longer ago than this is stale: `npm run check` lists it, its page says so. */
	staleAfterMonths: 12,
} as const;
