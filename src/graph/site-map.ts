/**
 * The whole graph as one SVG for `/graph/`, laid out with d3-force: related guides pull together,
 * every guide pushes the others away, and each provider's guides are drawn toward their own
 * place around the centre, so providers form visible clusters and the edges between them show
 * where errors cross platforms. d3-force seeds its own random source and runs a fixed number of
 * ticks here, so the same graph gives the same bytes on every build.
 */
import {
	forceCollide,
	forceLink,
	forceManyBody,
	forceSimulation,
	forceX,
	forceY,
	type SimulationLinkDatum,
	type SimulationNodeDatum,
} from 'd3-force';
import type { Graph } from './graph.ts';

export interface SiteMapOptions {
	url: (id: string) => string;
	providers: ReadonlyMap<string, { name: string; colour: string }>;
}

interface Point extends SimulationNodeDatum {
	id: string;
	provider: string;
}

// 200 ticks cooling to d3's usual end point, and a coarser Barnes-Hut approximation than the
// default: the picture settles the same, and 1,000 guides lay out in about a second
// (npm run bench:graph).
const TICKS = 200;

/** Past this many guides one picture stops being readable: groups are drawn instead. */
export const MAX_DRAWN = 300;
/** Guides per page of a provider's relations list. */
export const GRAPH_PAGE_SIZE = 100;
const THETA = 1.5;
const WIDTH = 960;
const PAD = 24;
const PAD_X = 72;
const RADIUS = 7;
const LABEL_ROOM = 26;
/** Labels are the guides' slugs, which tell apart guides that share a code. */
const MAX_LABEL = 20;
const label = (code: string) =>
	code.length <= MAX_LABEL ? code : `${code.slice(0, MAX_LABEL - 1).trimEnd()}…`;

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const round = (n: number) => Math.round(n * 10) / 10;

/** Positions for every guide, in the graph's node order. */
export function layoutSiteMap(graph: Graph): Point[] {
	const providers = [...new Set(graph.nodes.map((n) => n.provider))].sort();
	const spread = Math.sqrt(graph.nodes.length) * 18;
	const anchor = new Map(
		providers.map((p, i) => {
			const angle = (2 * Math.PI * i) / providers.length - Math.PI / 2;
			// An ellipse wider than tall, to fill a page that is wider than tall.
			return [p, { x: Math.cos(angle) * spread * 1.6, y: Math.sin(angle) * spread * 0.9 }];
		})
	);
	const points: Point[] = graph.nodes.map((n) => ({ id: n.id, provider: n.provider }));
	const links: SimulationLinkDatum<Point>[] = graph.edges.map(([source, target]) => ({
		source,
		target,
	}));
	forceSimulation(points)
		.alphaDecay(1 - Math.pow(0.001, 1 / TICKS))
		.force(
			'link',
			forceLink<Point, SimulationLinkDatum<Point>>(links)
				.id((p) => p.id)
				.distance(36)
				.strength(0.3)
		)
		.force('charge', forceManyBody().strength(-70).distanceMax(300).theta(THETA))
		.force('x', forceX<Point>((p) => anchor.get(p.provider)!.x).strength(0.12))
		.force('y', forceY<Point>((p) => anchor.get(p.provider)!.y).strength(0.12))
		// Room for each guide's label under its dot.
		.force('collide', forceCollide(LABEL_ROOM))
		.stop()
		.tick(TICKS);
	return points;
}

export function siteMapSvg(graph: Graph, options: SiteMapOptions): string {
	const points = layoutSiteMap(graph);
	const xs = points.map((p) => p.x!);
	const ys = points.map((p) => p.y!);
	const [minX, maxX, minY, maxY] = [
		Math.min(...xs),
		Math.max(...xs),
		Math.min(...ys),
		Math.max(...ys),
	];
	// Room at the sides for half a label, at the top and bottom for a dot and its label.
	const scale = (WIDTH - 2 * PAD_X) / Math.max(maxX - minX, 1);
	const height = Math.round((maxY - minY) * scale + 2 * PAD + 14);
	const at = new Map(
		points.map((p) => [
			p.id,
			{ x: round((p.x! - minX) * scale + PAD_X), y: round((p.y! - minY) * scale + PAD) },
		])
	);
	const edges = graph.edges.map(([a, b]) => {
		const [p, q] = [at.get(a)!, at.get(b)!];
		const across = graph.byId.get(a)!.provider !== graph.byId.get(b)!.provider;
		return `<line x1="${p.x}" y1="${p.y}" x2="${q.x}" y2="${q.y}"${across ? ' class="across"' : ''} data-a="${escape(a)}" data-b="${escape(b)}"/>`;
	});
	const nodes = graph.nodes.map((n) => {
		const p = at.get(n.id)!;
		const provider = options.providers.get(n.provider);
		const slug = n.id.slice(n.provider.length + 1);
		// The name starts with what the node shows (WCAG 2.5.3, label in name), then says which guide.
		const name = `${slug}: ${n.title}${provider ? ` (${provider.name})` : ''}`;
		return `<a href="${escape(options.url(n.id))}" class="node ${provider?.colour ?? ''}" aria-label="${escape(name)}" data-id="${escape(n.id)}"><circle cx="${p.x}" cy="${p.y}" r="${RADIUS}"/><text x="${p.x}" y="${round(p.y + RADIUS + 12)}">${escape(label(slug))}</text><title>${escape(name)}</title></a>`;
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" class="site-map" role="group" aria-label="Map of every guide and its related guides"><g class="edges">${edges.join('')}</g>${nodes.join('')}</svg>`;
}

export interface Cluster {
	id: string;
	label: string;
	/** How many guides it holds: its dot's area. */
	count: number;
	url: string;
	colour?: string;
}

/**
 * Groups of guides (providers, or a provider's services) as one picture, for graphs too large to
 * draw guide by guide: one dot per group on a circle, sized by its guides, and a line between two
 * groups as thick as the relations between them.
 */
export function clusterMapSvg(
	clusters: readonly Cluster[],
	links: ReadonlyArray<{ a: string; b: string; weight: number }>,
	name: string
): string {
	const size = 640;
	const centre = size / 2;
	const ring = size / 2 - 90;
	const at = new Map(
		clusters.map((c, i) => {
			const angle = (2 * Math.PI * i) / clusters.length - Math.PI / 2;
			return [
				c.id,
				{ x: round(centre + Math.cos(angle) * ring), y: round(centre + Math.sin(angle) * ring) },
			];
		})
	);
	const most = Math.max(1, ...clusters.map((c) => c.count));
	const heaviest = Math.max(1, ...links.map((l) => l.weight));
	const lines = links.map(({ a, b, weight }) => {
		const [p, q] = [at.get(a)!, at.get(b)!];
		// Five widths as classes: a style attribute would need 'unsafe-inline' in the CSP.
		return `<line x1="${p.x}" y1="${p.y}" x2="${q.x}" y2="${q.y}" class="w${Math.ceil((5 * weight) / heaviest)}"/>`;
	});
	const nodes = clusters.map((c) => {
		const p = at.get(c.id)!;
		const r = round(8 + 22 * Math.sqrt(c.count / most));
		const title = `${c.label}: ${c.count} guide${c.count === 1 ? '' : 's'}`;
		return `<a href="${escape(c.url)}" class="node ${c.colour ?? ''}" aria-label="${escape(title)}"><circle cx="${p.x}" cy="${p.y}" r="${r}"/><text x="${p.x}" y="${round(p.y + r + 14)}">${escape(c.label)}</text><title>${escape(title)}</title></a>`;
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" class="site-map cluster-map" role="group" aria-label="${escape(name)}"><g class="edges">${lines.join('')}</g>${nodes.join('')}</svg>`;
}
