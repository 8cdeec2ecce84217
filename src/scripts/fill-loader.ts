/**
 * "Use my error" costs a guide page almost nothing until it is used: its code loads when the
 * reader reaches for the field (focus, a tap, a drag), or at once when search carried values to
 * this page. The panel itself is shown by CSS wherever scripts run.
 */
import { HANDOFF_KEY } from './fill-key.ts';

const panel = document.querySelector('fe-fill-samples');
if (panel) {
	document.documentElement.classList.add('fills-samples');
	let loaded = false;
	const load = () => {
		if (!loaded) void import('./fill-samples.ts');
		loaded = true;
	};
	let kept: string | null = null;
	try {
		kept = sessionStorage.getItem(HANDOFF_KEY);
	} catch {
		// Storage disabled: nothing was carried here.
	}
	if (kept?.includes(`"path":${JSON.stringify(location.pathname)}`)) load();
	else
		for (const type of ['focusin', 'pointerdown', 'dragenter']) panel.addEventListener(type, load);
}
