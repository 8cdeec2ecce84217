// The related-errors graph as data, for tools: every guide and every edge, at any size.
import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog.ts';

export const GET: APIRoute = async () => {
	const { graph, guideById } = await getCatalog();
	const data = {
		nodes: graph.nodes.map((n) => ({
			id: n.id,
			url: guideById.get(n.id)!.url,
			title: n.title,
			code: n.code,
			provider: n.provider,
			services: n.services,
		})),
		edges: graph.edges,
		oneWayRelations: graph.oneWay.length,
	};
	return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
