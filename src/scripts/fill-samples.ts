/**
 * `<fe-fill-samples data-plan>`: "Use my error" on a guide. The reader pastes their message; the
 * values read from it replace the slots of every code sample (`.code-block[data-slots]`, marked
 * at build time inside their tokens, so colours stay), as text only, and each copy button then
 * copies exactly the filled code. Values handed over from search arrive the same way.
 */
import type { ReaderError } from '../fill/fill.ts';
import type { FillPlan } from '../fill/slots.ts';
import { SLOT_LABELS, SLOT_NAMES, slotWords } from '../fill/values.ts';
import { copyTextFor } from '../utils/copy-text.ts';
import { clearHandOff, handOff, takeHandOff } from './fill-handoff.ts';

const DEBOUNCE_MS = 150;

// Reading an error (the extractor) loads on first use: a page nobody pastes into pays nothing.
let fillModule: Promise<typeof import('../fill/fill.ts')> | undefined;
const loadFill = () => (fillModule ??= import('../fill/fill.ts'));

interface Block {
	code: HTMLElement;
	/** The block as built, with the examples: every fill starts again from it. */
	original: string;
	lang: string;
	copy: HTMLElement | null;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Fills one block; returns how many places took a value. */
function fillBlock(block: Block, values: ReadonlyMap<number, string>): number {
	block.code.innerHTML = block.original;
	let places = 0;
	for (const slot of block.code.querySelectorAll<HTMLElement>('.slot')) {
		// A slot inside one just filled went with the example it was part of.
		if (!block.code.contains(slot)) continue;
		const value = values.get(Number(slot.dataset.e));
		if (value === undefined) continue;
		const first = slot.dataset.p === '0';
		slot.textContent = first ? value : '';
		slot.classList.add('filled');
		if (first) places++;
	}
	if (block.copy) block.copy.dataset.copy = copyTextFor(block.code.textContent ?? '', block.lang);
	return places;
}

class FillSamples extends HTMLElement {
	#plan!: FillPlan;
	#blocks: Block[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	#field!: HTMLTextAreaElement;
	#reset!: HTMLButtonElement;
	#status!: HTMLElement;
	#values!: HTMLElement;
	#elsewhere!: HTMLElement;
	#ticket = 0;
	/** The last error read from the field, to carry to another guide. */
	#reader: ReaderError | undefined;

	connectedCallback(): void {
		try {
			this.#plan = JSON.parse(this.dataset.plan ?? '') as FillPlan;
		} catch {
			return;
		}
		this.#blocks = [...document.querySelectorAll<HTMLElement>('.code-block[data-slots]')].flatMap(
			(figure) => {
				const code = figure.querySelector<HTMLElement>('pre > code');
				return code
					? [
							{
								code,
								original: code.innerHTML,
								lang: figure.dataset.lang ?? 'text',
								copy: figure.querySelector<HTMLElement>('fe-copy-button'),
							},
						]
					: [];
			}
		);
		this.#field = this.querySelector('textarea')!;
		this.#reset = this.querySelector('[data-reset]')!;
		this.#status = this.querySelector('.fill-status')!;
		this.#values = this.querySelector('.fill-values')!;
		this.#elsewhere = this.querySelector('.fill-elsewhere')!;

		this.#field.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => void this.#fromField(), DEBOUNCE_MS);
		});
		this.#reset.addEventListener('click', () => {
			this.#resetAll();
			// The button is disabled now: focus goes where the next paste goes.
			this.#field.focus();
		});
		this.#elsewhere.addEventListener('click', (event) => {
			const link = (event.target as Element).closest('a');
			if (link && this.#reader) handOff(link.href, this.#reader);
		});

		const handed = takeHandOff(location.pathname);
		if (this.#field.value.trim())
			void this.#fromField(); // pasted while this code loaded
		else if (handed) void this.#apply(handed, 'the error you pasted in search');
	}

	async #fromField(): Promise<void> {
		const text = this.#field.value;
		if (!text.trim()) {
			this.#resetAll();
			return;
		}
		const ticket = ++this.#ticket;
		const { readError } = await loadFill();
		if (ticket !== this.#ticket) return; // the reader typed on, or reset
		const reader = readError(text);
		this.#reader = reader;
		await this.#apply(reader, 'your error');
		handOff(location.href, reader);
		void this.#checkGuide(text, ticket);
	}

	async #apply(reader: ReaderError, source: string): Promise<void> {
		const { replacements } = await loadFill();
		const values = replacements(this.#plan, reader);
		let places = 0;
		let samples = 0;
		for (const block of this.#blocks) {
			const filled = fillBlock(block, values);
			places += filled;
			if (filled > 0) samples++;
		}
		this.#showValues(reader);
		this.#reset.disabled = false;
		this.#status.textContent =
			places > 0
				? `Filled ${plural(places, 'place')} in ${plural(samples, 'code sample')} with values from ${source}, marked in the code.`
				: Object.keys(reader.values).length > 0
					? `Nothing in ${source} matches what this guide's samples hold: they keep the examples.`
					: `No ${slotWords(this.#plan.examples.map((example) => example.name))} found in ${source}: the samples keep the examples.`;
	}

	#showValues(reader: ReaderError): void {
		const rows = SLOT_NAMES.filter((name) => reader.values[name]).flatMap((name) => {
			const term = document.createElement('dt');
			term.textContent = SLOT_LABELS[name];
			const value = document.createElement('dd');
			value.textContent = reader.values[name]!;
			return [term, value];
		});
		this.#values.replaceChildren(...rows);
		this.#values.hidden = rows.length === 0;
	}

	/** Whether the paste belongs to another guide: the recogniser is loaded on first use only. */
	async #checkGuide(text: string, ticket: number): Promise<void> {
		try {
			const { recogniseText } = await import('./search/engine.ts');
			const { recognition } = await recogniseText(text);
			if (ticket !== this.#ticket) return;
			const best = recognition.candidates[0]?.guide;
			const own = location.pathname;
			if (recognition.kind !== 'confident' || !best || best.url === own) {
				this.#elsewhere.hidden = true;
				return;
			}
			const link = document.createElement('a');
			link.href = best.url;
			link.textContent = best.title;
			const code = document.createElement('code');
			code.textContent = best.code;
			this.#elsewhere.replaceChildren(
				'This message looks like ',
				code,
				', which has its own guide: ',
				link,
				'. Your values come along.'
			);
			this.#elsewhere.hidden = false;
		} catch {
			// Without the index the samples are still filled; only the pointer is missing.
		}
	}

	#resetAll(): void {
		++this.#ticket;
		this.#reader = undefined;
		for (const block of this.#blocks) fillBlock(block, new Map());
		this.#field.value = '';
		this.#values.replaceChildren();
		this.#values.hidden = true;
		this.#elsewhere.hidden = true;
		this.#status.textContent = 'The samples show the examples again.';
		this.#reset.disabled = true;
		clearHandOff();
	}
}

if (!customElements.get('fe-fill-samples')) customElements.define('fe-fill-samples', FillSamples);
