import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		root: new URL('..', import.meta.url).pathname,
		include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
		reporters: ['default', 'json'],
		outputFile: { json: 'tests/.output/unit.json' },
	},
});
