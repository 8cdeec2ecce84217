/**
 * `<fe-site-map>`: pointing at or focusing a guide on the map lights its relations and dims the
 * others. The map and its list read completely without this.
 */
class SiteMap extends HTMLElement {
	connectedCallback() {
		const lines = [...this.querySelectorAll<SVGLineElement>('line')];
		const light = (id: string | undefined) => {
			for (const line of lines) {
				const touches = id !== undefined && (line.dataset.a === id || line.dataset.b === id);
				line.classList.toggle('lit', touches);
				line.classList.toggle('dim', id !== undefined && !touches);
			}
		};
		const nodeOf = (target: EventTarget | null) =>
			target instanceof Element ? target.closest<SVGAElement>('a.node') : null;
		for (const type of ['pointerover', 'focusin'] as const)
			this.addEventListener(type, (event) => light(nodeOf(event.target)?.dataset.id));
		for (const type of ['pointerout', 'focusout'] as const)
			this.addEventListener(type, () => light(undefined));
	}
}

if (!customElements.get('fe-site-map')) customElements.define('fe-site-map', SiteMap);
