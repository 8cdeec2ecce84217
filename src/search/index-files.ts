/**
 * The recogniser's index as the build writes it: a head and shards (index-shards.ts), each shard
 * named by its content. Built once per build for both routes that serve it.
 */
import { createHash } from 'node:crypto';
import { getCatalog } from '../catalog.ts';
import { recogniserShardUrl } from '../routes.ts';
import { guideIndexFor } from './index-from-content.ts';
import { shardIndex } from './index-shards.ts';

export interface RecogniserFiles {
	head: string;
	/** Shard file name (without `.json`) → its JSON. */
	shards: Map<string, string>;
}

let files: Promise<RecogniserFiles> | undefined;

export function recogniserFiles(): Promise<RecogniserFiles> {
	files ??= getCatalog().then(({ guides, providers }) => {
		const shards = new Map<string, string>();
		const { head } = shardIndex(guideIndexFor(guides, providers), (shard, number) => {
			const json = JSON.stringify(shard);
			const name = `${number}-${createHash('sha256').update(json).digest('hex').slice(0, 10)}`;
			shards.set(name, json);
			return recogniserShardUrl(name);
		});
		return { head: JSON.stringify(head), shards };
	});
	return files;
}
