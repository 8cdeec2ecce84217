import { SLUG_PATTERN } from '../schemas/ids.ts';
import type { Problem } from './problem.ts';

export interface ContentFile {
	/** Path from the project root, with forward slashes: `content/errors/aws/foo.mdx`. */
	path: string;
	source: string;
}

export interface GuideFile extends ContentFile {
	/** `<provider>/<slug>`, the page's path. */
	id: string;
}

export interface ProviderFile extends ContentFile {
	id: string;
}

export interface ClassifiedFiles {
	guides: GuideFile[];
	providers: ProviderFile[];
	problems: Problem[];
}

const GUIDE = /^content\/errors\/([^/]+)\/([^/]+)\.mdx$/;
const PROVIDER = /^content\/providers\/([^/]+)\.json$/;

/** Dotfiles (`.DS_Store`, editor swap files) are not content and are skipped on purpose. */
const isHidden = (path: string) => path.split('/').some((part) => part.startsWith('.'));

/**
 * Sorts the files under `content/errors/` and `content/providers/` into guides and providers.
 * A file that is neither is reported, never skipped: an author who saves `foo.md` or nests a
 * folder one level too deep learns why the page is missing instead of finding out later.
 */
export function classifyFiles(files: readonly ContentFile[]): ClassifiedFiles {
	const result: ClassifiedFiles = { guides: [], providers: [], problems: [] };
	for (const file of files) {
		if (isHidden(file.path)) continue;
		const guide = GUIDE.exec(file.path);
		const provider = PROVIDER.exec(file.path);
		if (guide) {
			const [, providerId, slug] = guide as unknown as [string, string, string];
			for (const [what, value] of [
				['provider folder', providerId],
				['file name', slug],
			] as const) {
				if (!SLUG_PATTERN.test(value))
					result.problems.push({
						file: file.path,
						field: '',
						message: `${what} "${value}" is not a URL-safe slug: use lowercase letters, digits and single hyphens, e.g. "${toSlug(value)}"`,
					});
			}
			result.guides.push({ ...file, id: `${providerId}/${slug}` });
		} else if (provider) {
			const id = provider[1]!;
			if (!SLUG_PATTERN.test(id))
				result.problems.push({
					file: file.path,
					field: '',
					message: `provider file name "${id}" is not a URL-safe slug, e.g. "${toSlug(id)}"`,
				});
			result.providers.push({ ...file, id });
		} else if (file.path.startsWith('content/errors/')) {
			result.problems.push({ file: file.path, field: '', message: notAGuide(file.path) });
		} else if (file.path.startsWith('content/providers/')) {
			result.problems.push({
				file: file.path,
				field: '',
				message: 'not a provider: providers are JSON files, content/providers/<provider>.json',
			});
		}
	}
	return result;
}

function notAGuide(path: string): string {
	const expected = 'guides are content/errors/<provider>/<slug>.mdx';
	if (/\.(md|markdown)$/.test(path)) return `not a guide: ${expected} (rename it to .mdx)`;
	if (path.split('/').length < 4)
		return `not a guide: ${expected} (put it in its provider's folder)`;
	if (path.split('/').length > 4) return `not a guide: ${expected} (no nested folders)`;
	return `not a guide: ${expected}`;
}

/** The slug an author probably meant, for messages. */
export function toSlug(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/([a-z0-9])([A-Z])/g, '$1-$2')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
