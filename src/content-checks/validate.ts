/**
 * The one content validator. The content loader runs it before anything is rendered (see
 * `src/loaders/content-loaders.ts`) and `npm run check` runs it alone; both report every problem
 * in every file, like a compiler, and a file is never skipped silently.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { guideUrl, homeUrl, providerIdOf, providerUrl } from '../routes.ts';
import { guideSchema, type GuideData } from '../schemas/guide.ts';
import { guideAnchors } from '../schemas/guide-sections.ts';
import { providerSchema, type Provider } from '../schemas/provider.ts';
import { fieldNames, textFields } from '../schemas/schema-walk.ts';
import type { TextKind } from '../schemas/text.ts';
import { resolveLanguage, unknownLanguageMessage } from '../utils/code-languages.ts';
import { MdxSyntaxError, scanMarkdown, type MarkdownScan } from '../utils/markdown.ts';
import { listingAnchors, providerListing } from '../utils/provider-listing.ts';
import { classifyFiles, type ContentFile, type GuideFile, type ProviderFile } from './files.ts';
import { FrontmatterError, splitFrontmatter } from './frontmatter.ts';
import { checkLinks, type Link, type LinkTarget } from './links.ts';
import type { Problem } from './problem.ts';
import { SITE_CONFIG } from '../site-config.ts';
import { isoDate } from '../utils/dates.ts';
import { checkFill } from './fill.ts';
import { staleGuides } from './stale.ts';
import { checkOrphans, checkRedirects, checkReferences, type GuideRecord } from './references.ts';
import { checkCode, policyCodeFields, syntaxProblem } from './samples.ts';
import { checkArns, checkIamNames, checkSecrets, checkTextFacts } from './text-facts.ts';
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
	/** Guides whose frontmatter passed the schema (they may still have other problems), read in this run. */
	guides: ValidGuide[];
	/** Ids of valid guides whose facts came from the cache: unchanged since they were last read. */
	unchanged: string[];
	providers: ValidProvider[];
	/** Every problem found, sorted by file. Empty means the content is good. */
	problems: Problem[];
	/** Warnings, sorted by file: printed by `npm run check`, counted by the build. */
	warnings: Problem[];
	/** Guides checked longer ago than the configured age, oldest first: warnings, or errors with `--strict`. */
	stale: Problem[];
	/** How many content files were read, for the summary line. */
	fileCount: number;
}

/** Every field name a guide or provider may use, to suggest the right one for a typo. */
const GUIDE_FIELDS = fieldNames(guideSchema);
const PROVIDER_FIELDS = fieldNames(providerSchema);
const MARKDOWN: ReadonlySet<TextKind> = new Set(['inline-markdown', 'block-markdown']);

function parseProvider(file: ProviderFile, problems: Problem[]): ValidProvider | undefined {
	let json: unknown;
	try {
		json = JSON.parse(file.source);
	} catch (error) {
		problems.push({
			file: file.path,
			field: '',
			message: `not valid JSON: ${(error as Error).message}`,
		});
		return undefined;
	}
	const result = providerSchema.safeParse(json);
	if (!result.success) {
		problems.push(...zodProblems(file.path, json, result.error, PROVIDER_FIELDS));
		return undefined;
	}
	return { ...file, data: result.data };
}

interface ParsedGuide extends GuideFile {
	/** The frontmatter as YAML gave it. */
	raw: Record<string, unknown>;
	/** The whole guide, when every field passed the schema. */
	data: GuideData | undefined;
	/** The fields that passed the schema, so later checks still run on a guide with a bad field. */
	fields: Partial<GuideData>;
	body: string;
}

/**
 * What one guide file tells the checks: its own problems, and what the checks across files
 * need from it. It depends on the file alone, so it can be kept by the file's digest and reused
 * while the file is unchanged (see `validation-cache.ts`).
 */
export interface GuideFacts {
	/** Problems in the file itself: YAML, schema, prose. */
	problems: Problem[];
	/** What is worth a look but does not stop the build (a guide with nothing to fill). */
	warnings: Problem[];
	/** The fields the cross-file checks read; a field that failed the schema is absent. */
	refs: GuideRecord['data'] & { title?: string; updated?: string };
	/** The page's anchors; `undefined` when the frontmatter does not parse at all. */
	anchors: string[] | undefined;
	links: Link[];
	/** Whether the frontmatter passed the schema: the guide becomes a page. */
	valid: boolean;
}

/** Where facts about unchanged files are kept between runs. */
export interface FactsCache {
	get(file: GuideFile, digest: string): GuideFacts | undefined;
	set(file: GuideFile, digest: string, facts: GuideFacts): void;
}

const guideShape = guideSchema.shape;

/** Each top-level field of a guide parsed on its own: the ones that pass. */
function validFields(raw: Record<string, unknown>): Partial<GuideData> {
	const fields: Record<string, unknown> = {};
	for (const [key, schema] of Object.entries(guideShape)) {
		const result = schema.safeParse(raw[key]);
		if (result.success) fields[key] = result.data;
	}
	return fields as Partial<GuideData>;
}

function parseGuide(file: GuideFile, problems: Problem[]): ParsedGuide | undefined {
	let split: ReturnType<typeof splitFrontmatter>;
	try {
		split = splitFrontmatter(file.source);
	} catch (error) {
		if (!(error instanceof FrontmatterError)) throw error;
		problems.push({
			file: file.path,
			field: `frontmatter:${error.line}`,
			message: `YAML does not parse: ${error.message}`,
		});
		return undefined;
	}
	if (split.data === undefined) {
		problems.push({
			file: file.path,
			field: '',
			message:
				'no frontmatter: a guide starts with a YAML block between two "---" lines (see content/TEMPLATE.mdx)',
		});
		return undefined;
	}
	if (typeof split.data !== 'object' || split.data === null || Array.isArray(split.data)) {
		problems.push({
			file: file.path,
			field: 'frontmatter',
			message: 'expected fields ("title: ...") between the "---" lines',
		});
		return undefined;
	}
	const raw = split.data as Record<string, unknown>;
	const result = guideSchema.safeParse(raw);
	if (!result.success) problems.push(...zodProblems(file.path, raw, result.error, GUIDE_FIELDS));
	return {
		...file,
		raw,
		data: result.success ? result.data : undefined,
		fields: result.success ? result.data : validFields(raw),
		body: split.body,
	};
}

/** What one scanned text adds: a problem per unknown fence language and unsupported construct, and its links. */
function readScan(
	file: string,
	scan: MarkdownScan,
	fieldOf: (line: number) => string,
	problems: Problem[],
	links: Link[]
): void {
	for (const fence of scan.fences) {
		const json = syntaxProblem(fence.lang, fence.code);
		if (json)
			problems.push({ file, field: fieldOf(fence.line), message: `${json} (in a code fence)` });
		if (resolveLanguage(fence.lang) === undefined)
			problems.push({
				file,
				field: fieldOf(fence.line),
				message: `${unknownLanguageMessage(fence.lang)} (on a code fence)`,
			});
	}
	// Once per field and kind: `<b>` and `</b>` are one mistake.
	const seen = new Set<string>();
	for (const { line, message } of scan.unsupported) {
		const field = fieldOf(line);
		if (seen.has(field + message)) continue;
		seen.add(field + message);
		problems.push({ file, field, message });
	}
	for (const { url, line } of scan.links) links.push({ field: fieldOf(line), url });
}

/**
 * The prose checks of one guide: every Markdown field the schema declares and the body are read
 * as Markdown trees for code-fence languages, constructs the site does not render, and links.
 */
function checkProse(guide: ParsedGuide, problems: Problem[]): Link[] {
	const links: Link[] = [];
	// The raw frontmatter: prose is checked even where another part of the same field is invalid.
	for (const { field, text } of textFields(guideSchema, guide.raw, MARKDOWN)) {
		readScan(guide.path, scanMarkdown(text), () => field, problems, links);
	}
	try {
		readScan(
			guide.path,
			scanMarkdown(guide.body, { mdx: true }),
			(line) => `body:${line}`,
			problems,
			links
		);
	} catch (error) {
		if (!(error instanceof MdxSyntaxError)) throw error;
		problems.push({
			file: guide.path,
			field: error.line ? `body:${error.line}` : 'body',
			message: `MDX does not parse: ${error.message}`,
		});
	}
	return links;
}

/**
 * The checks of what a guide says, in its code and its text alike: JSON and IAM policies parse
 * and follow their grammar, IAM names exist, ARNs use documentation values, and nothing looks
 * like a real credential. One problem per field and message.
 */
function checkFacts(guide: ParsedGuide): Problem[] {
	const found = new Map<string, Problem>();
	const add = (field: string, message: string) =>
		found.set(`${field}\u0000${message}`, { file: guide.path, field, message });
	for (const { field, message } of checkCode(guide.raw)) add(field, message);
	// Every text field in one pass: the fields joined, each finding traced back to its field.
	const fields = textFields(guideSchema, guide.raw);
	const policies = new Set(policyCodeFields(guide.raw));
	const all = joinFields(fields);
	for (const { index, message } of [...checkArns(all.text), ...checkSecrets(all.text)])
		add(all.fieldAt(index), message);
	// A policy's actions and condition keys are checked in place by its grammar.
	const prose = joinFields(fields.filter(({ field }) => !policies.has(field)));
	for (const { index, message } of checkIamNames(prose.text)) add(prose.fieldAt(index), message);
	for (const { index, message } of checkTextFacts(guide.body))
		add(`body:${lineAt(guide.body, index)}`, message);
	return [...found.values()];
}

/** Texts joined by line breaks (no finding spans one), with the field each offset falls in. */
function joinFields(fields: ReadonlyArray<{ field: string; text: string }>): {
	text: string;
	fieldAt: (index: number) => string;
} {
	const starts: number[] = [];
	let text = '';
	for (const field of fields) {
		starts.push(text.length);
		text += `${field.text}\n`;
	}
	const fieldAt = (index: number) => {
		let low = 0;
		let high = starts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (starts[middle]! <= index) low = middle;
			else high = middle - 1;
		}
		return fields[low]!.field;
	};
	return { text, fieldAt };
}

/** The 1-based line of an offset. */
const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Reads one guide file: its facts, and the guide itself when it is valid. */
function readGuide(file: GuideFile): { facts: GuideFacts; guide: ValidGuide | undefined } {
	const problems: Problem[] = [];
	const parsed = parseGuide(file, problems);
	if (!parsed)
		return {
			facts: { problems, warnings: [], refs: {}, anchors: undefined, links: [], valid: false },
			guide: undefined,
		};
	const links = checkProse(parsed, problems);
	problems.push(...checkFacts(parsed));
	const fill = parsed.data ? checkFill(file.path, parsed.data, parsed.body) : undefined;
	problems.push(...(fill?.problems ?? []));
	const { code, aliases, services, related, title, updated, redirectFrom } = parsed.fields;
	return {
		facts: {
			problems,
			warnings: fill?.warnings ?? [],
			refs: {
				code,
				aliases,
				services,
				related,
				title,
				redirectFrom,
				updated: updated && isoDate(updated),
			},
			anchors: [...guideAnchors(parsed.raw)],
			links,
			valid: parsed.data !== undefined,
		},
		guide: parsed.data && {
			path: file.path,
			id: file.id,
			source: file.source,
			body: parsed.body,
			data: parsed.data,
		},
	};
}

/** Every page a guide can link to, with its anchors, keyed by path. */
function sitePages(
	facts: ReadonlyMap<GuideFile, GuideFacts>,
	providerFiles: readonly ProviderFile[],
	providers: readonly ValidProvider[]
): Map<string, LinkTarget> {
	const pages = new Map<string, LinkTarget>([[homeUrl(), { anchors: new Set(['main']) }]]);
	// A provider file with problems still has a page; which anchors it has is unknown.
	for (const file of providerFiles) pages.set(providerUrl(file.id), { anchors: undefined });
	for (const provider of providers) {
		// The provider's listing, paged and grouped exactly as its pages will be.
		const items = [...facts].filter(([file]) => providerIdOf(file.id) === provider.id);
		const listing = providerListing(items, provider.data.services, ([file, { refs }]) => ({
			services: refs.services ?? [],
			title: refs.title ?? file.id,
		}));
		for (const [page, anchors] of listingAnchors(listing))
			pages.set(providerUrl(provider.id, page), { anchors });
	}
	// Every guide file is a page, even one with problems: a link to it is not broken. Its anchors
	// are unknown only when its frontmatter does not parse at all.
	for (const [file, { anchors }] of facts)
		pages.set(guideUrl(file.id), { anchors: anchors && new Set(anchors) });
	return pages;
}

const digestOf = (source: string) => createHash('sha1').update(source).digest('base64url');

/**
 * Validates a set of content files given as paths and sources (no disk access). Every pass runs
 * on every file, on whatever parts of it are valid, so one run reports every problem. With a
 * `cache`, an unchanged guide's facts are reused and the guide is not parsed again: it is
 * counted in `unchanged`, not returned in `guides`.
 */
export function validateFiles(
	files: readonly ContentFile[],
	{ cache, today = new Date() }: { cache?: FactsCache; today?: Date } = {}
): ValidationResult {
	const { guides: guideFiles, providers: providerFiles, problems } = classifyFiles(files);
	const providers = providerFiles
		.map((file) => parseProvider(file, problems))
		.filter((p) => p !== undefined);

	const guides: ValidGuide[] = [];
	const warnings: Problem[] = [];
	const unchanged: string[] = [];
	const facts = new Map<GuideFile, GuideFacts>();
	for (const file of guideFiles) {
		const digest = cache ? digestOf(file.source) : '';
		let known = cache?.get(file, digest);
		if (known) {
			if (known.valid) unchanged.push(file.id);
		} else {
			const read = readGuide(file);
			known = read.facts;
			if (read.guide) guides.push(read.guide);
			cache?.set(file, digest, known);
		}
		facts.set(file, known);
		problems.push(...known.problems);
		warnings.push(...known.warnings);
	}

	const records = [...facts].map(([file, { refs }]) => ({
		id: file.id,
		file: file.path,
		data: refs,
	}));
	problems.push(
		...checkReferences(
			records,
			providers.map((p) => ({ id: p.id, file: p.path, data: p.data })),
			{ guides: guideFiles.map((g) => g.id), providers: providerFiles.map((p) => p.id) }
		),
		...checkOrphans(records),
		...checkRedirects(
			records,
			providerFiles.map((p) => p.id)
		)
	);

	const pages = sitePages(facts, providerFiles, providers);
	for (const [file, { links }] of facts)
		problems.push(...checkLinks(file.path, guideUrl(file.id), links, pages));

	problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
	const stale = staleGuides(
		[...facts].map(([file, { refs }]) => ({
			file: file.path,
			updated: refs.updated === undefined ? undefined : new Date(refs.updated),
		})),
		today,
		SITE_CONFIG.staleAfterMonths
	);
	return { guides, unchanged, providers, problems, warnings, stale, fileCount: files.length };
}

/** The paths of every file under `content/errors/` and `content/providers/` of a project root, sorted. */
export async function listContentFiles(root: URL): Promise<string[]> {
	const base = fileURLToPath(root);
	const paths: string[] = [];
	for (const dir of ['content/errors/', 'content/providers/']) {
		try {
			for (const entry of await readdir(join(base, dir), {
				recursive: true,
				withFileTypes: true,
			})) {
				if (entry.isFile())
					paths.push(relative(base, join(entry.parentPath, entry.name)).split('\\').join('/'));
			}
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // a missing folder simply has no content
		}
	}
	return paths.sort();
}

/** Reads every file under `content/errors/` and `content/providers/` of a project root. */
export async function readContentFiles(root: URL): Promise<ContentFile[]> {
	const base = fileURLToPath(root);
	const paths = await listContentFiles(root);
	return Promise.all(
		paths.map(async (path) => ({ path, source: await readFile(join(base, path), 'utf8') }))
	);
}

/** Reads and validates all content of the project at `root`. */
export async function validateContent(
	root: URL,
	options?: { cache?: FactsCache }
): Promise<ValidationResult> {
	return validateFiles(await readContentFiles(root), options);
}
