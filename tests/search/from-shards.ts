// The recogniser as the browser runs it (src/scripts/search/engine.ts), over shards in memory:
// the text's keys pick the shards, the shards make the index, the index answers.
import { extractFacts } from '../../src/search/extract.ts';
import {
	indexFromShards,
	shardPicker,
	type IndexHead,
	type IndexShard,
} from '../../src/search/index-shards.ts';
import { createRecogniser, recognise } from '../../src/search/recognise.ts';

export function recogniserFromShards(head: IndexHead, shards: readonly IndexShard[]) {
	const pick = shardPicker(head);
	return (text: string) => {
		const facts = extractFacts(text);
		const needed = pick(text, facts);
		const part = indexFromShards(
			head,
			needed.map((n) => shards[n]!)
		);
		return {
			recognition: recognise(text, createRecogniser(part), facts),
			shards: needed.length,
			guides: part.guides.length,
		};
	};
}
