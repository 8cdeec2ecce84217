import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog.ts';

// The llms.txt convention (https://llmstxt.org/): what the site is, then every guide by provider,
// each a link with its one-line description, for AI assistants that read the site.
export const GET: APIRoute = async ({ site }) => {
	const { providers } = await getCatalog();
	const lines = [
		'# fixerror',
		'',
		'> Error guides for AWS, Google Cloud, Azure, Kubernetes, Docker, Git, npm and Terraform: each names the likely causes of one error, in order, and gives fixes to copy (IAM policies, commands, configuration), checked against the official documentation it cites and dated.',
		'',
	];
	for (const provider of providers.filter((p) => p.guides.length > 0)) {
		lines.push(`## ${provider.data.fullName}`, '');
		for (const guide of provider.guides)
			lines.push(`- [${guide.data.title}](${new URL(guide.url, site)}): ${guide.data.description}`);
		lines.push('');
	}
	return new Response(lines.join('\n'), {
		headers: { 'content-type': 'text/plain; charset=utf-8' },
	});
};
