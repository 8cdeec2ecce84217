// A shard of the recogniser's index (src/search/index-shards.ts), loaded when a text needs it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { recogniserFiles } from '../../../search/index-files.ts';

export const getStaticPaths = (async () =>
	[...(await recogniserFiles()).shards].map(([shard, json]) => ({
		params: { shard },
		props: { json },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) =>
	new Response(props.json, { headers: { 'Content-Type': 'application/json' } });
