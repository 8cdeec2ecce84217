import { guideFill } from '../fill/slots.ts';
import { SLOT_NAMES } from '../fill/values.ts';
import type { GuideData } from '../schemas/guide.ts';
import { guideCode } from '../utils/guide-code.ts';
import type { Problem } from './problem.ts';

/**
 * The checks of a guide's fillable samples: a value the author adds (`fill.add`) must appear in
 * a sample, and a guide none of whose samples a reader's error can fill gets a warning.
 */
export function checkFill(
	file: string,
	data: GuideData,
	body: string
): { problems: Problem[]; warnings: Problem[] } {
	const { plan, slotted: found } = guideFill(
		data,
		guideCode(data, body).map((unit) => unit.code)
	);
	const problems: Problem[] = [];
	for (const name of SLOT_NAMES) {
		const value = data.fill?.add?.[name];
		if (value === undefined) continue;
		const index = plan.examples.findIndex((example) => example.value === value);
		if (!found.has(index))
			problems.push({
				file,
				field: `fill.add.${name}`,
				message: `"${value}" appears in no code sample as a whole value: give it exactly as a sample writes it, or remove it`,
			});
	}
	const warnings: Problem[] =
		found.size > 0
			? []
			: [
					{
						file,
						field: 'fill',
						message:
							plan.examples.length === 0
								? "no sample can be filled from a reader's error: the messages name no principal, account, action, resource, bucket or region (name one with fill.add if a sample holds it)"
								: `no sample can be filled from a reader's error: none holds ${plan.examples
										.slice(0, 3)
										.map((example) => `"${example.value}"`)
										.join(', ')} or another value of the messages`,
					},
				];
	return { problems, warnings };
}
