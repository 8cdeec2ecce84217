import { z } from 'astro/zod';
import { SLOT_NAMES, isSlotValue, type SlotName } from '../fill/values.ts';
import { ofKind } from './text.ts';
import { uniqueList } from './unique-list.ts';

const slotName = ofKind(
	'identifier',
	z.enum(SLOT_NAMES, { error: `expected a slot name: ${SLOT_NAMES.join(', ')}` })
);

/**
 * Where reading the guide's messages is not enough to find the values its samples hold: `add`
 * names example values the samples use that no message shows (the role of a cross-account bucket
 * policy), `exclude` names slots never to fill. See `src/fill/`.
 */
export const fillSchema = z
	.strictObject({
		add: z
			.partialRecord(
				slotName,
				ofKind(
					'identifier',
					z.string({ error: 'expected the example value as it appears in the samples' }).trim()
				)
			)
			.superRefine((values, ctx) => {
				for (const [name, value] of Object.entries(values))
					if (value !== undefined && !isSlotValue(name as SlotName, value))
						ctx.addIssue({
							code: 'custom',
							path: [name],
							message: `"${value}" is not a ${name} a reader's error could fill (wrong shape, or characters that need quoting)`,
						});
			})
			.optional(),
		exclude: uniqueList(slotName).optional(),
	})
	.optional();
