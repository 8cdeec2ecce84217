/**
 * The recogniser's index for a set of guides and providers, as the build serves it
 * (src/search/index-files.ts) and as the tests load it from `content/`: one function, so
 * the tests measure exactly what readers get.
 */
import { actionsOf, isIamService } from '../content-checks/iam-reference.ts';
import { guideUrl, providerIdOf } from '../routes.ts';
import type { GuideData } from '../schemas/guide.ts';
import type { Provider } from '../schemas/provider.ts';
import { buildGuideIndex, type GuideIndex } from './guide-index.ts';

export function guideIndexFor(
	guides: ReadonlyArray<{ id: string; data: GuideData }>,
	providers: ReadonlyArray<{ id: string; data: Provider }>
): GuideIndex {
	const awsServices = Object.keys(providers.find((p) => p.id === 'aws')?.data.services ?? {});
	return buildGuideIndex(
		guides.map(({ id, data }) => ({
			id,
			url: guideUrl(id),
			title: data.title,
			provider: providerIdOf(id),
			code: data.code,
			aliases: data.aliases,
			services: data.services,
			related: data.related,
			messages: data.messages.map((message) => message.text),
		})),
		Object.fromEntries(
			providers.map((p) => [p.id, { name: p.data.name, services: Object.keys(p.data.services) }])
		),
		// IAM actions are named after the API operations they allow, so the Service Authorization
		// Reference maps an operation the CLI names back to its service.
		Object.fromEntries(
			awsServices.filter(isIamService).map((service) => [service, actionsOf(service)])
		)
	);
}
