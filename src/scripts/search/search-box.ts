/**
 * `<fe-search-box>`: the search field of the home page, the search page and the 404 page, which
 * takes a whole pasted error. The controller (and with it the recogniser and Pagefind) loads when
 * the field is first used, or at once on the search page when its URL holds a query.
 */
import type { SearchView } from './controller.ts';

const loadController = () => import('./controller.ts');

/** The text a search page was opened with: `#q=` (what the site writes) or `?q=` (links, address bars). */
function queryFromUrl(): string {
	const fromHash = new URLSearchParams(location.hash.slice(1)).get('q');
	return fromHash ?? new URLSearchParams(location.search).get('q') ?? '';
}

/** Writes the text into the fragment, which browsers never send to the server. */
function mirrorToUrl(text: string) {
	const hash = text && text.length <= 2000 ? `#${new URLSearchParams({ q: text })}` : '';
	history.replaceState(history.state, '', `${location.pathname}${hash}`);
}

class SearchBox extends HTMLElement {
	#attached: Promise<{ run: () => Promise<void> }> | undefined;

	connectedCallback() {
		const field = this.querySelector('textarea')!;
		const filters = this.querySelector<HTMLElement>('.search-filters');
		const mirror = this.hasAttribute('data-mirror');
		this.hidden = false;

		const attach = () =>
			(this.#attached ??= loadController().then(async ({ attachSearch, viewOf }) => {
				const view: SearchView = {
					...viewOf(this, field),
					onSearch: mirror ? mirrorToUrl : undefined,
					filters: filters ? () => chosenFilters(filters) : undefined,
				};
				const controller = attachSearch(view);
				if (filters) {
					await fillFilters(filters);
					filters.addEventListener('change', () => void controller.run());
				}
				// What was typed before the controller arrived.
				if (field.value) void controller.run();
				return controller;
			}));

		field.addEventListener('focus', attach, { once: true });
		field.addEventListener('input', attach, { once: true });
		if (mirror) {
			const query = queryFromUrl();
			if (query) {
				field.value = query;
				void attach();
			} else if (filters) {
				// Search loads when it is first used: typing, or opening the filters.
				const details = filters.closest('details')!;
				details.hidden = false;
				details.addEventListener('toggle', attach, { once: true });
			}
		}
	}
}

function chosenFilters(fieldset: HTMLElement): Record<string, string[]> {
	const chosen: Record<string, string[]> = {};
	for (const box of fieldset.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked'))
		(chosen[box.name] ??= []).push(box.value);
	return chosen;
}

const FILTER_LABELS: Record<string, string> = {
	provider: 'Provider',
	service: 'Service',
	status: 'HTTP status',
	tag: 'Topic',
};

/** One group of checkboxes per Pagefind filter, built from the index (values are site content). */
async function fillFilters(fieldset: HTMLElement) {
	const { searchFilters } = await import('./engine.ts');
	const available = await searchFilters();
	for (const name of Object.keys(FILTER_LABELS)) {
		const values = available[name];
		if (!values) continue;
		const group = document.createElement('fieldset');
		const legend = document.createElement('legend');
		legend.textContent = FILTER_LABELS[name]!;
		group.append(legend);
		for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
			const label = document.createElement('label');
			const box = document.createElement('input');
			box.type = 'checkbox';
			box.name = name;
			box.value = value;
			label.append(box, ` ${value} (${count})`);
			group.append(label);
		}
		fieldset.append(group);
	}
	fieldset.closest('details')!.hidden = false;
}

if (!customElements.get('fe-search-box')) customElements.define('fe-search-box', SearchBox);
