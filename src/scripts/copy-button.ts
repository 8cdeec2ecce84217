/**
 * `<fe-copy-button data-copy="...">` wraps a hidden button. The text to copy was computed at
 * build time, so this only reveals the button, writes the text and says "Copied".
 */
const RESET_AFTER_MS = 2000;

async function writeClipboard(text: string): Promise<void> {
	if (navigator.clipboard?.writeText) {
		await navigator.clipboard.writeText(text);
		return;
	}
	// Fallback for browsers without the async Clipboard API (or outside a secure context).
	const area = document.createElement('textarea');
	area.value = text;
	area.setAttribute('readonly', '');
	area.style.position = 'fixed';
	area.style.opacity = '0';
	document.body.append(area);
	area.select();
	const ok = document.execCommand('copy');
	area.remove();
	if (!ok) throw new Error('copy command refused');
}

class CopyButton extends HTMLElement {
	#timer: ReturnType<typeof setTimeout> | undefined;

	connectedCallback(): void {
		const button = this.querySelector('button');
		const label = button?.querySelector('[data-label]');
		const status = this.querySelector('[role="status"]');
		if (!button || !label || !status) return;
		button.hidden = false;
		// A live region announces a change: clear it first so a second copy is announced too.
		const announce = (message: string) => {
			status.textContent = '';
			setTimeout(() => (status.textContent = message), 50);
		};
		button.addEventListener('click', async () => {
			try {
				await writeClipboard(this.dataset.copy ?? '');
				label.textContent = 'Copied';
				announce('Copied to clipboard');
			} catch {
				label.textContent = 'Copy failed';
				announce('Could not copy: select the code and copy it by hand');
			}
			clearTimeout(this.#timer);
			this.#timer = setTimeout(() => {
				label.textContent = 'Copy';
				status.textContent = '';
			}, RESET_AFTER_MS);
		});
	}
}

if (!customElements.get('fe-copy-button')) customElements.define('fe-copy-button', CopyButton);
