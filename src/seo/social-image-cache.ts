import { join } from 'node:path';

/**
 * Where drawn social images are kept between builds, beside Astro's own caches. From the project
 * root: this module runs bundled inside dist/ at build time.
 */
export const SOCIAL_IMAGE_CACHE = join(
	process.cwd(),
	'node_modules',
	'.astro',
	'fixerror-social-images'
);
