import { z } from 'astro/zod';
import { didYouMean } from '../content-checks/suggest.ts';
import { ofKind } from './text.ts';

/**
 * The topic tags a guide may carry, each with what it gathers: the one vocabulary the badges,
 * the tag pages and the content check use. A new tag is a line here.
 */
export const TAGS = {
	permissions: 'Requests refused because a policy, role or ACL does not allow them.',
	credentials: 'Missing, wrong or expired keys, tokens and sign-ins.',
	iam: 'AWS Identity and Access Management: policies, roles, users and their evaluation.',
	configuration: 'Settings in a config file, an environment variable or a client option.',
	tokens: 'Access tokens, session tokens and their lifetimes.',
	s3: 'Amazon S3 buckets, objects and their policies.',
	registry: 'Container and package registries: pulls, pushes and their sign-ins.',
	rbac: 'Role-based access control in Kubernetes and Azure.',
	encryption: 'Keys that encrypt data, and the permissions to use them.',
	throttling: 'Requests refused for coming too fast.',
	signing: 'Request signatures and the clocks and keys they depend on.',
	organizations: 'Organization-wide guardrails such as service control policies.',
	state: 'Infrastructure-as-code state files and their locks.',
	ssh: 'SSH keys and agents.',
	'rate-limits': 'Quotas on how many requests an account or address may make.',
	networking: 'Endpoints, regions, proxies and the routes between them.',
	kms: 'AWS Key Management Service keys, key policies and grants.',
	filesystem: 'File and directory permissions on the machine itself.',
	ec2: 'Amazon EC2 instances and the calls that manage them.',
} as const satisfies Record<string, string>;

export type Tag = keyof typeof TAGS;

const known = Object.keys(TAGS) as Tag[];

/** One tag of the vocabulary; anything else names the closest one. */
export const tagSchema = ofKind(
	'identifier',
	z.enum(known as [Tag, ...Tag[]], {
		error: (issue) =>
			typeof issue.input === 'string'
				? `unknown tag "${issue.input}"${didYouMean(issue.input, known)} (tags are declared in src/schemas/tags.ts)`
				: 'expected a tag such as "permissions"',
	})
);
