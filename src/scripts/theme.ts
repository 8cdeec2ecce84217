/**
 * The reader's theme choice: `light`, `dark`, or `auto` (follow the system). The choice is
 * stored in localStorage and applied as `<html data-theme>`; CSS turns that into `color-scheme`,
 * which every `light-dark()` colour (code included) follows.
 */
export type ThemeChoice = 'auto' | 'light' | 'dark';

export const THEME_STORAGE_KEY = 'fixerror-theme';

export function parseThemeChoice(value: unknown): ThemeChoice {
	return value === 'light' || value === 'dark' ? value : 'auto';
}

export function readThemeChoice(): ThemeChoice {
	try {
		return parseThemeChoice(localStorage.getItem(THEME_STORAGE_KEY));
	} catch {
		return 'auto'; // storage can be blocked; the system preference still applies
	}
}

export function applyThemeChoice(choice: ThemeChoice): void {
	if (choice === 'auto') delete document.documentElement.dataset.theme;
	else document.documentElement.dataset.theme = choice;
	try {
		if (choice === 'auto') localStorage.removeItem(THEME_STORAGE_KEY);
		else localStorage.setItem(THEME_STORAGE_KEY, choice);
	} catch {
		// Not persisted, but applied for this page.
	}
}
