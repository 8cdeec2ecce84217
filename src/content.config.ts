import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { guideSchema } from './schemas/guide.ts';
import { providerSchema } from './schemas/provider.ts';

// Content lives outside `src/` so authors find it at the top of the repo.
const errors = defineCollection({
	loader: glob({ pattern: '**/*.mdx', base: './content/errors' }),
	schema: guideSchema(),
});

const providers = defineCollection({
	loader: glob({ pattern: '*.json', base: './content/providers' }),
	schema: providerSchema(),
});

export const collections = { errors, providers };
