import { defineCollection } from 'astro:content';
import { contentLoaders } from './loaders/content-loaders.ts';
import { guideSchema } from './schemas/guide.ts';
import { providerSchema } from './schemas/provider.ts';

// Content lives outside `src/` so authors find it at the top of the repo. The loaders validate
// it (with these schemas) before storing it; the schemas here give the collections their types.
const loaders = contentLoaders();

const errors = defineCollection({ loader: loaders.guides, schema: guideSchema });
const providers = defineCollection({ loader: loaders.providers, schema: providerSchema });

export const collections = { errors, providers };
