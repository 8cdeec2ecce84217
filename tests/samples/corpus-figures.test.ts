// The figures of what the checks read across the corpus, printed for the record (the checks
// themselves run in the validator and the other tests of this folder).
import { expect, test } from 'vitest';
import { validateContent } from '../../src/content-checks/validate.ts';
import { iamNamesIn } from '../../src/content-checks/text-facts.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { textFields } from '../../src/schemas/schema-walk.ts';

test('the checks read every guide: samples, policies, IAM names and ARNs', async () => {
	const { guides } = await validateContent(new URL('../../', import.meta.url));
	const samples = guides.flatMap((g) => g.data.fixes.flatMap((f) => f.samples));
	const texts = guides.flatMap((g) => [
		...textFields(guideSchema, g.data).map((f) => f.text),
		g.body,
	]);
	const names = new Set(texts.flatMap(iamNamesIn));
	const arns = new Set(
		texts.flatMap((text) => text.match(/arn:aws[a-z-]*:[^\s"'`<>()[\]{},;]*/g) ?? [])
	);
	const figures = {
		guides: guides.length,
		samples: samples.length,
		policies: samples.filter((s) => s.policy).length,
		verified: samples.filter((s) => s.verify).length,
		actions: [...names].filter((n) => !n.startsWith('aws:') && /^[a-z0-9-]+:[A-Z*]/.test(n)).length,
		'IAM names': names.size,
		ARNs: arns.size,
	};
	console.log(
		`corpus: ${Object.entries(figures)
			.map(([k, v]) => `${v} ${k}`)
			.join(', ')}`
	);
	expect(figures.guides).toBeGreaterThan(0);
	expect(figures['IAM names']).toBeGreaterThan(0);
});
