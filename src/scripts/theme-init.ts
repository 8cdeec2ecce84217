import { createHash } from 'node:crypto';
import { THEME_STORAGE_KEY } from './theme.ts';

/**
 * The one script that runs before first paint: it applies a saved theme so a reader who chose
 * dark never sees a flash of light. Inline and render-blocking on purpose. Kept as a string so
 * the page and the Content-Security-Policy hash are built from the same text.
 */
export const THEME_INIT_SCRIPT = `try{const c=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(c==="light"||c==="dark")document.documentElement.dataset.theme=c}catch{}`;

/** The CSP hash of the script above, for the policy in `src/security/headers.ts`. */
export const THEME_INIT_HASH =
	`sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}` as const;
