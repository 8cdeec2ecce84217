/**
 * One search field and its results, wherever they are (the header's dialog, the home page, the
 * search page): the field is named "Search"; results are a list of links named "Search results",
 * best first; a status line announces what was found. From the field, Enter opens the first
 * result and ArrowDown moves into the list; in the list, the arrow keys move between results and
 * ArrowUp from the first goes back to the field. A guide opened after a pasted error receives its
 * values (see fill-handoff.ts) and fills its samples with them.
 */
import { readError } from '../../fill/fill.ts';
import { handOff } from '../fill-handoff.ts';
import { isPaste, prepareSearch, search, type SearchAnswer } from './engine.ts';
import { resultItems } from './render.ts';

export interface SearchView {
	field: HTMLInputElement | HTMLTextAreaElement;
	list: HTMLOListElement;
	status: HTMLElement;
	/** The filters chosen on the search page. */
	filters?: () => Record<string, string[]>;
	/** Called with the text of every search, to mirror it where it belongs (the URL fragment). */
	onSearch?: (text: string) => void;
}

const DEBOUNCE_MS = 120;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the status line says; `early` while full-text results are still on their way. */
function statusText(answer: SearchAnswer, shown: number, early = false): string {
	if (answer.unavailable && shown === 0) return answer.unavailable;
	if (answer.recognition.kind === 'confident') {
		const looksLike = `This looks like ${answer.recognition.candidates[0]!.guide.title}.`;
		return early ? looksLike : `${looksLike} ${plural(shown, 'result')}.`;
	}
	return shown ? `${plural(shown, 'result')}.` : 'No guide matches this yet.';
}

/** The parts of a search view inside `root`: its results list and status line. */
export function viewOf(root: HTMLElement, field: SearchView['field']): SearchView {
	return {
		field,
		list: root.querySelector<HTMLOListElement>('ol.search-results')!,
		status: root.querySelector<HTMLElement>('.search-status')!,
	};
}

export function attachSearch(view: SearchView) {
	const { field, list, status } = view;
	prepareSearch();
	let timer: ReturnType<typeof setTimeout> | undefined;
	let latest = 0;
	let pending: Promise<void> = Promise.resolve();

	const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-title')];
	// A guide opened from a pasted error gets its values, to fill its samples with (never in the URL).
	const carryValues = (url: string) => {
		if (isPaste(field.value)) handOff(url, readError(field.value));
	};
	list.addEventListener('click', (event) => {
		const link = (event.target as Element).closest('a');
		if (link) carryValues(link.href);
	});
	list.addEventListener('auxclick', (event) => {
		const link = (event.target as Element).closest('a');
		if (link) carryValues(link.href);
	});

	const run = () => {
		clearTimeout(timer);
		const text = field.value;
		const ticket = ++latest;
		view.onSearch?.(text);
		const filters = view.filters?.() ?? {};
		const filtering = Object.values(filters).some((values) => values.length > 0);
		if (!text.trim() && !filtering) {
			list.replaceChildren();
			list.hidden = true;
			status.textContent = '';
			pending = Promise.resolve();
			return pending;
		}
		const show = (answer: SearchAnswer, final: boolean) => {
			if (ticket !== latest) return; // a newer search is on its way
			const items = resultItems(answer);
			// A reader who moved into the early answer stays on it when the full list replaces it.
			const focused = list.contains(document.activeElement)
				? (document.activeElement as HTMLAnchorElement).href
				: undefined;
			list.replaceChildren(...items);
			list.hidden = items.length === 0;
			if (focused)
				links()
					.find((link) => link.href === focused)
					?.focus();
			status.textContent = statusText(answer, items.length, !final);
		};
		// A sure answer is shown (and opened by Enter) before the full-text results arrive.
		let shownEarly = () => {};
		const early = new Promise<void>((resolve) => (shownEarly = resolve));
		const done = search(text, filters, (answer) => {
			show(answer, false);
			shownEarly();
		}).then(
			(answer) => show(answer, true),
			() => {
				if (ticket === latest)
					status.textContent = 'Search could not load. Reload the page to try again.';
			}
		);
		pending = Promise.race([early, done]);
		return pending;
	};

	const schedule = () => {
		clearTimeout(timer);
		timer = setTimeout(run, DEBOUNCE_MS);
	};

	field.addEventListener('input', schedule);
	field.addEventListener('keydown', async (event) => {
		const key = (event as KeyboardEvent).key;
		if (key === 'ArrowDown' && !list.hidden) {
			event.preventDefault();
			links()[0]?.focus();
		} else if (key === 'Enter' && !(event as KeyboardEvent).shiftKey) {
			event.preventDefault();
			if (timer !== undefined) await run();
			else await pending;
			const first = links()[0];
			if (first) {
				carryValues(first.href);
				location.assign(first.href);
			}
		}
	});
	list.addEventListener('keydown', (event) => {
		const all = links();
		const at = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (at === -1) return;
		if (event.key === 'ArrowDown') {
			event.preventDefault();
			all[Math.min(at + 1, all.length - 1)]!.focus();
		} else if (event.key === 'ArrowUp') {
			event.preventDefault();
			if (at === 0) field.focus();
			else all[at - 1]!.focus();
		}
	});

	return { run };
}
