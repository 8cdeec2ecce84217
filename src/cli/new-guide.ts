// `npm run new -- <provider>/<slug>`: writes the skeleton of a guide where it belongs and prints
// what the validator says is still missing. The skeleton fails the check until every required
// field is filled, so no placeholder can reach a reader: fill, run `npm run check`, repeat.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../content-checks/problem.ts';
import { readContentFiles, validateFiles } from '../content-checks/validate.ts';
import { isoDate } from '../utils/dates.ts';

const root = new URL('../../', import.meta.url);
const id = process.argv[2] ?? '';

function fail(message: string): never {
	console.error(`npm run new: ${message}`);
	process.exit(1);
}

if (!/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
	fail(
		`expected <provider>/<slug> in lower case with hyphens, such as "aws/s3-access-denied"; got "${id}"`
	);
const [provider] = id.split('/') as [string, string];
const providerFile = new URL(`content/providers/${provider}.json`, root);
if (!existsSync(providerFile))
	fail(`no provider "${provider}": add content/providers/${provider}.json first`);
const file = new URL(`content/errors/${id}.mdx`, root);
if (existsSync(file)) fail(`content/errors/${id}.mdx already exists`);

const services = Object.keys(
	(JSON.parse(await readFile(providerFile, 'utf8')) as { services?: Record<string, string> })
		.services ?? {}
);
const skeleton = `---
# A new guide: fill in every field. \`npm run check\` names what is still missing; content/TEMPLATE.mdx
# shows each field with an example. Example values only: account 123456789012, example-bucket.
title: ''
description: ''
code: ''
aliases: []
${services.length ? `services: [] # of ${provider}: ${services.join(', ')}\n` : ''}tags: [] # from src/schemas/tags.ts
messages: []
lead: ''
causes: []
fixes: []
detection: ''
faqs: []
related: []
sources: []
updated: ${isoDate(new Date())}
---
`;
await mkdir(dirname(fileURLToPath(file)), { recursive: true });
await writeFile(file, skeleton);

const path = `content/errors/${id}.mdx`;
const { problems } = validateFiles(await readContentFiles(root));
const own = problems.filter((problem) => problem.file === path);
console.log(`wrote ${path}. Still missing, as \`npm run check\` reports it:\n`);
for (const problem of own) console.log(`  ${formatProblem(problem)}`);
console.log(
	`\n${own.length} problems. The build stops until they are fixed; \`npm run check\` takes a second.`
);
