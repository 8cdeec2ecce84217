/**
 * Phrases as runs of words, and a trie to find every known phrase in a text in one pass: the
 * text is split once and each word starts at most one walk down the trie, as deep as the
 * longest phrase. Used for the codes and aliases in a paste, and at build time for the other
 * guides' aliases in a guide's own messages.
 */

/** Lower-case words: letters, digits and `_`; everything else separates. */
export const words = (text: string) =>
	text
		.toLowerCase()
		.split(/[^a-z0-9_]+/)
		.filter(Boolean);

interface Node<T> {
	ends: T[];
	next: Map<string, Node<T>>;
}

export class PhraseTrie<T> {
	#root: Node<T> = { ends: [], next: new Map() };

	add(phrase: readonly string[], value: T) {
		let node = this.#root;
		for (const word of phrase) {
			let child = node.next.get(word);
			if (!child) node.next.set(word, (child = { ends: [], next: new Map() }));
			node = child;
		}
		node.ends.push(value);
	}

	/** Calls `found` for every phrase in `list`, with where it starts and ends. */
	scan(list: readonly string[], found: (value: T, start: number, end: number) => void) {
		for (let at = 0; at < list.length; at++) {
			let node = this.#root.next.get(list[at]!);
			for (let k = at + 1; node; node = k < list.length ? node.next.get(list[k++]!) : undefined)
				for (const value of node.ends) found(value, at, k);
		}
	}
}
