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
	data: Partial<Pick<GuideData, 'code' | 'aliases' | 'services' | 'related'>>;
}

export interface ProviderRecord {
	id: string;
	file: string;
	data: Pick<Provider, 'services'>;
}

/** The provider of a guide is the folder it lives in: the first segment of its id. */
export function providerIdOf(guideId: string): string {
	return guideId.split('/')[0] ?? guideId;
}

/**
 * Checks what the schema alone cannot: that each guide's provider and services exist, that
 * related guides resolve (with a suggestion on a typo), that no two guides of a provider share a
 * code and a primary service, and that no alias of one guide is another guide's code or alias
 * (a reader who pastes it must land on one guide, not a coin toss).
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
	const byCodeAndService = new Map<string, GuideRecord>();

	for (const guide of guides) {
		const { code, services, related } = guide.data;
		const providerId = providerIdOf(guide.id);
		const provider = providerById.get(providerId);
		if (!providerIds.has(providerId)) {
			problems.push({
				file: guide.file,
				field: '',
				message: `no provider "${providerId}" (the guide's folder): add content/providers/${providerId}.json${didYouMean(providerId, providerIds)}`,
			});
		} else if (provider && services) {
			services.forEach((service, i) => {
				if (Object.hasOwn(provider.data.services, service)) return;
				problems.push({
					file: guide.file,
					field: `services[${i}]`,
					message: `no service "${service}" in ${provider.file} (expected one of: ${Object.keys(provider.data.services).join(', ')})${didYouMean(service, Object.keys(provider.data.services))}`,
				});
			});
		}

		// Duplicates within the list are the schema's job (uniqueList).
		related?.forEach((id, i) => {
			const field = `related[${i}]`;
			if (id === guide.id) problems.push({ file: guide.file, field, message: 'a guide cannot relate to itself' });
			else if (!guideIds.has(id))
				problems.push({ file: guide.file, field, message: `no guide "${id}"${didYouMean(id, guideIds)}` });
		});

		if (code === undefined || services?.[0] === undefined) continue;
		const key = `${providerId}\u0000${code}\u0000${services[0]}`;
		const twin = byCodeAndService.get(key);
		if (twin) {
			problems.push({
				file: guide.file,
				field: 'code',
				message: `"${code}" for service "${services[0]}" is already covered by ${twin.file}: merge the two guides or give this one a different first service`,
			});
		} else byCodeAndService.set(key, guide);
	}
	problems.push(...checkAliases(guides));
	return problems;
}

function checkAliases(guides: readonly GuideRecord[]): Problem[] {
	const problems: Problem[] = [];
	// Every code and alias of a provider, lower-cased, with the first guide that claims it.
	const owner = new Map<string, { guide: GuideRecord; as: string }>();
	const claim = (guide: GuideRecord, value: string, as: string) => {
		const key = `${providerIdOf(guide.id)}\u0000${value.trim().toLowerCase()}`;
		const first = owner.get(key);
		if (!first) owner.set(key, { guide, as });
		return first && first.guide !== guide ? first : undefined;
	};
	for (const guide of guides) if (guide.data.code !== undefined) claim(guide, guide.data.code, 'the code');
	for (const guide of guides) {
		guide.data.aliases?.forEach((alias, i) => {
			const other = claim(guide, alias, 'an alias');
			if (other)
				problems.push({
					file: guide.file,
					field: `aliases[${i}]`,
					message: `"${alias}" is ${other.as} of ${other.guide.file}: a reader who pastes it should land on one guide; drop it here and relate the two guides`,
				});
		});
	}
	return problems;
}
