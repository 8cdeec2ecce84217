export interface ServiceGroup<T> {
	serviceId: string;
	serviceName: string;
	items: T[];
}

/**
 * Groups a provider's guides under their first (primary) service, in the order the provider
 * lists its services, each group sorted by title. Services without guides are left out.
 */
export function groupByService<T extends { services: readonly string[]; title: string }>(
	items: readonly T[],
	services: Readonly<Record<string, string>>
): ServiceGroup<T>[] {
	return Object.entries(services)
		.map(([serviceId, serviceName]) => ({
			serviceId,
			serviceName,
			items: items
				.filter((item) => item.services[0] === serviceId)
				.sort((a, b) => a.title.localeCompare(b.title)),
		}))
		.filter((group) => group.items.length > 0);
}
