/**
 * The one content validator. The build runs it before anything is rendered (see
 * `src/integrations/content-validation.ts`) and `npm run check` runs it alone in seconds; both
 * report every problem in every file, like a compiler, and a file is never skipped silently.
 */
import { readdir, readFile } from 'node:fs/promises';
import { causeSchema } from '../schemas/cause.ts';
import { codeSampleSchema } from '../schemas/code-sample.ts';
import { errorMessageSchema } from '../schemas/error-message.ts';
import { faqSchema } from '../schemas/faq.ts';
import { fixSchema } from '../schemas/fix.ts';
import { guideSchema, type GuideData } from '../schemas/guide.ts';
import { providerSchema, type Provider } from '../schemas/provider.ts';
import { sourceSchema } from '../schemas/source.ts';
import { checkFenceLanguages } from './code-languages.ts';
import { classifyFiles, type ContentFile, type GuideFile, type ProviderFile } from './files.ts';
import { frontmatterStartLine, splitFrontmatter } from './frontmatter.ts';
import { groupByService } from '../utils/group-by-service.ts';
import { guideAnchors } from '../utils/guide-sections.ts';
import { checkLinks, siteAnchors, type LinkSource } from './links.ts';
import { checkMdxBody } from './mdx.ts';
import type { Problem } from './problem.ts';
import { checkReferences } from './references.ts';
import { guideTextFields } from './text-fields.ts';
import { zodProblems } from './zod-problems.ts';

export interface ValidGuide extends GuideFile {
	data: GuideData;
	/** The MDX body; its line N is line N of the file. */
	body: string;
}

export interface ValidProvider extends ProviderFile {
	data: Provider;
}

export interface ValidationResult {
	/** Guides whose frontmatter passed the schema (they may still have other problems). */
	guides: ValidGuide[];
	providers: ValidProvider[];
	/** Every problem found, sorted by file. Empty means the content is good. */
	problems: Problem[];
	/** How many content files were read, for the summary line. */
	fileCount: number;
}

/** Every field name a guide may use, at any depth, to suggest the right one for a typo. */
const GUIDE_FIELDS = new Set(
	[guideSchema(), causeSchema(), fixSchema(), codeSampleSchema(), errorMessageSchema(), faqSchema(), sourceSchema()].flatMap(
		(schema) => Object.keys(schema.shape)
	)
);
const PROVIDER_FIELDS = Object.keys(providerSchema().shape);

function parseProvider(file: ProviderFile, problems: Problem[]): ValidProvider | undefined {
	let json: unknown;
	try {
		json = JSON.parse(file.source);
	} catch (error) {
		problems.push({ file: file.path, field: '', message: `not valid JSON: ${(error as Error).message}` });
		return undefined;
	}
	const result = providerSchema().safeParse(json);
	if (!result.success) {
		problems.push(...zodProblems(file.path, json, result.error, PROVIDER_FIELDS));
		return undefined;
	}
	return { ...file, data: result.data };
}

interface ParsedGuide extends GuideFile {
	/** The frontmatter as YAML gave it. */
	raw: unknown;
	/** The whole guide, when every field passed the schema. */
	data: GuideData | undefined;
	/** The fields that passed the schema, so later checks still run on a guide with a bad field. */
	fields: Partial<GuideData>;
	body: string;
}

const guideShape = guideSchema().shape;

/** Each top-level field of a guide parsed on its own: the ones that pass. */
function validFields(raw: unknown): Partial<GuideData> {
	if (raw === null || typeof raw !== 'object') return {};
	const fields: Record<string, unknown> = {};
	for (const [key, schema] of Object.entries(guideShape)) {
		const result = schema.safeParse((raw as Record<string, unknown>)[key]);
		if (result.success) fields[key] = result.data;
	}
	return fields as Partial<GuideData>;
}

function parseGuide(file: GuideFile, problems: Problem[]): ParsedGuide | undefined {
	let split: ReturnType<typeof splitFrontmatter>;
	try {
		split = splitFrontmatter(file.source);
	} catch (error) {
		const mark = (error as { mark?: { line: number } }).mark;
		const reason = (error as { reason?: string }).reason ?? (error as Error).message;
		// The YAML parser counts lines from 0 at the opening `---`.
		const opening = frontmatterStartLine(file.source);
		problems.push({ file: file.path, field: mark ? `frontmatter:${opening + mark.line}` : 'frontmatter', message: `YAML does not parse: ${reason}` });
		return undefined;
	}
	if (split.data === undefined) {
		problems.push({ file: file.path, field: '', message: 'no frontmatter: a guide starts with a YAML block between two "---" lines (see content/TEMPLATE.mdx)' });
		return undefined;
	}
	const result = guideSchema().safeParse(split.data);
	if (!result.success) problems.push(...zodProblems(file.path, split.data, result.error, GUIDE_FIELDS));
	return {
		...file,
		raw: split.data,
		data: result.success ? result.data : undefined,
		fields: result.success ? result.data : validFields(split.data),
		body: split.body,
	};
}

/**
 * What a guide page's anchors depend on, read from the raw frontmatter: which optional sections
 * exist and how many causes, fixes and FAQs there are. Items need not be valid to be numbered,
 * so links into a guide with an unrelated problem are still checked.
 */
function anchorShape(raw: unknown): Parameters<typeof guideAnchors>[0] {
	const record = (raw ?? {}) as Record<string, unknown>;
	const list = (value: unknown) => (Array.isArray(value) ? value : []);
	return {
		causes: list(record.causes),
		fixes: list(record.fixes),
		faqs: list(record.faqs),
		related: list(record.related),
		detection: record.detection ?? undefined,
		escalation: record.escalation ?? undefined,
	};
}

/** Each line of the body as its own link source, so a broken link is reported at its line. */
function bodyLines(guide: ParsedGuide): LinkSource[] {
	return guide.body.split('\n').map((text, i) => ({ field: `body:${i + 1}`, text }));
}

/**
 * Validates a set of content files given as paths and sources (no disk access). Every pass runs
 * on every file, on whatever parts of it are valid, so one run reports every problem.
 */
export async function validateFiles(files: readonly ContentFile[]): Promise<ValidationResult> {
	const { guides: guideFiles, providers: providerFiles, problems } = classifyFiles(files);

	const providers = providerFiles.map((file) => parseProvider(file, problems)).filter((p) => p !== undefined);
	const parsed = guideFiles.map((file) => parseGuide(file, problems)).filter((g) => g !== undefined);

	for (const guide of parsed) {
		for (const { field, text } of guideTextFields(guide.fields)) problems.push(...checkFenceLanguages(guide.path, field, text));
		problems.push(...checkFenceLanguages(guide.path, 'body', guide.body));
		problems.push(...(await checkMdxBody(guide.path, guide.body)));
	}

	problems.push(
		...checkReferences(
			parsed.map((g) => ({ id: g.id, file: g.path, data: g.fields })),
			providers.map((p) => ({ id: p.id, file: p.path, data: p.data })),
			{ guides: guideFiles.map((g) => g.id), providers: providerFiles.map((p) => p.id) }
		)
	);

	// Every guide file is a page, even one with problems: a link to it is not broken. Its anchors
	// are unknown only when its frontmatter does not parse at all.
	const pages = siteAnchors(
		guideFiles.map((file) => {
			const guide = parsed.find((g) => g.path === file.path);
			return { id: file.id, data: guide && anchorShape(guide.raw) };
		}),
		// The provider page's sections, grouped exactly as the page groups them.
		providers.map((p) => ({
			id: p.id,
			anchors: groupByService(
				parsed.filter((g) => g.id.startsWith(`${p.id}/`)).map((g) => ({ services: g.fields.services ?? [], title: g.id })),
				p.data.services
			).map((group) => group.anchor),
		}))
	);
	for (const guide of parsed) {
		problems.push(...checkLinks(guide.path, `/${guide.id}/`, [...guideTextFields(guide.fields), ...bodyLines(guide)], pages));
	}

	problems.sort((a, b) => a.file.localeCompare(b.file));
	const guides = parsed.flatMap(({ data, path, id, source, body }) => (data ? [{ path, id, source, body, data }] : []));
	return { guides, providers, problems, fileCount: files.length };
}

/** Reads every file under `content/errors/` and `content/providers/` of a project root. */
export async function readContentFiles(root: URL): Promise<ContentFile[]> {
	const files: ContentFile[] = [];
	for (const dir of ['content/errors/', 'content/providers/']) {
		let entries: string[];
		try {
			entries = await readdir(new URL(dir, root), { recursive: true });
		} catch {
			continue; // a missing folder simply has no content
		}
		for (const entry of entries.sort()) {
			const url = new URL(dir + entry, root);
			try {
				files.push({ path: dir + entry.split('\\').join('/'), source: await readFile(url, 'utf8') });
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
			}
		}
	}
	return files;
}

/** Reads and validates all content of the project at `root`. */
export async function validateContent(root: URL): Promise<ValidationResult> {
	return validateFiles(await readContentFiles(root));
}
