// Checks Kubernetes manifests against the API schema as the `kubernetes-models` package ships
// it: its runtime validators (types, required fields, enums) and its TypeScript interfaces, which
// are generated from the same OpenAPI schema and, unlike the validators, refuse a field the API
// does not define (`apiGroup:` where a rule needs `apiGroups:`).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import ts from 'typescript';

export interface Manifest {
	/** Where it sits, for messages. */
	where: string;
	document: Record<string, unknown>;
}

const require = createRequire(import.meta.url);

/** The module of a kind: `kubernetes-models/rbac.authorization.k8s.io/v1/Role`, `kubernetes-models/v1/Pod`. */
export const modelModule = (apiVersion: string, kind: string) =>
	`kubernetes-models/${apiVersion}/${kind}`;

/** Every problem with one manifest the runtime validator finds, or the kind it does not know. */
function validateAtRuntime({ document }: Manifest): string[] {
	const { apiVersion, kind } = document as { apiVersion?: unknown; kind?: unknown };
	if (typeof apiVersion !== 'string' || typeof kind !== 'string')
		return ['a manifest needs apiVersion and kind'];
	let Model: (new (data: unknown) => { validate(): void }) | undefined;
	try {
		Model = require(modelModule(apiVersion, kind))[kind];
	} catch {
		return [`unknown kind "${kind}" in apiVersion "${apiVersion}"`];
	}
	try {
		new Model!(document).validate();
		return [];
	} catch (error) {
		return [(error as Error).message.split('\n').slice(0, 4).join(' ')];
	}
}

/**
 * The TypeScript check: every manifest becomes an object literal typed with its kind's interface,
 * in one program, so excess-property checks name each field the schema does not define.
 */
function validateTypes(manifests: readonly Manifest[], workDir: string): Map<number, string[]> {
	const lines = manifests.map(({ document }, i) => {
		const { apiVersion, kind } = document as { apiVersion: string; kind: string };
		return `import type { I${kind} as T${i} } from '${modelModule(apiVersion, kind)}';\nexport const m${i}: T${i} = ${JSON.stringify(document)};`;
	});
	mkdirSync(workDir, { recursive: true });
	const file = join(workDir, 'manifests.ts');
	writeFileSync(file, `${lines.join('\n')}\n`);
	const program = ts.createProgram([file], {
		strict: true,
		noEmit: true,
		skipLibCheck: true,
		module: ts.ModuleKind.NodeNext,
		moduleResolution: ts.ModuleResolutionKind.NodeNext,
		target: ts.ScriptTarget.ES2022,
		types: [],
	});
	const problems = new Map<number, string[]>();
	for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
		if (!diagnostic.file || diagnostic.file.fileName !== file || diagnostic.start === undefined)
			continue;
		const line = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line;
		const index = Math.floor(line / 2);
		const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
		problems.set(index, [...(problems.get(index) ?? []), message]);
	}
	return problems;
}

/** Every problem with every manifest: `where: message`. */
export function checkManifests(manifests: readonly Manifest[], workDir: string): string[] {
	const runtime = manifests.map(validateAtRuntime);
	const known = manifests.filter((_, i) =>
		runtime[i]!.every((p) => !p.startsWith('unknown kind') && !p.startsWith('a manifest needs'))
	);
	const typed = validateTypes(known, workDir);
	const problems: string[] = [];
	manifests.forEach((manifest, i) =>
		runtime[i]!.forEach((problem) => problems.push(`${manifest.where}: ${problem}`))
	);
	known.forEach((manifest, i) =>
		typed.get(i)?.forEach((problem) => problems.push(`${manifest.where}: ${problem}`))
	);
	return problems;
}
