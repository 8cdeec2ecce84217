/**
 * The picture a link to a guide shows when shared (Open Graph, Twitter cards): 1200x630 PNG with
 * the error code, the title and the provider. Drawn by satori (layout to SVG) and resvg (SVG to
 * PNG) from fonts in node_modules, never fetched. Each image is cached under a digest of what it
 * shows, so a rebuild draws only the images whose guide changed; the images a build lacks are
 * drawn on every core (social-image-workers.ts).
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { drawOnWorker } from './social-image-workers.ts';

export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** Bump when the drawing changes: every cached image is drawn again. */
const DESIGN_VERSION = 4;

export interface SocialCard {
	code: string;
	title: string;
	provider: string;
}

/** The site's accent on the dark page colour (--fe-color-accent in dark mode). */
const ACCENT = '#ff8a7a';

const require = createRequire(import.meta.url);
const FONT_FILES = {
	sans: '@fontsource/inter/files/inter-latin-600-normal.woff',
	mono: '@fontsource/jetbrains-mono/files/jetbrains-mono-latin-700-normal.woff',
} as const;

let fonts:
	Promise<Array<{ name: string; data: Buffer; weight: 600 | 700; style: 'normal' }>> | undefined;
const loadFonts = () =>
	(fonts ??= Promise.all([
		readFile(require.resolve(FONT_FILES.sans)).then((data) => ({
			name: 'Inter',
			data,
			weight: 600 as const,
			style: 'normal' as const,
		})),
		readFile(require.resolve(FONT_FILES.mono)).then((data) => ({
			name: 'JetBrains Mono',
			data,
			weight: 700 as const,
			style: 'normal' as const,
		})),
	]));

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
	type,
	props: { style, children },
});

/** The card's layout, as satori reads it (a React-like tree, no JSX needed). */
function layout({ code, title, provider }: SocialCard): Node {
	const codeSize = code.length > 28 ? 44 : 60;
	const titleSize = title.length > 60 ? 42 : 50;
	// Satori wraps text at its box: every block gets the content width outright.
	const width = SOCIAL_IMAGE.width - 2 * 72;
	return el(
		'div',
		{
			width: SOCIAL_IMAGE.width,
			height: SOCIAL_IMAGE.height,
			boxSizing: 'border-box',
			display: 'flex',
			flexDirection: 'column',
			justifyContent: 'space-between',
			padding: '48px 72px 56px',
			background: '#0d1117',
			color: '#e6edf3',
			fontFamily: 'Inter',
			borderTop: `16px solid ${ACCENT}`,
		},
		[
			el('div', { display: 'flex', alignItems: 'center', fontSize: 34, color: '#9da7b3' }, [
				el('div', { display: 'flex', color: ACCENT, fontWeight: 600, marginRight: 20 }, 'fixerror'),
				el('div', { display: 'flex' }, provider),
			]),
			el('div', { display: 'flex', flexDirection: 'column', width }, [
				el(
					'div',
					{
						display: 'flex',
						fontFamily: 'JetBrains Mono',
						fontSize: codeSize,
						fontWeight: 700,
						color: ACCENT,
						marginBottom: 24,
						width,
						wordBreak: 'break-word',
					},
					code
				),
				el('div', { display: 'flex', fontSize: titleSize, lineHeight: 1.25, width }, title),
			]),
			el(
				'div',
				{ display: 'flex', fontSize: 28, color: '#9da7b3' },
				'The cause in seconds, a fix to copy'
			),
		]
	);
}

/** The digest of everything an image shows: its name in the cache. */
function socialImageKey(card: SocialCard): string {
	return createHash('sha256')
		.update(JSON.stringify([DESIGN_VERSION, FONT_FILES, card]))
		.digest('base64url')
		.slice(0, 32);
}

/** Draws a card as a PNG, on the calling thread. */
export async function drawSocialImage(card: SocialCard): Promise<Buffer> {
	const svg = await satori(layout(card) as Parameters<typeof satori>[0], {
		...SOCIAL_IMAGE,
		fonts: await loadFonts(),
	});
	return new Resvg(svg, { fitTo: { mode: 'width', value: SOCIAL_IMAGE.width } }).render().asPng();
}

/**
 * A card's PNG: read from `cacheDir` when it was drawn before, otherwise drawn on a worker thread
 * (`workers: false` draws on this thread) and kept there.
 */
export async function socialImage(
	card: SocialCard,
	cacheDir: string,
	{ workers = true }: { workers?: boolean } = {}
): Promise<Buffer> {
	const file = join(cacheDir, `${socialImageKey(card)}.png`);
	try {
		return await readFile(file);
	} catch {
		// Not drawn yet.
	}
	const png = workers ? await drawOnWorker(card) : await drawSocialImage(card);
	await mkdir(cacheDir, { recursive: true });
	await writeFile(file, png);
	return png;
}
