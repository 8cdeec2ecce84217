import { expect, test } from 'vitest';
import { groupByService } from '../../src/utils/group-by-service.ts';

const services = { iam: 'IAM', s3: 'Amazon S3', ec2: 'Amazon EC2' };

test('groups by first service in the provider order, titles sorted, empty services left out', () => {
	const groups = groupByService(
		[
			{ title: 'S3 b', services: ['s3'] },
			{ title: 'IAM', services: ['iam', 's3'] },
			{ title: 'S3 a', services: ['s3', 'iam'] },
		],
		services
	);
	expect(groups.map((g) => [g.anchor, g.serviceName, g.items.map((i) => i.title)])).toEqual([
		['service-iam', 'IAM', ['IAM']],
		['service-s3', 'Amazon S3', ['S3 a', 'S3 b']],
	]);
});
