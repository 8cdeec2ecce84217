import type { z } from 'astro/zod';
import { textKinds, type TextKind } from './text.ts';

export interface TextField {
	/** Path in the frontmatter, e.g. `fixes[2].body`, as problems name it. */
	field: string;
	kind: TextKind;
	text: string;
}

// The parts of a Zod 4 schema definition the walk reads.
interface Def {
	type: string;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	innerType?: z.ZodType;
	in?: z.ZodType;
	keyType?: z.ZodType;
	valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Wrappers whose value is their inner schema's value. */
const WRAPPERS = new Set([
	'optional',
	'nullable',
	'default',
	'prefault',
	'readonly',
	'catch',
	'nonoptional',
]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Where a schema keeps text: what `textFields` follows for each value, worked out once per schema. */
type Plan =
	| { kind: TextKind }
	| { shape: Array<[string, Plan]> }
	| { element: Plan }
	| { values: Plan }
	| undefined;

const plans = new WeakMap<z.ZodType, Plan>();

function planOf(node: z.ZodType): Plan {
	if (plans.has(node)) return plans.get(node);
	let plan: Plan;
	const kind = textKinds.get(node)?.textKind;
	const def = defOf(node);
	if (kind) plan = { kind };
	else if (WRAPPERS.has(def.type)) plan = planOf(def.innerType!);
	else if (def.type === 'pipe') plan = planOf(def.in!);
	else if (def.type === 'object') {
		const shape = Object.entries(def.shape!).flatMap(([key, child]): Array<[string, Plan]> => {
			const childPlan = planOf(child);
			return childPlan ? [[key, childPlan]] : [];
		});
		plan = shape.length > 0 ? { shape } : undefined;
	} else if (def.type === 'array') {
		const element = planOf(def.element!);
		plan = element && { element };
	} else if (def.type === 'record') {
		const values = planOf(def.valueType!);
		plan = values && { values };
	}
	plans.set(node, plan);
	return plan;
}

/**
 * Every text value in `data` at a field whose schema declares a kind of text, with its path and
 * kind. Walks the schema, not a hand-kept list, so a field added to the schema is found here;
 * values that do not fit the schema (a number where text belongs) are skipped, the schema
 * reports those. With `kinds`, only fields of those kinds.
 */
export function textFields(
	schema: z.ZodType,
	data: unknown,
	kinds?: ReadonlySet<TextKind>
): TextField[] {
	const found: TextField[] = [];
	const walk = (plan: Plan, value: unknown, path: string): void => {
		if (!plan) return;
		if ('kind' in plan) {
			if (typeof value === 'string' && (!kinds || kinds.has(plan.kind)))
				found.push({ field: path, kind: plan.kind, text: value });
		} else if ('shape' in plan) {
			if (isRecord(value))
				for (const [key, child] of plan.shape)
					walk(child, value[key], path ? `${path}.${key}` : key);
		} else if ('element' in plan) {
			if (Array.isArray(value))
				value.forEach((item, i) => walk(plan.element, item, `${path}[${i}]`));
		} else if (isRecord(value))
			for (const [key, child] of Object.entries(value))
				walk(plan.values, child, path ? `${path}.${key}` : key);
	};
	walk(planOf(schema), data, '');
	return found;
}

/**
 * Every leaf of a schema that holds text, as a path pattern (`fixes[].samples[].code`, `services{}`
 * for a record's keys) with its declared kind, or `undefined` where none is declared. Tests use
 * it to prove that every text field of a guide says what kind of text it is.
 */
export function textLeaves(schema: z.ZodType): Array<{ path: string; kind: TextKind | undefined }> {
	const leaves: Array<{ path: string; kind: TextKind | undefined }> = [];
	const walk = (node: z.ZodType, path: string): void => {
		const kind = textKinds.get(node)?.textKind;
		if (kind) {
			leaves.push({ path, kind });
			return;
		}
		const def = defOf(node);
		if (WRAPPERS.has(def.type)) walk(def.innerType!, path);
		else if (def.type === 'pipe') walk(def.in!, path);
		else if (def.type === 'object')
			for (const [key, child] of Object.entries(def.shape!))
				walk(child, path ? `${path}.${key}` : key);
		else if (def.type === 'array') walk(def.element!, `${path}[]`);
		else if (def.type === 'record') {
			walk(def.keyType!, `${path}{key}`);
			walk(def.valueType!, `${path}{}`);
		} else if (
			['string', 'union', 'date', 'literal', 'enum', 'template_literal'].includes(def.type)
		)
			leaves.push({ path, kind: undefined });
	};
	walk(schema, '');
	return leaves;
}

/** Every field name an object schema allows, at any depth: the names "did you mean" suggests for a typo. */
export function fieldNames(schema: z.ZodType): Set<string> {
	const names = new Set<string>();
	const walk = (node: z.ZodType): void => {
		const def = defOf(node);
		if (WRAPPERS.has(def.type)) walk(def.innerType!);
		else if (def.type === 'pipe') walk(def.in!);
		else if (def.type === 'array') walk(def.element!);
		else if (def.type === 'object')
			for (const [key, child] of Object.entries(def.shape!)) {
				names.add(key);
				walk(child);
			}
	};
	walk(schema);
	return names;
}

/** The top-level fields of an object schema that must be present: those whose schema refuses `undefined`. */
export function requiredFields<T extends z.ZodObject>(schema: T): Array<keyof T['shape'] & string> {
	return Object.entries(schema.shape)
		.filter(([, field]) => !(field as z.ZodType).safeParse(undefined).success)
		.map(([key]) => key);
}
