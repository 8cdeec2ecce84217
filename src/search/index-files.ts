/**
 * The recogniser's index as the build writes it: a head and shards (index-shards.ts), the shards
 * named by a digest of their content. Built once per build for both routes that serve it.
 */
import { createHash } from 'node:crypto';
import { getCatalog } from '../catalog.ts';
import { recogniserShardName } from '../routes.ts';
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
		const { head, shards } = shardIndex(guideIndexFor(guides, providers), (json) =>
			createHash('sha256').update(json).digest('hex').slice(0, 12)
		);
		return {
			head: JSON.stringify(head),
			shards: new Map(
				shards.map((shard, number) => [
					recogniserShardName(number, head.shardDigest),
					JSON.stringify(shard),
				])
			),
		};
	});
	return files;
}
