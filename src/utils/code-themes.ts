/**
 * The two Shiki themes every code block uses. One place, read by `astro.config.mjs` (MDX body
 * fences) and by `highlight.ts` (guide code samples), so both kinds of block look the same.
 */
export const shikiThemes = {
	light: 'github-light',
	dark: 'github-dark',
} as const;
