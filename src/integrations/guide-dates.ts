import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guideUrl } from '../routes.ts';

const UPDATED = /^updated:\s*['"]?(\d{4}-\d{2}-\d{2})['"]?\s*$/m;

/**
 * Each guide's URL and the date its facts were last checked, read from the `updated:` line of
 * its frontmatter: what the sitemap gives as `lastmod`. Read with the configuration, before the
 * content is loaded; a guide whose date does not read is left without one (the content check
 * reports it and stops the build).
 */
export function guideDates(root: URL): Map<string, string> {
	const base = join(fileURLToPath(root), 'content', 'errors');
	const dates = new Map<string, string>();
	for (const entry of readdirSync(base, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
		const file = join(entry.parentPath, entry.name);
		const date = UPDATED.exec(readFileSync(file, 'utf8'))?.[1];
		const id = relative(base, file)
			.split('\\')
			.join('/')
			.replace(/\.mdx$/, '');
		if (date) dates.set(guideUrl(id), date);
	}
	return dates;
}
