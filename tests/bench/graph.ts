// Benchmark: the related-errors graph at scale. For the real content and for 300 and 1,000
// synthetic guides (tests/bench/synthetic-content.ts): building the graph, laying out the whole
// map with d3-force, and the size of every guide's neighbourhood picture. Prints figures;
// asserts nothing. Usage: npm run bench:graph   (or `-- 1000 5000` for other sizes)
import { splitFrontmatter } from '../../src/content-checks/frontmatter.ts';
import { validateContent } from '../../src/content-checks/validate.ts';
import { buildGraph, type GraphGuide } from '../../src/graph/graph.ts';
import { NEIGHBOURHOOD, neighbourhoodSvg } from '../../src/graph/neighbourhood-svg.ts';
import { siteMapSvg } from '../../src/graph/site-map.ts';
import { syntheticContent } from './synthetic-content.ts';

const root = new URL('../../', import.meta.url);
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

function measure(name: string, guides: GraphGuide[]) {
	const providers = new Map(
		[...new Set(guides.map((g) => g.provider))].map((p, i) => [
			p,
			{ name: p, colour: `provider-${i % 8}` },
		])
	);
	const options = {
		...NEIGHBOURHOOD,
		url: (id: string) => `/${id}/`,
		providers,
		detail: () => 'A service name',
	};
	let start = performance.now();
	const graph = buildGraph(guides);
	const build = performance.now() - start;
	start = performance.now();
	const map = siteMapSvg(graph, options);
	const layout = performance.now() - start;
	start = performance.now();
	const sizes = graph.nodes.map((n) => Buffer.byteLength(neighbourhoodSvg(graph, n.id, options)));
	const pictures = performance.now() - start;
	sizes.sort((a, b) => a - b);
	console.log(
		`${name}: ${graph.nodes.length} guides, ${graph.edges.length} relations (${graph.oneWay.length} listed one way only), ${graph.orphans.length} orphans`
	);
	console.log(
		`  build graph ${build.toFixed(0)} ms; whole map laid out and drawn ${layout.toFixed(0)} ms (${kb(map.length)})`
	);
	console.log(
		`  neighbourhood pictures: ${pictures.toFixed(0)} ms for all, median ${kb(sizes[Math.floor(sizes.length / 2)]!)}, largest ${kb(sizes.at(-1)!)}`
	);
}

const { guides } = await validateContent(root);
measure(
	'real content',
	guides.map((g) => ({
		id: g.id,
		title: g.data.title,
		code: g.data.code,
		provider: g.id.split('/')[0]!,
		services: g.data.services,
		related: g.data.related,
	}))
);

for (const count of sizes.length ? sizes : [300, 1000]) {
	const synthetic = syntheticContent(root, count)
		.filter((file) => file.path.startsWith('content/errors/'))
		.map((file) => {
			const data = splitFrontmatter(file.source).data as {
				title: string;
				code: string;
				services?: string[];
				related: string[];
			};
			const id = file.path.replace(/^content\/errors\//, '').replace(/\.mdx$/, '');
			return {
				id,
				title: data.title,
				code: data.code,
				provider: id.split('/')[0]!,
				services: data.services ?? [],
				related: data.related,
			};
		});
	measure(`${count} synthetic guides`, synthetic);
}
