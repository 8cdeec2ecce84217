/**
 * What a pasted error says about itself: the tool that printed it, the error code its wrapper
 * names, the service, and the fields a reader wants repeated back (principal, action, resource,
 * the policy type of a deny, region). Pure and linear in the length of the text: every pattern
 * starts with a literal or a bounded class and has no nested quantifier, so a megabyte of hostile
 * input costs a few scans, never a backtracking blow-up.
 */

/** Tools whose output has a recognisable wrapper, and the provider each one belongs to. */
export const TOOL_PROVIDERS = {
	'aws-cli': 'aws',
	boto3: 'aws',
	'aws-sdk-java': 'aws',
	'aws-sdk-go': 'aws',
	'aws-sdk-js': 'aws',
	terraform: 'terraform',
	kubectl: 'kubernetes',
	gcloud: 'gcp',
	az: 'azure',
	git: 'git',
	docker: 'docker',
	npm: 'npm',
} as const;

export type Tool = keyof typeof TOOL_PROVIDERS;

/** Which policy type a deny names: explicit (`with an explicit deny in a ...`) or implicit (`because no ... allows`). */
export type DenyType = `${'explicit' | 'implicit'}:${
	'scp' | 'rcp' | 'boundary' | 'identity' | 'resource' | 'session' | 'endpoint'}`;

export interface ErrorFacts {
	tool?: Tool;
	/** Codes a wrapper names outright (`An error occurred (X)`, `Error Code: X`, `api error X`), in order. */
	codes: string[];
	/** The service that answered with the error, as an SDK, the CLI command or the endpoint names it (`s3`, `secretsmanager`). */
	answeredBy?: string;
	/** Service ids the text mentions, lower case without separators, from actions and resource ARNs. */
	services: string[];
	/** The operation an SDK or the CLI names (`GetObject`, `AssumeRole`). */
	operation?: string;
	/** IAM-style actions and permissions named (`kms:Decrypt`, `storage.objects.get`). */
	actions: string[];
	/** Who was refused: an ARN, an Azure client id, a Kubernetes user, the account a git push was refused for. */
	principal?: string;
	/** The Microsoft Entra object id Azure names beside the client. */
	objectId?: string;
	/** The Kubernetes namespace of a refused request. */
	namespace?: string;
	/** The repository git was refused, as `owner/name` (`octo-org/octo-repo`). */
	repository?: string;
	/** The container image a pull was refused (`registry.example.com/example/app:1.0`). */
	image?: string;
	/** The bucket and key of an `s3://bucket/key` URI the AWS CLI printed. */
	s3Uri?: { bucket: string; key?: string | undefined };
	account?: string;
	/** What was refused: an ARN, an Azure scope. */
	resource?: string;
	deny?: DenyType;
	region?: string;
	/** HTTP status, when the wrapper states one. */
	status?: number;
}

/** Text beyond this many characters is read at its start and its end only: errors sit there. */
export const READ_LIMIT = 200_000;

/** The part of a paste worth reading: all of it, or its head and tail when it is huge. */
export function readable(text: string): string {
	if (text.length <= READ_LIMIT) return text;
	const half = READ_LIMIT / 2;
	return `${text.slice(0, half)}\n${text.slice(-half)}`;
}

const first = (text: string, pattern: RegExp) => pattern.exec(text) ?? undefined;

/** Normalises a service name as SDKs print it (`Secrets Manager`, `DynamoDb`, `Amazon S3`) to an id. */
export const serviceId = (name: string) =>
	name
		.toLowerCase()
		.replace(/^(amazon|aws)\s*/, '')
		.replace(/[^a-z0-9]/g, '');

const TOOL_MARKERS: ReadonlyArray<readonly [Tool, RegExp]> = [
	// Terraform first: its diagnostics wrap the AWS SDK's messages, and sometimes kubectl's.
	[
		'terraform',
		// Diagnostics in a box, the resource they are about (`with aws_s3_bucket.x,`, or
		// `* aws_s3_bucket.x:` before 0.12), the file and line, or the command.
		/│ Error: |registry\.terraform\.io|\bwith (?:aws|google|azurerm)_[a-z0-9_]{1,80}\.|^\* (?:aws|google|azurerm)_[a-z0-9_]{1,80}\.[A-Za-z0-9_-]{1,80}: |on [A-Za-z0-9_.-]{1,80}\.tf line \d|\bterraform (?:init|plan|apply|import|destroy|refresh)\b/m,
	],
	['boto3', /botocore\.|boto3|Traceback \(most recent call last\)/],
	[
		'aws-sdk-java',
		/software\.amazon\.awssdk|com\.amazonaws\.|\(Service: [A-Za-z0-9 ]{1,60}[,;] Status Code: /,
	],
	['aws-sdk-go', /operation error [A-Za-z0-9 ]{1,60}: [A-Za-z0-9]{1,100}, /],
	['aws-sdk-js', /\$metadata|@aws-sdk\/|\$fault/],
	[
		'aws-cli',
		/An error occurred \([A-Za-z0-9_.]{1,100}\)(?: \(reached max retries: \d+\))? when calling the /,
	],
	[
		'kubectl',
		/Error from server \(|You must be logged in to the server|\bkubectl\b|\bkubelet\b|Failed to pull image|Back-off pulling image/,
	],
	['gcloud', /ERROR: \(gcloud\.|\bgcloud [a-z]|googleapis\.com|google\.api_core/],
	[
		'az',
		/\baz (?:login|account|role|storage|ad)\b|ERROR: \([A-Za-z]{3,80}\)|AADSTS\d{4,8}|management\.azure\.com/,
	],
	['npm', /\bnpm (?:ERR!|error) /],
	[
		'docker',
		/Error response from daemon|docker\.sock|\bdocker (?:push|pull|login|run|build|compose|ps|info)\b/,
	],
	['git', /^(?:fatal|remote|error): /m],
];

const WRAPPED_CODES: readonly RegExp[] = [
	/An error occurred \(([A-Za-z0-9_.]{1,100})\)/g,
	/Error Code: ([A-Za-z0-9_.]{1,100})/g,
	/api error ([A-Za-z0-9_.]{1,100}):/g,
	/botocore\.(?:exceptions|errorfactory)\.([A-Za-z0-9]{1,100})/g,
	/\b(?:name|Code|code|__type|errorCode)['"]?\s{0,4}[:=]\s{0,4}['"](?:[A-Za-z0-9.]{1,100}#)?([A-Za-z0-9_.]{2,100})['"]/g,
	/Error from server \(([A-Za-z]{1,60})\)/g,
	/^\(([A-Za-z]{3,80})\) /gm,
	/(?<!Status )\bCode: ([A-Za-z0-9_]{2,100})/g,
	/"status":\s{0,4}"([A-Z_]{3,60})"/g,
	/"reason":\s{0,4}"([A-Za-z_]{3,60})"/g,
	// `AccessDeniedException: User: ...` as the JavaScript SDK and many loggers print it.
	/^\s{0,8}([A-Z][A-Za-z0-9]{2,80}(?:Exception|Error|Fault)): /gm,
	/\bnpm (?:ERR!|error) code ([A-Z0-9]{2,20})/g,
	/HandlerErrorCode: ([A-Za-z]{2,60})/g,
	// gRPC status, as containerd, the kubelet and Google's Go clients print it.
	/\bcode = ([A-Za-z]{3,40}) desc = /g,
	/\b(AADSTS\d{4,8})\b/g,
	/\(([A-Za-z]{3,60})\)\s*$/gm,
];

/** AWS services whose endpoints name them (`kms.us-east-1.amazonaws.com`); `dkr.ecr` is ECR's registry. */
const AWS_HOST_SERVICES: ReadonlySet<string> = new Set([
	's3',
	'sts',
	'kms',
	'dynamodb',
	'lambda',
	'secretsmanager',
	'ssm',
	'ecr',
	'ec2',
	'iam',
	'cloudformation',
]);

/** Codes that say only "the SDK raised an error": never the reader's error itself. */
const GENERIC_CODES = new Set([
	'ClientError',
	'ServiceException',
	'SdkClientException',
	'Error',
	'Unknown',
]);

const DENY_KINDS: ReadonlyArray<
	readonly [string, DenyType extends `${string}:${infer K}` ? K : never]
> = [
	['service control policy', 'scp'],
	['resource control policy', 'rcp'],
	['permissions boundary', 'boundary'],
	['identity-based policy', 'identity'],
	['resource-based policy', 'resource'],
	['session policy', 'session'],
	['VPC endpoint policy', 'endpoint'],
];

function denyOf(text: string): DenyType | undefined {
	// `in a VPC endpoint policy transitively through a service control policy` names both; the
	// service control policy, first in DENY_KINDS, is where the deny comes from.
	const explicit = first(text, /with an explicit deny in an? ([A-Za-z -]{3,100}?)(?:[.:,]|\s*$)/m);
	const implicit = first(text, /because no ([A-Za-z -]{3,40}?) allows/);
	for (const [match, type] of [
		[explicit, 'explicit'],
		[implicit, 'implicit'],
	] as const) {
		if (!match) continue;
		const named = match[1]!.toLowerCase();
		const kind = DENY_KINDS.find(([words]) => named.includes(words.toLowerCase()));
		if (kind) return `${type}:${kind[1]}`;
	}
	return undefined;
}

/** Everything the text says about the error in it. */
export function extractFacts(pasted: string): ErrorFacts {
	const text = readable(pasted);
	const facts: ErrorFacts = { codes: [], services: [], actions: [] };
	const addService = (name: string) => {
		const id = serviceId(name);
		if (id && !facts.services.includes(id)) facts.services.push(id);
	};

	facts.tool = TOOL_MARKERS.find(([, marker]) => marker.test(text))?.[0];

	for (const pattern of WRAPPED_CODES)
		for (const match of text.matchAll(pattern)) {
			const code = match[1]!;
			if (!GENERIC_CODES.has(code) && !facts.codes.includes(code)) facts.codes.push(code);
		}

	const cli = first(text, /when calling the ([A-Za-z0-9]{1,100}) operation/);
	const go = first(text, /operation error ([A-Za-z0-9 ]{1,60}): ([A-Za-z0-9]{1,100})/);
	const java = first(text, /\(Service: ([A-Za-z0-9 ]{1,60})[,;] Status Code: (\d{3})/);
	facts.operation = cli?.[1] ?? go?.[2];
	const answered = (name: string) => (facts.answeredBy ??= serviceId(name));
	const status =
		java?.[2] ??
		first(text, /StatusCode: (\d{3})/)?.[1] ??
		first(text, /Status Code: (\d{3})/)?.[1];
	if (status) facts.status = Number(status);

	// The AWS CLI command itself, when pasted with its output: `aws s3api get-object ...`.
	const command = first(text, /(?:^|[\s$>'"`])aws ([a-z0-9-]{2,40}) [a-z0-9-]{2,80}/m);
	// CloudFormation reports other services' errors in its stack events, acts under the session
	// name AWSCloudFormation, and is what the reader is working with when its events say so.
	if (
		/\bAWSCloudFormation\b|\b(?:CREATE|UPDATE|DELETE)_FAILED\b|The following resource\(s\) failed to|Resource handler returned message|HandlerErrorCode/.test(
			text
		)
	)
		answered('cloudformation');
	for (const name of [go?.[1], java?.[1], command && (command[1] === 's3api' ? 's3' : command[1])])
		if (name) answered(name);

	// IAM actions; service prefixes are case-insensitive, and messages print `SNS:Publish` too.
	for (const match of text.matchAll(
		/(?<![\w/.:-])([a-z][a-z0-9-]{1,40}|[A-Z][A-Z0-9-]{1,40}):([A-Z][A-Za-z0-9]{1,100}|\*)/g
	)) {
		const action = `${match[1]!.toLowerCase()}:${match[2]}`;
		if (match[1] !== 'arn' && !facts.actions.includes(action)) {
			facts.actions.push(action);
			addService(match[1]!);
		}
	}
	for (const match of text.matchAll(
		/\b([a-z][a-zA-Z]{1,40}\.[a-z][a-zA-Z]{1,40}\.[a-z][a-zA-Z]{1,60})\b(?= access|'| permission| denied|"|$)/gm
	))
		if (!/\.(?:com|net|org|io)$/.test(match[1]!) && !facts.actions.includes(match[1]!))
			facts.actions.push(match[1]!);

	const arns = [
		...text.matchAll(
			/arn:aws[a-z-]{0,20}:([a-z0-9-]{1,40}):([a-z0-9-]{0,30}):(\d{12})?:[^\s"'`,;)\]}]{1,500}/g
		),
	];
	const principal =
		first(text, /User: (arn:aws[^\s"'`,;]{1,500}) is not authorized/) ??
		first(
			text,
			/[Tt]he client '([^'\s]{1,200})'(?: with object id '[^'\s]{1,100}')? does not have/
		) ??
		first(text, /User "([^"\s]{1,200})" cannot /);
	facts.principal = principal?.[1];
	facts.objectId = first(text, /with object id '([0-9a-f-]{36})'/)?.[1];
	const s3Uri = first(text, /\bs3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/([^\s"'`]{1,1024}))?/);
	if (s3Uri) facts.s3Uri = { bucket: s3Uri[1]!, key: s3Uri[2] };
	facts.namespace = first(text, /in the namespace "([a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?)"/)?.[1];
	// git names the repository it was refused, and on a refused push the account that asked.
	const gitDenied = first(
		text,
		/Permission to ([\w.-]{1,100}\/[\w.-]{1,100}?)(?:\.git)? denied to ([A-Za-z0-9-]{1,39})\./
	);
	facts.repository =
		gitDenied?.[1] ??
		first(
			text,
			/(?:unable to access|Authentication failed for) 'https?:\/\/(?:[^\s'/@]{1,100}@)?[^\s'/@]{1,253}\/([\w.-]{1,100}\/[\w.-]{1,100}?)(?:\.git)?\/?'/
		)?.[1];
	facts.principal ??= gitDenied?.[2];
	// The kubelet and containerd quote the image whose pull failed.
	facts.image = first(
		text,
		/(?:Failed to pull image|Back-off pulling image|failed to resolve reference) "([^"\s]{1,300})"/
	)?.[1];
	// Azure names the operation it refused as an action: `Microsoft.Compute/virtualMachines/read`.
	for (const match of text.matchAll(/perform action '([A-Za-z][A-Za-z0-9./_-]{2,200})'/g))
		if (!facts.actions.includes(match[1]!)) facts.actions.push(match[1]!);
	// The service of what was refused, not of who asked: a role's ARN says `iam` or `sts` whatever it called.
	for (const arn of arns) if (arn[0] !== facts.principal) addService(arn[1]!);
	facts.account =
		(facts.principal &&
			/^arn:aws[a-z-]{0,20}:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:(\d{12}):/.exec(
				facts.principal
			)?.[1]) ||
		arns.find((arn) => arn[3])?.[3];
	facts.resource =
		first(text, /on resource:? "?(arn:aws[^\s"'`,;]{1,500})/)?.[1] ??
		first(text, /over scope '([^'\s]{1,500})'/)?.[1];

	// Hosts such as `example-bucket.s3.us-east-1.amazonaws.com` or `sts.amazonaws.com`: found
	// with indexOf and read backwards a short way, so a run of dots costs nothing.
	for (
		let at = text.indexOf('.amazonaws.com'), seen = 0;
		at !== -1 && facts.answeredBy === undefined && seen < 20;
		at = text.indexOf('.amazonaws.com', at + 1), seen++
	) {
		let start = at;
		while (start > 0 && at - start < 120 && /[a-z0-9.-]/.test(text[start - 1]!)) start--;
		const labels = text.slice(start, at).split('.');
		const service = labels.find((label) => AWS_HOST_SERVICES.has(label));
		if (service) answered(service);
	}
	if (/\.dkr\.ecr\./.test(text)) answered('ecr');

	facts.deny = denyOf(text);
	facts.region = first(
		text,
		/\b((?:us|eu|ap|sa|ca|me|af|il|mx)-(?:gov-)?(?:north|south|east|west|central|northeast|southeast|northwest|southwest)-\d)\b/
	)?.[1];
	return facts;
}
