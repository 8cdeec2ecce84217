/**
 * `<fe-scroll-row>`: a row of links that scrolls sideways on a phone (the providers in the
 * header). Browsers scroll a focused link into view only when it is wholly hidden; this brings a
 * half-hidden one fully into view too, so a keyboard user always sees where focus is.
 */
class ScrollRow extends HTMLElement {
	connectedCallback(): void {
		this.addEventListener('focusin', (event) => {
			if (event.target instanceof HTMLElement)
				event.target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
		});
	}
}

if (!customElements.get('fe-scroll-row')) customElements.define('fe-scroll-row', ScrollRow);
