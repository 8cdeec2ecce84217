import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Checks over the built site in dist/, run after the build (`npm run test:site`).
export default defineConfig({
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: ['tests/site/**/*.test.ts'],
		reporters: ['default', 'json'],
		outputFile: { json: 'tests/.output/site.json' },
	},
});
