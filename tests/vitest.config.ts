import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: fileURLToPath(new URL('..', import.meta.url)),
		include: [
			'tests/unit/**/*.test.ts',
			'tests/samples/**/*.test.ts',
			'tests/search/**/*.test.ts',
			'tests/integration/**/*.test.ts',
		],
		reporters: ['default', 'json'],
		outputFile: { json: 'tests/.output/unit.json' },
	},
});
