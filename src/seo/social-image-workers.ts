/**
 * Social images cost about 25 ms of CPU each, and a build draws every one its cache lacks while
 * the page renderer waits on them: a pool of worker threads, one per core, draws them side by
 * side. Threads are started on the first image and hold the process open only while they work.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SocialCard } from './social-image.ts';

interface Job {
	card: SocialCard;
	resolve: (png: Buffer) => void;
	reject: (error: Error) => void;
}

interface PoolWorker {
	worker: Worker;
	job?: Job;
}

/**
 * The worker's source, from the project root: this module runs bundled inside dist/ at build
 * time, where its own URL says nothing about where src/ is (the image cache is found the same way).
 */
const WORKER_FILE = join(process.cwd(), 'src', 'seo', 'social-image-worker.ts');

const queue: Job[] = [];
let pool: PoolWorker[] | undefined;

function next(member: PoolWorker): void {
	const job = queue.shift();
	member.job = job;
	if (!job) {
		member.worker.unref();
		return;
	}
	member.worker.ref();
	member.worker.postMessage(job.card);
}

function start(): PoolWorker[] {
	return Array.from({ length: Math.max(1, availableParallelism()) }, () => {
		const member: PoolWorker = { worker: new Worker(WORKER_FILE) };
		member.worker.on('message', (message: { png?: Uint8Array; error?: string }) => {
			const job = member.job!;
			if (message.png) job.resolve(Buffer.from(message.png));
			else job.reject(new Error(`social image for ${job.card.code}: ${message.error}`));
			next(member);
		});
		// A thread that fails takes the pool down: every waiting image fails the build with its error.
		member.worker.on('error', (error) => {
			for (const other of pool ?? []) {
				other.job?.reject(error);
				void other.worker.terminate();
			}
			queue.splice(0).forEach((job) => job.reject(error));
			pool = undefined;
		});
		member.worker.unref();
		return member;
	});
}

/** Draws a card on the next free worker thread. */
export function drawOnWorker(card: SocialCard): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		queue.push({ card, resolve, reject });
		pool ??= start();
		const idle = pool.find((member) => !member.job);
		if (idle) next(idle);
	});
}
