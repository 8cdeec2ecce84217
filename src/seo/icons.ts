/**
 * The favicon set, drawn from `public/favicon.svg` at build time so there is one drawing: a PNG
 * for Apple's home screen and a `favicon.ico` (one PNG inside an ICO container, which every
 * browser since 2009 reads) for browsers and tools that ask for it whatever the page says.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

// From the project root: this module runs bundled inside dist/ at build time.
const FAVICON = join(process.cwd(), 'public', 'favicon.svg');

export async function iconPng(size: number): Promise<Buffer> {
	const svg = await readFile(FAVICON, 'utf8');
	return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** An ICO file holding one PNG image (ICONDIR, one ICONDIRENTRY, the PNG). */
export function icoFromPng(png: Buffer, size: number): Buffer {
	const header = Buffer.alloc(6 + 16);
	header.writeUInt16LE(0, 0); // reserved
	header.writeUInt16LE(1, 2); // type: icon
	header.writeUInt16LE(1, 4); // one image
	header.writeUInt8(size >= 256 ? 0 : size, 6); // width (0 means 256)
	header.writeUInt8(size >= 256 ? 0 : size, 7); // height
	header.writeUInt8(0, 8); // no palette
	header.writeUInt8(0, 9); // reserved
	header.writeUInt16LE(1, 10); // colour planes
	header.writeUInt16LE(32, 12); // bits per pixel
	header.writeUInt32LE(png.length, 14); // image size
	header.writeUInt32LE(header.length, 18); // image offset
	return Buffer.concat([header, png]);
}
