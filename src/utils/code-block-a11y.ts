import type { ShikiTransformer } from 'shiki';

/**
 * Names every highlighted `<pre>` for assistive technology. A block that scrolls sideways must be
 * reachable with the keyboard (Shiki sets tabindex="0") and say what it is when focused
 * (expressive-code#343). `group`, not `region`: a page of samples should not add a landmark per
 * block. Used for guide samples and for fences rendered by Markdown alike.
 *
 * @param label the name, e.g. "Code: deploy-bot-policy.json, JSON"; defaults to "Code: <lang>".
 * @param focusable false for blocks that wrap instead of scrolling (error messages).
 */
export function codeBlockA11y({ label, focusable = true }: { label?: string; focusable?: boolean } = {}): ShikiTransformer {
	return {
		name: 'fixerror:code-block-a11y',
		pre(node) {
			node.properties.role = 'group';
			node.properties['aria-label'] = label ?? `Code: ${this.options.lang}`;
			if (!focusable) delete node.properties.tabindex;
		},
	};
}
