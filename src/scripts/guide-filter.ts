import { matchesPrepared, prepareGuide, prepareQuery } from '../utils/guide-filter.ts';

const ANNOUNCE_AFTER_MS = 400;

/**
 * `<fe-guide-filter>`: narrows the list of guides below it as the reader types or pastes an
 * error. The list is complete without JavaScript; this only hides what does not match.
 */
class GuideFilter extends HTMLElement {
	connectedCallback(): void {
		const input = this.querySelector('input');
		const status = this.querySelector('[role="status"]');
		const list = document.getElementById(this.dataset.list ?? '');
		if (!input || !status || !list) return;
		// Read each guide's code, aliases and text once, not on every keystroke.
		const items = [...list.querySelectorAll<HTMLElement>('[data-code]')].map((element) => ({
			element,
			guide: prepareGuide({
				code: element.dataset.code ?? '',
				aliases: (element.dataset.aliases ?? '').split('\n').filter(Boolean),
				text: element.textContent ?? '',
			}),
		}));
		// The list narrows at once; the count is announced only once typing pauses, so a screen
		// reader is not interrupted on every keystroke.
		let announceTimer: ReturnType<typeof setTimeout> | undefined;
		const update = () => {
			const query = prepareQuery(input.value);
			let shown = 0;
			for (const { element, guide } of items) {
				const match = matchesPrepared(query, guide);
				element.hidden = !match;
				if (match) shown++;
			}
			const message = query ? `${shown} of ${items.length} guides match` : '';
			clearTimeout(announceTimer);
			announceTimer = setTimeout(() => (status.textContent = message), ANNOUNCE_AFTER_MS);
		};
		input.addEventListener('input', update);
		this.hidden = false;
		if (input.value) update(); // the browser may restore a value on back navigation
	}
}

if (!customElements.get('fe-guide-filter')) customElements.define('fe-guide-filter', GuideFilter);
