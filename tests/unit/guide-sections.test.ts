import { expect, test } from 'vitest';
import { GUIDE_SECTIONS, guideAnchors, presentSections } from '../../src/schemas/guide-sections.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { validGuide } from './valid-guide.ts';

test('lists every section in the reading order of the seed page', () => {
	expect(presentSections(guideSchema.parse(validGuide())).map((s) => s.id)).toEqual([
		'why-this-happens',
		'how-to-fix-it',
		'detection',
		'related-errors',
		'faq',
		'when-to-escalate',
		'sources',
	]);
});

test('leaves out optional sections the guide has nothing for; required ones always stay', () => {
	const { detection, ...withoutDetection } = validGuide();
	expect(presentSections(guideSchema.parse(withoutDetection)).map((s) => s.id)).not.toContain(
		'detection'
	);
	// Raw frontmatter with nothing in it still has the required sections, for links into it.
	expect(presentSections({ detection: '  ', faqs: [] }).map((s) => s.id)).toEqual([
		'why-this-happens',
		'how-to-fix-it',
		'related-errors',
		'faq',
		'sources',
	]);
});

test('anchors: main, each section, and each item numbered from 1', () => {
	const guide = guideSchema.parse(validGuide());
	expect([...guideAnchors(guide)].sort()).toEqual(
		[
			'main',
			...[
				'why-this-happens',
				'how-to-fix-it',
				'detection',
				'related-errors',
				'faq',
				'when-to-escalate',
				'sources',
			],
			...['cause-1', 'cause-2', 'cause-3', 'fix-1', 'fix-2', 'fix-3'],
			...['faq-1', 'faq-2', 'faq-3', 'faq-4'],
		].sort()
	);
});

test('every section field is in the guide schema, with the section schema itself', () => {
	for (const section of GUIDE_SECTIONS)
		expect(guideSchema.shape[section.field], section.id).toBe(section.schema);
	expect(new Set(GUIDE_SECTIONS.map((s) => s.id)).size).toBe(GUIDE_SECTIONS.length);
});
