/**
 * A guide's neighbourhood as an SVG drawn at build time: the guide at the root, its related
 * guides below it, and under each the most relevant guides one step further. Drawn as a tree,
 * one guide per row, so no label ever overlaps another and every label stays legible at 360 px;
 * every guide is a link named by its title. Pure and deterministic: the same input gives the
 * same bytes.
 */
import { rankedNeighbours, secondDegree, type Graph, type GraphGuide } from './graph.ts';

export interface NeighbourhoodOptions {
	/** At most this many related guides in the picture (the cards list them all). */
	direct: number;
	/** At most this many guides two steps away. */
	second: number;
	url: (id: string) => string;
	/** Provider id → its name and its colour class (`provider-3`). */
	providers: ReadonlyMap<string, { name: string; colour: string }>;
	/** What tells a guide apart from others of its code, written after it: its service. */
	detail: (id: string) => string | undefined;
}

/** How many guides a picture shows: related ones, then ones two steps away. */
export const NEIGHBOURHOOD = { direct: 8, second: 6 } as const;

const WIDTH = 360;
const ROW = 34;
const PILL = 26;
const INDENT = 26;
const CHAR = 7.8; // 13 px monospace
const DETAIL_CHAR = 7.2; // 12 px sans-serif, a generous average
const MAX_LABEL = 30;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const label = (code: string) =>
	code.length <= MAX_LABEL ? code : `${code.slice(0, MAX_LABEL - 1).trimEnd()}…`;

interface Row {
	guide: GraphGuide;
	level: 0 | 1 | 2;
	/** The row this one hangs from. */
	parent?: number;
}

export function neighbourhoodRows(graph: Graph, id: string, options: NeighbourhoodOptions): Row[] {
	const rows: Row[] = [{ guide: graph.byId.get(id)!, level: 0 }];
	const direct = rankedNeighbours(graph, id).slice(0, options.direct);
	const second = secondDegree(graph, id, options.second);
	for (const { guide } of direct) {
		const at = rows.push({ guide, level: 1, parent: 0 }) - 1;
		for (const further of second.filter((s) => s.via === guide.id))
			rows.push({ guide: further.guide, level: 2, parent: at });
	}
	// A guide reached through a neighbour the picture leaves out hangs from the root's last row.
	const shown = new Set(rows.map((r) => r.guide.id));
	for (const further of second)
		if (!shown.has(further.guide.id))
			rows.push({ guide: further.guide, level: 2, parent: rows.length - 1 });
	return rows;
}

export function neighbourhoodSvg(graph: Graph, id: string, options: NeighbourhoodOptions): string {
	const rows = neighbourhoodRows(graph, id, options);
	const height = rows.length * ROW + 4;
	const y = (i: number) => 2 + i * ROW + ROW / 2;
	const x = (level: number) => 4 + level * INDENT;
	const lines: string[] = [];
	const nodes: string[] = [];
	rows.forEach((row, i) => {
		if (row.parent !== undefined) {
			const px = x(rows[row.parent]!.level) + 10;
			lines.push(`<path d="M${px} ${y(row.parent) + PILL / 2}V${y(i)}H${x(row.level)}"/>`);
		}
		const provider = options.providers.get(row.guide.provider);
		const text = label(row.guide.code);
		const pill = Math.min(WIDTH - x(row.level) - 4, Math.round(text.length * CHAR + 30));
		const left = x(row.level);
		const top = y(i) - PILL / 2;
		// The service after the pill, where the row has room for it.
		const detail = options.detail(row.guide.id);
		const after = left + pill + 8;
		const fits = Math.floor((WIDTH - after) / DETAIL_CHAR);
		const shown =
			detail === undefined || fits < 6
				? undefined
				: detail.length <= fits
					? detail
					: `${detail.slice(0, fits - 1).trimEnd()}…`;
		// The name starts with what the node shows (WCAG 2.5.3, label in name), then says which guide;
		// a space between the two texts keeps them two words for tools that read the text.
		const name = `${[row.guide.code, detail].filter(Boolean).join(' ')}: ${row.guide.title}${provider ? ` (${provider.name})` : ''}`;
		const body = `<rect x="${left}" y="${top}" width="${pill}" height="${PILL}" rx="6"/><circle cx="${left + 12}" cy="${y(i)}" r="5" class="dot"/><text x="${left + 24}" y="${y(i) + 4.5}">${escape(text)}</text>${shown ? ` <text x="${after}" y="${y(i) + 4.5}" class="detail">${escape(shown)}</text>` : ''}<title>${escape(name)}</title>`;
		const classes = `node level-${row.level} ${provider?.colour ?? ''}`.trim();
		nodes.push(
			row.level === 0
				? `<g class="${classes}" aria-current="page">${body}</g>`
				: `<a href="${escape(options.url(row.guide.id))}" class="${classes}" aria-label="${escape(name)}">${body}</a>`
		);
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" class="neighbourhood" role="group" aria-label="Map of related errors"><g class="edges">${lines.join('')}</g>${nodes.join('')}</svg>`;
}
