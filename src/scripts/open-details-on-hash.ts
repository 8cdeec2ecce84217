/**
 * Opens a `<details>` (a FAQ) when the URL's fragment points at it, so a link to
 * `#faq-3` shows the answer instead of a closed question.
 */
function openTarget(): void {
	let id: string;
	try {
		id = decodeURIComponent(location.hash.slice(1));
	} catch {
		return; // a malformed fragment names no FAQ
	}
	const target = id ? document.getElementById(id) : null;
	if (target instanceof HTMLDetailsElement) target.open = true;
}

openTarget();
window.addEventListener('hashchange', openTarget);
