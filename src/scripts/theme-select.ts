import { applyThemeChoice, parseThemeChoice, readThemeChoice } from './theme.ts';

/** `<fe-theme-select>`: reveals its `<select>` and applies the reader's choice at once. */
class ThemeSelect extends HTMLElement {
	connectedCallback(): void {
		const select = this.querySelector('select');
		if (!select) return;
		select.value = readThemeChoice();
		select.addEventListener('change', () => applyThemeChoice(parseThemeChoice(select.value)));
		this.hidden = false;
	}
}

if (!customElements.get('fe-theme-select')) customElements.define('fe-theme-select', ThemeSelect);
