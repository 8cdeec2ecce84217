import { guideUrl, homeUrl, providerIdOf, providerUrl } from '../routes.ts';
import type { GuideData } from '../schemas/guide.ts';
import type { Provider } from '../schemas/provider.ts';
import type { Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

export interface GuideRecord {
	/** `<provider>/<slug>` */
	id: string;
	/** Path from the project root, for messages. */
	file: string;
	/** The referencing fields; one that failed the schema is absent and its checks are skipped. */
	data: Partial<Pick<GuideData, 'code' | 'aliases' | 'services' | 'related' | 'redirectFrom'>>;
}

export interface ProviderRecord {
	id: string;
	file: string;
	data: Pick<Provider, 'services'>;
}

/**
 * Checks what the schema alone cannot: that each guide's provider and services exist, that
 * related guides resolve (with a suggestion on a typo), and that a reader who pastes a code or
 * an alias lands on one guide (see `checkCodes`).
 */
export function checkReferences(
	guides: readonly GuideRecord[],
	providers: readonly ProviderRecord[],
	/** Ids of every guide and provider file, including ones with other problems: they exist, so references to them resolve. */
	existing: { guides: Iterable<string>; providers: Iterable<string> } = {
		guides: guides.map((g) => g.id),
		providers: providers.map((p) => p.id),
	}
): Problem[] {
	const problems: Problem[] = [];
	const guideIds = new Set(existing.guides);
	const providerIds = new Set(existing.providers);
	const providerById = new Map(providers.map((p) => [p.id, p]));

	for (const guide of guides) {
		const { services, related } = guide.data;
		const providerId = providerIdOf(guide.id);
		const provider = providerById.get(providerId);
		if (!providerIds.has(providerId)) {
			problems.push({
				file: guide.file,
				field: '',
				message: `no provider "${providerId}" (the guide's folder): add content/providers/${providerId}.json${didYouMean(providerId, providerIds)}`,
			});
		} else if (provider && services) problems.push(...checkServices(guide, provider, services));

		// Duplicates within the list are the schema's job (uniqueList).
		related?.forEach((id, i) => {
			const field = `related[${i}]`;
			if (id === guide.id)
				problems.push({ file: guide.file, field, message: 'a guide cannot relate to itself' });
			else if (!guideIds.has(id))
				problems.push({
					file: guide.file,
					field,
					message: `no guide "${id}"${didYouMean(id, guideIds)}`,
				});
		});
	}
	problems.push(...checkCodes(guides), ...checkAliases(guides));
	return problems;
}

/**
 * A guide that relates to none and that none relates to is an orphan in the related-errors graph:
 * a reader who lands on it has nowhere to go. (The guide bar asks for three relations; this also
 * holds for guides the bar does not reach.)
 */
export function checkOrphans(guides: readonly GuideRecord[]): Problem[] {
	const listed = new Set(guides.flatMap((g) => g.data.related ?? []));
	return guides
		.filter((g) => g.data.related?.length === 0 && !listed.has(g.id))
		.map((g) => ({
			file: g.file,
			field: 'related',
			message:
				'no guide relates to this one and it relates to none: name the guides a reader of it needs next',
		}));
}

function checkServices(
	guide: GuideRecord,
	provider: ProviderRecord,
	services: readonly string[]
): Problem[] {
	const known = Object.keys(provider.data.services);
	if (known.length === 0)
		return services.length === 0
			? []
			: [
					{
						file: guide.file,
						field: 'services',
						message: `${provider.file} lists no services: leave this field out`,
					},
				];
	if (services.length === 0)
		return [
			{
				file: guide.file,
				field: 'services',
				message: `must name at least one service of ${provider.file} (one of: ${known.join(', ')})`,
			},
		];
	return services.flatMap((service, i) =>
		Object.hasOwn(provider.data.services, service)
			? []
			: [
					{
						file: guide.file,
						field: `services[${i}]`,
						message: `no service "${service}" in ${provider.file} (expected one of: ${known.join(', ')})${didYouMean(service, known)}`,
					},
				]
	);
}

const relates = (a: GuideRecord, b: GuideRecord) =>
	!!a.data.related?.includes(b.id) || !!b.data.related?.includes(a.id);

/**
 * A reader pastes an error without saying where it came from, so codes are compared across the
 * whole site. Within a provider, two guides may share a code when their first services differ
 * (`AccessDeniedException` from IAM and from KMS), or when one is a narrower guide to the other
 * (a permissions-boundary denial) and they relate; otherwise the same code and first service
 * twice is one guide too many. Across providers (`Forbidden` from Kubernetes and Docker) a shared code is
 * allowed only when the guides relate to each other, so a reader who lands on one finds the other.
 */
function checkCodes(guides: readonly GuideRecord[]): Problem[] {
	const problems: Problem[] = [];
	const byCode = new Map<string, GuideRecord[]>();
	for (const guide of guides) {
		const { code } = guide.data;
		if (code === undefined) continue;
		const key = code.trim().toLowerCase();
		const earlier = byCode.get(key) ?? byCode.set(key, []).get(key)!;
		for (const other of earlier) {
			if (providerIdOf(other.id) === providerIdOf(guide.id)) {
				// Same code and first service: one guide too many, unless this one is a narrower
				// guide (one cause, tool or operation) that relates to the general one.
				const service = guide.data.services?.[0];
				if (other.data.services?.[0] !== service || relates(guide, other)) continue;
				problems.push({
					file: guide.file,
					field: 'code',
					message: `"${code}"${service ? ` for service "${service}"` : ''} is already covered by ${other.file}: merge the two guides, or if this one is narrower (one cause, tool or operation), relate them`,
				});
				break;
			}
			if (!relates(guide, other))
				problems.push({
					file: guide.file,
					field: 'code',
					message: `"${code}" is also the code of ${other.file}, from another provider: guides may share a code across providers only when they relate to each other (add "${other.id}" to related)`,
				});
		}
		earlier.push(guide);
	}
	return problems;
}

/** No alias of one guide may be another guide's code or alias, anywhere on the site. */
function checkAliases(guides: readonly GuideRecord[]): Problem[] {
	const problems: Problem[] = [];
	// Every code and alias, lower-cased, with the first guide that claims it.
	const owner = new Map<string, { guide: GuideRecord; as: string }>();
	for (const guide of guides) {
		const code = guide.data.code?.trim().toLowerCase();
		if (code !== undefined && !owner.has(code)) owner.set(code, { guide, as: 'the code' });
	}
	for (const guide of guides) {
		guide.data.aliases?.forEach((alias, i) => {
			const key = alias.trim().toLowerCase();
			const first = owner.get(key);
			if (!first) owner.set(key, { guide, as: 'an alias' });
			else if (first.guide !== guide)
				problems.push({
					file: guide.file,
					field: `aliases[${i}]`,
					message: `"${alias}" is ${first.as} of ${first.guide.file}: a reader who pastes it should land on one guide; drop it here and relate the two guides`,
				});
		});
	}
	return problems;
}

/**
 * Old paths (`redirectFrom`) must lead somewhere in one hop: not a page that is live (a guide, a
 * provider's listing, the home page), and not the old path of another guide.
 */
export function checkRedirects(
	guides: readonly GuideRecord[],
	providerIds: readonly string[]
): Problem[] {
	const live = new Map<string, string>([[homeUrl(), 'the home page']]);
	for (const id of providerIds) live.set(providerUrl(id), `the page of provider "${id}"`);
	for (const guide of guides) live.set(guideUrl(guide.id), `the guide "${guide.id}"`);
	const claimed = new Map<string, string>();
	const problems: Problem[] = [];
	for (const guide of guides)
		guide.data.redirectFrom?.forEach((path, i) => {
			const field = `redirectFrom[${i}]`;
			const page = live.get(path);
			if (page)
				problems.push({
					file: guide.file,
					field,
					message:
						path === guideUrl(guide.id)
							? `"${path}" is this guide's own address`
							: `"${path}" is ${page}, which is live: a redirect from it would hide that page (or make a chain)`,
				});
			else if (claimed.has(path))
				problems.push({
					file: guide.file,
					field,
					message: `"${path}" already redirects to "${claimed.get(path)}": an old path leads to one guide`,
				});
			else claimed.set(path, guide.id);
		});
	return problems;
}
