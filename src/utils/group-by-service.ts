/** The anchor of a service's section on its provider page: `/aws/#service-s3`. */
export const serviceAnchor = (serviceId: string) => `service-${serviceId}`;

export interface ServiceGroup<T> {
	serviceId: string;
	/** The section's anchor on the provider page. */
	anchor: string;
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
			anchor: serviceAnchor(serviceId),
			serviceName,
			items: items
				.filter((item) => item.services[0] === serviceId)
				.sort((a, b) => a.title.localeCompare(b.title)),
		}))
		.filter((group) => group.items.length > 0);
}
