// Code in every guide parses with its language's own parser: shell with `bash -n`, HCL with
// HashiCorp's HCL parser (@cdktf/hcl2json), and Kubernetes manifests validate against the API
// schema (kubernetes-manifests.ts). JSON and YAML are parsed by the validator at build.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parse as parseHcl } from '@cdktf/hcl2json';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { copyTextFor } from '../../src/utils/copy-text.ts';
import { SHELLS, codeUnits, type CodeUnit } from './corpus.ts';
import { checkManifests, type Manifest } from './kubernetes-manifests.ts';

const workDir = fileURLToPath(new URL('../.output/k8s/', import.meta.url));

/** `bash -n`'s complaint about a script, or `undefined` when it parses. */
function shellProblem(script: string): string | undefined {
	const result = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
	return result.status === 0 ? undefined : result.stderr.trim().replace(/^bash: /gm, '');
}

async function hclProblem(code: string): Promise<string | undefined> {
	try {
		await parseHcl('sample.tf', code);
		return undefined;
	} catch (error) {
		return String(error).replace(/^Error: /, '');
	}
}

/** The Kubernetes manifests among the YAML units: documents with an apiVersion and a kind. */
function manifestsIn(units: readonly CodeUnit[]): Manifest[] {
	return units.flatMap((unit) =>
		unit.lang !== 'yaml'
			? []
			: yaml.loadAll(unit.code).flatMap((document, i): Manifest[] =>
					document && typeof document === 'object' && 'apiVersion' in document && 'kind' in document
						? [
								{
									where: `${unit.where} (document ${i + 1})`,
									document: document as Record<string, unknown>,
								},
							]
						: []
				)
	);
}

const shells = codeUnits.filter((unit) => SHELLS.has(unit.lang));
const hcl = codeUnits.filter((unit) => unit.lang === 'hcl' || unit.lang === 'terraform');
const manifests = manifestsIn(codeUnits);

describe('the code in every guide parses', () => {
	test('shell', () => {
		const problems = shells.flatMap((unit) => {
			const problem = shellProblem(copyTextFor(unit.code, unit.lang));
			return problem ? [`${unit.where}: ${problem}`] : [];
		});
		console.log(`shell: ${shells.length} samples parsed with bash -n`);
		expect(problems).toEqual([]);
	});

	test('HCL', async () => {
		const problems: string[] = [];
		for (const unit of hcl) {
			const problem = await hclProblem(unit.code);
			if (problem) problems.push(`${unit.where}: ${problem}`);
		}
		console.log(`hcl: ${hcl.length} samples parsed`);
		expect(problems).toEqual([]);
	});

	test('Kubernetes manifests', () => {
		console.log(
			`kubernetes: ${manifests.length} manifests validated (${[...new Set(manifests.map((m) => m.document.kind))].join(', ')})`
		);
		expect(checkManifests(manifests, workDir)).toEqual([]);
	}, 60_000);
});

describe('the parsers reject what is wrong, so these checks can fail', () => {
	test('shell: an unclosed quote or a stray then', () => {
		expect(shellProblem('echo "unclosed')).toMatch(/unexpected EOF/);
		expect(shellProblem('if true; then\n  echo ok\nthen')).toMatch(/syntax error/);
		expect(shellProblem('aws sts get-caller-identity \\\n  --query Arn')).toBeUndefined();
	});

	test('HCL: a missing value', async () => {
		expect(await hclProblem('provider "aws" {\n  region =\n}\n')).toMatch(/Invalid expression/);
	});

	test('Kubernetes: a misspelt field, a wrong type, a missing field and an unknown kind', () => {
		const problems = checkManifests(
			[
				{
					where: 'role',
					document: {
						apiVersion: 'rbac.authorization.k8s.io/v1',
						kind: 'Role',
						metadata: { name: 'r' },
						rules: [{ apiGroup: [''], resources: ['pods'], verbs: ['get'] }],
					},
				},
				{
					where: 'binding',
					document: {
						apiVersion: 'rbac.authorization.k8s.io/v1',
						kind: 'RoleBinding',
						metadata: { name: 'b' },
						subjects: [{ kind: 'User', name: 'jane' }],
					},
				},
				{
					where: 'pod',
					document: {
						apiVersion: 'v1',
						kind: 'Pod',
						metadata: { name: 'p' },
						spec: {
							containers: [{ name: 'app', image: 'example/app:1.0' }],
							imagePullSecrets: 'regcred',
						},
					},
				},
				{ where: 'other', document: { apiVersion: 'v1', kind: 'Pdo', metadata: { name: 'x' } } },
			],
			workDir
		);
		expect(problems.find((p) => p.startsWith('role:'))).toMatch(
			/'"apiGroup"' does not exist in type 'IPolicyRule'/
		);
		expect(problems.some((p) => p.startsWith('binding:') && /roleRef/.test(p))).toBe(true);
		expect(problems.some((p) => p.startsWith('pod:') && /imagePullSecrets/.test(p))).toBe(true);
		expect(problems).toContain('other: unknown kind "Pdo" in apiVersion "v1"');
	}, 60_000);
});
