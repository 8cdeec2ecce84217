/**
 * The related-errors graph: guides are nodes, each guide's `related` list gives its edges, and
 * edges are symmetric (A lists B, so B shows A). Pure: no Astro, no I/O; the same guides give the
 * same graph, in the same order.
 */

export interface GraphGuide {
	id: string;
	title: string;
	code: string;
	provider: string;
	services: readonly string[];
	/** The guide's own `related` list, in its order. */
	related: readonly string[];
}

export interface Graph {
	/** Every guide, sorted by id. */
	nodes: GraphGuide[];
	byId: ReadonlyMap<string, GraphGuide>;
	/** Symmetric: every guide's neighbours, in no particular order. */
	neighbours: ReadonlyMap<string, ReadonlySet<string>>;
	/** Undirected edges, each once, as `[a, b]` with `a < b`, sorted. */
	edges: Array<[string, string]>;
	/** Relations listed on one side only (`[from, to]`): shown both ways in the graph. */
	oneWay: Array<[string, string]>;
	/** Guides with no relation in either direction. */
	orphans: string[];
}

export function buildGraph(guides: readonly GraphGuide[]): Graph {
	const nodes = [...guides].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	const byId = new Map(nodes.map((g) => [g.id, g]));
	const neighbours = new Map(nodes.map((g) => [g.id, new Set<string>()]));
	const oneWay: Array<[string, string]> = [];
	for (const guide of nodes)
		for (const other of guide.related) {
			if (!byId.has(other) || other === guide.id) continue; // the validator reports these
			neighbours.get(guide.id)!.add(other);
			neighbours.get(other)!.add(guide.id);
			if (!byId.get(other)!.related.includes(guide.id)) oneWay.push([guide.id, other]);
		}
	const edges: Array<[string, string]> = [];
	for (const [id, set] of neighbours)
		for (const other of set) if (id < other) edges.push([id, other]);
	edges.sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
	const orphans = nodes.filter((g) => neighbours.get(g.id)!.size === 0).map((g) => g.id);
	return { nodes, byId, neighbours, edges, oneWay, orphans };
}

export interface Ranked {
	guide: GraphGuide;
	score: number;
}

const sharedCount = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
	let n = 0;
	for (const x of a) if (b.has(x)) n++;
	return n;
};

/** How much two guides have in common beyond an edge: neighbours, first service, code. */
function affinity(graph: Graph, a: GraphGuide, b: GraphGuide): number {
	return (
		sharedCount(graph.neighbours.get(a.id)!, graph.neighbours.get(b.id)!) +
		(a.services[0] !== undefined && a.services[0] === b.services[0] ? 1 : 0) +
		(a.code === b.code ? 1 : 0)
	);
}

/**
 * A guide's neighbours, most relevant first: a relation both guides list outranks one only the
 * other lists; then what they share (neighbours, service, code); then the guide's own order;
 * then the title.
 */
export function rankedNeighbours(graph: Graph, id: string): Ranked[] {
	const guide = graph.byId.get(id)!;
	const own = (other: string) => {
		const at = guide.related.indexOf(other);
		return at === -1 ? Number.MAX_SAFE_INTEGER : at;
	};
	return [...graph.neighbours.get(id)!]
		.map((other) => {
			const neighbour = graph.byId.get(other)!;
			const listed =
				(guide.related.includes(other) ? 2 : 0) + (neighbour.related.includes(id) ? 1 : 0);
			return { guide: neighbour, score: listed * 10 + affinity(graph, guide, neighbour) };
		})
		.sort(
			(a, b) =>
				b.score - a.score ||
				own(a.guide.id) - own(b.guide.id) ||
				a.guide.title.localeCompare(b.guide.title)
		);
}

/**
 * Guides two steps away, most relevant first: reached through more of the guide's neighbours,
 * then sharing its service or code, then by title. At most `cap`.
 */
export function secondDegree(
	graph: Graph,
	id: string,
	cap: number
): Array<Ranked & { via: string }> {
	const guide = graph.byId.get(id)!;
	const direct = graph.neighbours.get(id)!;
	const reached = new Map<string, string[]>();
	for (const ranked of rankedNeighbours(graph, id))
		for (const other of graph.neighbours.get(ranked.guide.id)!)
			if (other !== id && !direct.has(other))
				reached.set(other, [...(reached.get(other) ?? []), ranked.guide.id]);
	return [...reached]
		.map(([other, via]) => {
			const candidate = graph.byId.get(other)!;
			return {
				guide: candidate,
				via: via[0]!,
				score: via.length * 10 + affinity(graph, guide, candidate),
			};
		})
		.sort((a, b) => b.score - a.score || a.guide.title.localeCompare(b.guide.title))
		.slice(0, cap);
}

/** The graph of some of the guides: those nodes, and the edges among them. */
export function subgraph(graph: Graph, keep: (guide: GraphGuide) => boolean): Graph {
	const kept = graph.nodes.filter(keep);
	const ids = new Set(kept.map((g) => g.id));
	return buildGraph(kept.map((g) => ({ ...g, related: g.related.filter((id) => ids.has(id)) })));
}

/** Relations between groups of guides (providers, services): how many edges join each pair. */
export function groupLinks(
	graph: Graph,
	groupOf: (guide: GraphGuide) => string
): Array<{ a: string; b: string; weight: number }> {
	const weights = new Map<string, number>();
	for (const [x, y] of graph.edges) {
		const [a, b] = [groupOf(graph.byId.get(x)!), groupOf(graph.byId.get(y)!)].sort();
		if (a === b) continue;
		const key = `${a}\n${b}`;
		weights.set(key, (weights.get(key) ?? 0) + 1);
	}
	return [...weights]
		.map(([key, weight]) => {
			const [a, b] = key.split('\n') as [string, string];
			return { a, b, weight };
		})
		.sort((p, q) => (p.a === q.a ? (p.b < q.b ? -1 : 1) : p.a < q.a ? -1 : 1));
}

/**
 * The `limit` guides with the most relations, most first, then by id: the general guides many
 * errors lead to, which a reader who lost their way most likely wants. No visit counts needed.
 */
export function mostConnected(graph: Graph, limit: number): string[] {
	return [...graph.neighbours]
		.sort(([a, x], [b, y]) => y.size - x.size || (a < b ? -1 : 1))
		.slice(0, limit)
		.map(([id]) => id);
}
