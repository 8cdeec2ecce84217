import { expect, test } from 'vitest';
import { formatProblem } from '../../src/content-checks/problem.ts';
import { checkReferences } from '../../src/content-checks/references.ts';
import { editDistance, nearest } from '../../src/content-checks/suggest.ts';

const providers = [
	{
		id: 'aws',
		file: 'content/providers/aws.json',
		data: { services: { iam: 'IAM', s3: 'Amazon S3' } },
	},
];
const guide = (id: string, related: string[] = [], services = ['iam'], code = id) => ({
	id,
	file: `content/errors/${id}.mdx`,
	data: { code, services, related },
});

test('resolving references passes when everything exists', () => {
	expect(
		checkReferences([guide('aws/a', ['aws/b']), guide('aws/b', ['aws/a'], ['s3'])], providers)
	).toEqual([]);
});

test('a guide that exists but failed other checks still resolves', () => {
	const problems = checkReferences([guide('aws/a', ['aws/b'])], providers, {
		guides: ['aws/a', 'aws/b'],
		providers: ['aws'],
	});
	expect(problems).toEqual([]);
});

test('the same code in the same service of a provider is a duplicate, unless the two relate', () => {
	const same = checkReferences(
		[guide('aws/a', [], ['iam'], 'Denied'), guide('aws/b', [], ['iam'], 'Denied')],
		providers
	);
	expect(same.map(formatProblem)).toEqual([
		'content/errors/aws/b.mdx: code: "Denied" for service "iam" is already covered by content/errors/aws/a.mdx: merge the two guides, or if this one is narrower (one cause, tool or operation), relate them',
	]);
	// A narrower guide (a permissions-boundary denial, say) that relates to the general one.
	const narrower = [
		guide('aws/a', [], ['iam'], 'Denied'),
		guide('aws/b', ['aws/a'], ['iam'], 'Denied'),
	];
	expect(checkReferences(narrower, providers)).toEqual([]);
});

test('within a provider, another first service may share a code without a relation', () => {
	expect(
		checkReferences(
			[guide('aws/a', [], ['iam'], 'Denied'), guide('aws/b', [], ['s3'], 'denied')],
			providers
		)
	).toEqual([]);
});

test('across providers a code is shared only by guides that relate, in either direction', () => {
	const both = [
		...providers,
		{ id: 'gcp', file: 'content/providers/gcp.json', data: { services: { iam: 'IAM' } } },
	];
	const unrelated = checkReferences(
		[guide('aws/a', [], ['iam'], 'Denied'), guide('gcp/b', [], ['iam'], 'denied')],
		both
	);
	expect(unrelated.map(formatProblem)).toEqual([
		'content/errors/gcp/b.mdx: code: "denied" is also the code of content/errors/aws/a.mdx, from another provider: guides may share a code across providers only when they relate to each other (add "aws/a" to related)',
	]);
	expect(
		checkReferences(
			[guide('aws/a', [], ['iam'], 'Denied'), guide('gcp/b', ['aws/a'], ['iam'], 'Denied')],
			both
		)
	).toEqual([]);
	expect(
		checkReferences(
			[guide('aws/a', ['gcp/b'], ['iam'], 'Denied'), guide('gcp/b', [], ['iam'], 'Denied')],
			both
		)
	).toEqual([]);
});

test('suggestions only come for near misses', () => {
	expect(editDistance('kitten', 'sitting')).toBe(3);
	expect(nearest('aws/acess-denied', ['aws/access-denied', 'aws/kms'])).toBe('aws/access-denied');
	expect(nearest('gcp/quota', ['aws/access-denied'])).toBeUndefined();
});

test('a service named like an object property is not mistaken for a real one', () => {
	const problems = checkReferences([guide('aws/a', [], ['constructor'])], providers);
	expect(problems.map((p) => p.field)).toEqual(['services[0]']);
});

test("an alias that is another guide's code or alias is reported once, at the later guide", () => {
	const a = {
		id: 'aws/a',
		file: 'content/errors/aws/a.mdx',
		data: { code: 'AccessDenied', aliases: ['Access Denied'], services: ['s3'], related: [] },
	};
	const b = {
		id: 'aws/b',
		file: 'content/errors/aws/b.mdx',
		data: {
			code: 'Other',
			aliases: ['accessdenied', 'access denied', 'own'],
			services: ['iam'],
			related: [],
		},
	};
	expect(checkReferences([a, b], providers).map(formatProblem)).toEqual([
		'content/errors/aws/b.mdx: aliases[0]: "accessdenied" is the code of content/errors/aws/a.mdx: a reader who pastes it should land on one guide; drop it here and relate the two guides',
		'content/errors/aws/b.mdx: aliases[1]: "access denied" is an alias of content/errors/aws/a.mdx: a reader who pastes it should land on one guide; drop it here and relate the two guides',
	]);
});
