// The commands and flags the guides may print, per tool, each checked against the tool's official
// reference (`docs` gives the page) and against the tool's own `--help` where it is installed
// (`node tests/samples/command-reference-help.ts` re-checks every entry). A guide that prints a
// command or flag missing here fails `tool-commands.test.ts`: check it in the reference, then add
// it. Only what the reference documents goes in; nothing is added to make a sample pass.
import type { ToolReference } from './command-grammar.ts';

const gcloud: ToolReference = {
	docs: (path) => `https://cloud.google.com/sdk/gcloud/reference/${path.replaceAll(' ', '/')}`,
	// gcloud's global flags: https://cloud.google.com/sdk/gcloud/reference#--account
	global: [
		'--account',
		'--billing-project',
		'--configuration',
		'--flags-file',
		'--flatten',
		'--format',
		'--help',
		'--impersonate-service-account',
		'--log-http',
		'--project',
		'--quiet',
		'-q',
		'--verbosity',
	],
	commands: {
		'artifacts repositories add-iam-policy-binding': ['--location', '--member', '--role'],
		'auth application-default login': ['--scopes', '--no-launch-browser'],
		'auth application-default print-access-token': [],
		'auth application-default set-quota-project': [],
		'auth list': [],
		'auth login': ['--cred-file', '--no-launch-browser', '--update-adc'],
		'components install': [],
		'compute instances set-service-account': [
			'--zone',
			'--service-account',
			'--scopes',
			'--no-scopes',
		],
		'config set': [],
		'container clusters get-credentials': ['--location', '--region', '--zone'],
		'iam policies list': ['--attachment-point', '--kind'],
		'iam roles describe': [],
		'iam service-accounts add-iam-policy-binding': ['--member', '--role'],
		'iam workload-identity-pools create-cred-config': [
			'--service-account',
			'--aws',
			'--enable-imdsv2',
			'--output-file',
		],
		'logging metrics create': ['--description', '--log-filter'],
		'logging read': ['--freshness', '--limit', '--order'],
		'policy-intelligence troubleshoot-policy iam': ['--principal-email', '--permission'],
		'projects add-iam-policy-binding': ['--member', '--role', '--condition'],
		'projects describe': [],
		'run services update': ['--region', '--service-account'],
		'services enable': [],
		'services list': ['--enabled', '--available'],
		'storage buckets add-iam-policy-binding': ['--member', '--role'],
	},
};

const az: ToolReference = {
	docs: (path) =>
		`https://learn.microsoft.com/cli/azure/${path.split(' ').slice(0, -1).join('/') || 'reference-index'}#az-${path.replaceAll(' ', '-')}`,
	// Azure CLI's global arguments: https://learn.microsoft.com/cli/azure/use-azure-cli-successfully#global-parameters
	global: [
		'--debug',
		'--help',
		'-h',
		'--only-show-errors',
		'--output',
		'-o',
		'--query',
		'--subscription',
		'--verbose',
	],
	commands: {
		'account get-access-token': ['--resource', '--resource-type', '--scope', '--tenant'],
		'account set': [],
		'account show': [],
		'ad app credential list': ['--id', '--cert'],
		'ad app credential reset': ['--id', '--append', '--display-name', '--years', '--end-date'],
		'ad app federated-credential create': ['--id', '--parameters'],
		'ad app show': ['--id'],
		'ad app update': ['--id', '--sign-in-audience'],
		'ad signed-in-user show': [],
		'ad sp create': ['--id'],
		'ad sp list': ['--filter', '--display-name', '--all'],
		'ad sp show': ['--id'],
		'aks get-credentials': ['--resource-group', '-g', '--name', '-n', '--overwrite-existing'],
		'aks update': ['--resource-group', '-g', '--name', '-n', '--attach-acr'],
		'group show': ['--name', '-n'],
		'identity show': ['--resource-group', '-g', '--name', '-n'],
		// `--certificate` is Azure CLI 2.67 and later (older releases took the PEM in `--password`).
		login: [
			'--service-principal',
			'--username',
			'-u',
			'--password',
			'-p',
			'--certificate',
			'--tenant',
			'-t',
			'--allow-no-subscriptions',
			'--identity',
			'--use-device-code',
		],
		logout: [],
		'monitor activity-log list': ['--offset', '--resource-group', '-g', '--caller'],
		'provider register': ['--namespace', '-n', '--wait'],
		'provider show': ['--namespace', '-n'],
		rest: ['--method', '-m', '--url', '-u', '--body', '-b', '--headers', '--resource'],
		'role assignment create': [
			'--assignee',
			'--assignee-object-id',
			'--assignee-principal-type',
			'--role',
			'--scope',
			'--resource-group',
			'-g',
		],
		'role assignment list': [
			'--assignee',
			'--all',
			'--include-inherited',
			'--include-groups',
			'--scope',
			'--role',
			'--resource-group',
			'-g',
		],
		'role definition list': ['--name', '-n', '--custom-role-only', '--scope'],
		'role definition update': ['--role-definition'],
		'storage account network-rule add': [
			'--resource-group',
			'-g',
			'--account-name',
			'--ip-address',
			'--subnet',
		],
		'storage account show': ['--name', '-n', '--resource-group', '-g'],
		'storage blob list': ['--account-name', '--container-name', '-c', '--auth-mode', '--prefix'],
		'storage container generate-sas': [
			'--account-name',
			'--name',
			'-n',
			'--permissions',
			'--expiry',
			'--auth-mode',
			'--as-user',
		],
	},
};

const kubectl: ToolReference = {
	docs: (path) =>
		`https://kubernetes.io/docs/reference/kubectl/generated/${path
			.split(' ')
			.map((_, i, words) => `kubectl_${words.slice(0, i + 1).join('_')}`)
			.join('/')}/`,
	// kubectl's global flags: https://kubernetes.io/docs/reference/kubectl/generated/kubectl/
	global: [
		'--as',
		'--as-group',
		'--cluster',
		'--context',
		'--kubeconfig',
		'--namespace',
		'-n',
		'--request-timeout',
		'--server',
		'-s',
		'--token',
		'--user',
		'-v',
	],
	commands: {
		apply: ['--filename', '-f', '--dry-run', '--server-side'],
		'auth can-i': ['--list', '--quiet', '-q', '--subresource', '--all-namespaces', '-A'],
		'auth whoami': ['--output', '-o'],
		'config current-context': [],
		'config get-contexts': ['--output', '-o'],
		'config use-context': [],
		'config view': ['--minify', '--raw', '--output', '-o'],
		'create clusterrole': ['--verb', '--resource', '--resource-name', '--dry-run', '-o'],
		'create clusterrolebinding': ['--clusterrole', '--user', '--group', '--serviceaccount'],
		'create role': ['--verb', '--resource', '--resource-name', '--dry-run', '-o'],
		'create rolebinding': ['--role', '--clusterrole', '--user', '--group', '--serviceaccount'],
		'create secret docker-registry': [
			'--docker-server',
			'--docker-username',
			'--docker-password',
			'--docker-email',
			'--from-file',
		],
		'create secret generic': ['--from-file', '--from-literal', '--type'],
		'create token': ['--duration', '--audience'],
		describe: ['--selector', '-l'],
		get: [
			'--all-namespaces',
			'-A',
			'--field-selector',
			'--selector',
			'-l',
			'--label-columns',
			'-L',
			'--output',
			'-o',
			'--watch',
			'-w',
		],
		patch: ['--patch', '-p', '--type'],
		'rollout restart': [],
	},
};

const docker: ToolReference = {
	docs: (path) => `https://docs.docker.com/reference/cli/docker/${path.replaceAll(' ', '/')}/`,
	// docker's global options: https://docs.docker.com/reference/cli/docker/#options
	global: ['--config', '--context', '-c', '--debug', '-D', '--host', '-H', '--log-level', '-l'],
	commands: {
		'context inspect': ['--format', '-f'],
		'context ls': ['--format', '--quiet', '-q'],
		'context show': [],
		'context use': [],
		'image ls': ['--all', '-a', '--digests', '--format', '--quiet', '-q'],
		info: ['--format', '-f'],
		login: ['--username', '-u', '--password', '-p', '--password-stdin'],
		logout: [],
		pull: ['--all-tags', '-a', '--platform', '--quiet', '-q'],
		push: ['--all-tags', '-a', '--quiet', '-q'],
		run: ['--rm', '--interactive', '-i', '--tty', '-t', '--name'],
		tag: [],
	},
};

const npm: ToolReference = {
	docs: (path) => `https://docs.npmjs.com/cli/v11/commands/npm-${path.split(' ')[0]}`,
	// npm takes any of its config keys as a flag on any command: https://docs.npmjs.com/cli/v11/using-npm/config
	global: [
		'--global',
		'-g',
		'--json',
		'--loglevel',
		'--otp',
		'--prefix',
		'--registry',
		'--scope',
		'--userconfig',
	],
	commands: {
		'config get': [],
		'config list': ['--long', '-l'],
		'config set': ['--location'],
		install: ['--save-dev', '--no-save'],
		login: ['--auth-type'],
		'owner ls': [],
		publish: ['--access', '--dry-run', '--tag', '--provenance'],
		whoami: [],
	},
};

const terraform: ToolReference = {
	docs: (path) => `https://developer.hashicorp.com/terraform/cli/commands/${path}`,
	global: ['-help', '-chdir'],
	commands: {
		apply: ['-auto-approve', '-lock-timeout', '-input', '-var', '-var-file'],
		'force-unlock': ['-force'],
		init: ['-backend-config', '-migrate-state', '-reconfigure', '-upgrade'],
		plan: ['-lock-timeout', '-out', '-var', '-var-file', '-input'],
		'state push': ['-force', '-lock-timeout'],
	},
};

const gh: ToolReference = {
	docs: (path) => `https://cli.github.com/manual/gh_${path.replaceAll(' ', '_')}`,
	global: ['--help'],
	commands: {
		'auth login': ['--hostname', '-h', '--git-protocol', '-p', '--web', '-w', '--scopes', '-s'],
		'auth setup-git': ['--hostname', '-h'],
		'auth status': ['--hostname', '-h', '--show-token', '-t'],
	},
};

const ssh: ToolReference = {
	docs: () => 'https://man.openbsd.org/ssh',
	global: [],
	combinesShortFlags: true,
	commands: { '': ['-T', '-v', '-o', '-i', '-p', '-F'] },
};

const sshKeygen: ToolReference = {
	docs: () => 'https://man.openbsd.org/ssh-keygen',
	global: [],
	combinesShortFlags: true,
	commands: { '': ['-t', '-C', '-f', '-l', '-E', '-N'] },
};

const sshAdd: ToolReference = {
	docs: () => 'https://man.openbsd.org/ssh-add',
	global: [],
	combinesShortFlags: true,
	commands: { '': ['-l', '-L', '-E', '-D', '-d'] },
};

const kubelogin: ToolReference = {
	docs: () => 'https://azure.github.io/kubelogin/cli/convert-kubeconfig.html',
	global: ['--help', '-h'],
	commands: { 'convert-kubeconfig': ['--login', '-l', '--kubeconfig'] },
};

const nvm: ToolReference = {
	docs: () => 'https://github.com/nvm-sh/nvm#usage',
	global: [],
	commands: { install: ['--lts'], use: ['--lts'] },
};

const curl: ToolReference = {
	docs: () => 'https://curl.se/docs/manpage.html',
	global: [],
	combinesShortFlags: false,
	commands: {
		'': [
			'--data',
			'-d',
			'--fail',
			'-f',
			'--head',
			'-I',
			'--header',
			'-H',
			'--silent',
			'-s',
			'--upload-file',
			'-T',
			'--user',
			'-u',
		],
	},
};

/** Every tool whose commands the tests check against a reference table, by the name typed. */
export const TOOL_REFERENCES: Readonly<Record<string, ToolReference>> = {
	gcloud,
	az,
	kubectl,
	docker,
	npm,
	terraform,
	gh,
	ssh,
	'ssh-keygen': sshKeygen,
	'ssh-add': sshAdd,
	kubelogin,
	nvm,
	curl,
};
