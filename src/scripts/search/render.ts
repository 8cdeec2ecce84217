/**
 * Search results as DOM, built from text only: a pasted string or an excerpt never reaches
 * `innerHTML`. Pagefind's excerpts mark matches with `<mark>` around already-escaped page text;
 * `excerptParts` splits on exactly those two tags and decodes the entities Pagefind writes.
 */
import { describeFacts, type Recognition } from '../../search/recognise.ts';
import type { SearchAnswer, SearchHit } from './engine.ts';
import { unescapeHtml } from '../../utils/escape-html.ts';

export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const decode = unescapeHtml;

/** An excerpt as plain-text runs, each marked or not. Any other markup stays visible text. */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<\/?mark>)/)) {
		if (piece === '<mark>') marked = true;
		else if (piece === '</mark>') marked = false;
		else if (piece) parts.push({ text: decode(piece), marked });
	}
	return parts;
}

function element<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	className?: string,
	text?: string
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	if (text !== undefined) node.textContent = text;
	return node;
}

/** The fields the recogniser read from the error, as label → value. */
export function recognisedFields(recognition: Recognition): Array<[string, string]> {
	const { facts } = recognition;
	const denyLabels: Record<string, string> = {
		scp: 'service control policy',
		rcp: 'resource control policy',
		boundary: 'permissions boundary',
		identity: 'identity-based policy',
		resource: 'resource-based policy',
		session: 'session policy',
		endpoint: 'VPC endpoint policy',
	};
	const deny = facts.deny?.split(':') as [string, string] | undefined;
	const fields: Array<[string, string | undefined]> = [
		['Code', facts.codes[0]],
		['Principal', facts.principal],
		['Account', facts.account],
		['Action', facts.actions[0]],
		['Resource', facts.resource],
		[
			'Policy',
			deny &&
				`${deny[0] === 'explicit' ? 'explicit deny in' : 'no allow in'} ${denyLabels[deny[1]]}`,
		],
		['Region', facts.region],
	];
	return fields.filter((field): field is [string, string] => Boolean(field[1]));
}

function answerItem(recognition: Recognition, provider: string): HTMLLIElement {
	const guide = recognition.candidates[0]!.guide;
	const item = element('li', 'answer');
	item.append(element('p', 'answer-label', 'This looks like'));
	const link = element('a', 'result-title', guide.title);
	link.href = guide.url;
	const meta = element('p', 'hit-meta');
	meta.append(element('code', '', guide.code), element('span', '', provider));
	item.append(link, meta);
	const summary = describeFacts(recognition.facts);
	if (summary) item.append(element('p', 'answer-summary', summary));
	const fields = recognisedFields(recognition);
	if (fields.length) {
		const list = element('dl', 'answer-fields');
		for (const [label, value] of fields)
			list.append(element('dt', '', label), element('dd', '', value));
		item.append(list);
	}
	return item;
}

function hitItem(hit: SearchHit, note?: string): HTMLLIElement {
	const item = element('li', 'hit');
	const meta = element('p', 'hit-meta');
	if (hit.code) meta.append(element('code', '', hit.code));
	if (hit.provider) meta.append(element('span', '', hit.provider));
	if (note) meta.append(element('span', 'hit-note', note));
	const link = element('a', 'result-title', hit.title);
	link.href = hit.url;
	item.append(link, meta);
	if (hit.excerpt) {
		const excerpt = element('p', 'hit-excerpt');
		for (const part of excerptParts(hit.excerpt))
			excerpt.append(
				part.marked ? element('mark', '', part.text) : document.createTextNode(part.text)
			);
		item.append(excerpt);
	}
	return item;
}

/**
 * The list items for an answer, best first: the recogniser's guide when it is sure, the guides
 * whose code the error names when it is not, then Pagefind's hits (without repeating a guide).
 */
export function resultItems({ recognition, hits, providerNames }: SearchAnswer): HTMLLIElement[] {
	const items: HTMLLIElement[] = [];
	const shown = new Set<string>();
	if (recognition.kind === 'confident') {
		const guide = recognition.candidates[0]!.guide;
		items.push(answerItem(recognition, providerNames[guide.provider] ?? ''));
		shown.add(recognition.candidates[0]!.guide.url);
	} else
		for (const { guide } of recognition.candidates) {
			items.push(
				hitItem(
					{
						url: guide.url,
						title: guide.title,
						code: guide.code,
						provider: providerNames[guide.provider] ?? '',
						excerpt: '',
					},
					'matches the error'
				)
			);
			shown.add(guide.url);
		}
	for (const hit of hits) if (!shown.has(hit.url)) items.push(hitItem(hit));
	return items;
}
