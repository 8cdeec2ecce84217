// The related-errors graph: symmetric edges, the relevance order of a guide's neighbours, the cap
// of its picture, byte-identical pictures from the same content, and orphans reported.
import { describe, expect, test } from 'vitest';
import { checkOrphans } from '../../src/content-checks/references.ts';
import {
	buildGraph,
	rankedNeighbours,
	secondDegree,
	type GraphGuide,
} from '../../src/graph/graph.ts';
import { neighbourhoodRows, neighbourhoodSvg } from '../../src/graph/neighbourhood-svg.ts';
import { layoutSiteMap, siteMapSvg } from '../../src/graph/site-map.ts';

const guide = (id: string, related: string[], extra: Partial<GraphGuide> = {}): GraphGuide => ({
	id,
	title: `Title of ${id}`,
	code: 'AccessDenied',
	provider: id.split('/')[0]!,
	services: [],
	related,
	...extra,
});

// a lists b and c; b lists a (mutual); d lists a (a does not list d); c and e share neighbour f.
const guides = [
	guide('aws/a', ['aws/b', 'aws/c']),
	guide('aws/b', ['aws/a', 'aws/f']),
	guide('aws/c', ['aws/f']),
	guide('aws/d', ['aws/a'], { code: 'Other' }),
	guide('aws/e', ['aws/f'], { services: ['s3'] }),
	guide('aws/f', ['aws/c']),
	guide('gcp/g', ['aws/a'], { code: 'PERMISSION_DENIED' }),
];
const graph = buildGraph(guides);
const options = {
	direct: 8,
	second: 6,
	url: (id: string) => `/${id}/`,
	providers: new Map([
		['aws', { name: 'AWS', colour: 'provider-0' }],
		['gcp', { name: 'Google Cloud', colour: 'provider-1' }],
	]),
	detail: (id: string) => (id.startsWith('gcp/') ? 'IAM' : 'Amazon S3'),
};

describe('the graph', () => {
	test('edges are symmetric: a guide shows the guides that list it', () => {
		for (const [id, set] of graph.neighbours)
			for (const other of set)
				expect(graph.neighbours.get(other), `${other} ↔ ${id}`).toContain(id);
		expect([...graph.neighbours.get('aws/a')!].sort()).toEqual([
			'aws/b',
			'aws/c',
			'aws/d',
			'gcp/g',
		]);
	});

	test('each undirected edge is counted once; one-way relations are counted', () => {
		expect(graph.edges).toContainEqual(['aws/a', 'aws/b']);
		expect(graph.edges.filter(([x, y]) => x === 'aws/a' && y === 'aws/b')).toHaveLength(1);
		// a→c, d→a, b→f, c→f is mutual with f→c, e→f, g→a: one way are a→c, d→a, b→f, e→f, g→a.
		expect(graph.oneWay).toHaveLength(5);
	});

	test('relevance: a relation both list, then one the guide lists, then one listing it', () => {
		expect(rankedNeighbours(graph, 'aws/a').map((r) => r.guide.id)).toEqual([
			'aws/b', // mutual
			'aws/c', // a lists c
			'aws/d', // d lists a, shares no neighbour
			'gcp/g', // g lists a
		]);
	});

	test('second degree: reached through more neighbours first, capped', () => {
		const second = secondDegree(graph, 'aws/a', 6);
		expect(second.map((s) => s.guide.id)).toEqual(['aws/f']);
		expect(second[0]!.score).toBeGreaterThanOrEqual(20); // through b and c
		expect(secondDegree(graph, 'aws/a', 0)).toEqual([]);
	});

	test('the picture shows at most the cap of each tier, the guide first', () => {
		const rows = neighbourhoodRows(graph, 'aws/a', { ...options, direct: 2, second: 1 });
		expect(rows.map((r) => [r.guide.id, r.level])).toEqual([
			['aws/a', 0],
			['aws/b', 1],
			['aws/f', 2],
			['aws/c', 1],
		]);
	});

	test('orphans: none here; a guide related to nothing, and by nothing, is reported', () => {
		expect(graph.orphans).toEqual([]);
		expect(buildGraph([...guides, guide('npm/h', [])]).orphans).toEqual(['npm/h']);
		const problems = checkOrphans([
			{ id: 'npm/h', file: 'content/errors/npm/h.mdx', data: { related: [] } },
			{ id: 'npm/i', file: 'content/errors/npm/i.mdx', data: { related: [] } },
			{ id: 'npm/j', file: 'content/errors/npm/j.mdx', data: { related: ['npm/i'] } },
		]);
		expect(problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
			'content/errors/npm/h.mdx: related',
		]);
	});
});

describe('the pictures', () => {
	test('the same content gives byte-identical SVG, whatever the order guides are read in', () => {
		const shuffled = buildGraph([...guides].reverse());
		expect(neighbourhoodSvg(shuffled, 'aws/a', options)).toBe(
			neighbourhoodSvg(graph, 'aws/a', options)
		);
		expect(siteMapSvg(shuffled, options)).toBe(siteMapSvg(graph, options));
		expect(layoutSiteMap(graph).map((p) => [p.x, p.y])).toEqual(
			layoutSiteMap(graph).map((p) => [p.x, p.y])
		);
	});

	test('every guide but the current one is a link named by what it shows, then its title, text escaped', () => {
		const hostile = buildGraph([
			...guides,
			guide('aws/x', ['aws/a'], { title: '<script>alert(1)</script> & "quotes"', code: '<b>' }),
		]);
		const svg = neighbourhoodSvg(hostile, 'aws/a', options);
		expect(svg).not.toContain('<script>');
		expect(svg).not.toContain('<b>');
		expect(svg).toContain(
			'aria-label="&#60;b&#62; Amazon S3: &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34; (AWS)"'
		);
		expect(svg.match(/<a /g)).toHaveLength(neighbourhoodRows(hostile, 'aws/a', options).length - 1);
		expect(svg).toContain('aria-current="page"');
	});

	test('labels stay inside the picture: a long code is shortened, the service only where it fits', () => {
		const long = buildGraph([
			...guides,
			guide('aws/y', ['aws/a'], {
				code: 'permission denied while trying to connect to the docker API',
			}),
		]);
		const svg = neighbourhoodSvg(long, 'aws/a', options);
		const label = /<text x="[\d.]+" y="[\d.]+">(permission[^<]*)<\/text>/.exec(svg)![1]!;
		expect(label.endsWith('…')).toBe(true);
		expect(label.length).toBeLessThanOrEqual(30);
		for (const match of svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g))
			expect(Number(match[1]) + Number(match[2])).toBeLessThanOrEqual(360);
	});

	test('cross-provider edges are marked, so the map can draw them apart', () => {
		const svg = siteMapSvg(graph, options);
		expect(svg).toMatch(/<line [^>]*class="across" data-a="aws\/a" data-b="gcp\/g"/);
		expect(svg.match(/<a /g)).toHaveLength(guides.length);
	});
});
