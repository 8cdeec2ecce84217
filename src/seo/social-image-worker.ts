// A worker thread of social-image-workers.ts: draws the cards it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { drawSocialImage, type SocialCard } from './social-image.ts';

parentPort!.on('message', async (card: SocialCard) => {
	try {
		const png = await drawSocialImage(card);
		parentPort!.postMessage({ png });
	} catch (error) {
		parentPort!.postMessage({ error: String(error) });
	}
});
