/**
 * `<fe-search-dialog>`: the header's search button and its dialog, on every page. This module is
 * small; the recogniser, Pagefind and the results code load only when a search first opens.
 */
const loadController = () => import('./controller.ts');

const isEditable = (target: EventTarget | null) =>
	target instanceof HTMLElement &&
	(target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SearchDialog extends HTMLElement {
	#dialog!: HTMLDialogElement;
	#field!: HTMLInputElement;
	#returnTo: HTMLElement | null = null;
	#attached: Promise<unknown> | undefined;

	connectedCallback() {
		this.#dialog = this.querySelector('dialog')!;
		this.#field = this.#dialog.querySelector('input')!;
		this.querySelector('.search-open')!.addEventListener('click', () => this.open());
		this.#dialog
			.querySelector('[data-close]')!
			.addEventListener('click', () => this.#dialog.close());
		// A click on the backdrop lands on the dialog element itself.
		this.#dialog.addEventListener('click', (event) => {
			if (event.target === this.#dialog) this.#dialog.close();
		});
		// Esc closes at once, even while the field has text (a search field would clear it first).
		this.#dialog.addEventListener('keydown', (event) => {
			if (event.key !== 'Escape') return;
			event.preventDefault();
			this.#dialog.close();
		});
		this.#dialog.addEventListener('close', () => {
			(this.#returnTo ?? this.querySelector<HTMLElement>('.search-open'))?.focus();
		});
		document.addEventListener('keydown', (event) => {
			if (this.#dialog.open) return;
			const shortcut =
				((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') ||
				(event.key === '/' && !event.ctrlKey && !event.metaKey && !isEditable(event.target));
			if (!shortcut) return;
			event.preventDefault();
			this.open();
		});
	}

	open() {
		this.#returnTo = document.activeElement as HTMLElement | null;
		this.#dialog.showModal();
		this.#field.focus();
		this.#field.select();
		this.#attached ??= loadController().then(({ attachSearch, viewOf }) => {
			const { run } = attachSearch(viewOf(this.#dialog, this.#field));
			if (this.#field.value) void run();
		});
	}
}

if (!customElements.get('fe-search-dialog'))
	customElements.define('fe-search-dialog', SearchDialog);
