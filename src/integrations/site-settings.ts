import type { AstroIntegration } from 'astro';
import { SITE_CONFIG } from '../site-config.ts';

/** Says once, at the start of a build, which optional settings are off and what readers lose. */
export function siteSettings() {
	return {
		name: 'fixerror:settings',
		hooks: {
			'astro:build:start': ({ logger }) => {
				if (!SITE_CONFIG.repository)
					logger.info(
						'no repository configured (src/site-config.ts or FIXERROR_REPOSITORY): guides have no "Report a problem" or "Edit this guide" links'
					);
			},
		},
	} satisfies AstroIntegration;
}
