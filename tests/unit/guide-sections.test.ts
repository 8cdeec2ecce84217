import { expect, test } from 'vitest';
import { guideSections, itemAnchor } from '../../src/utils/guide-sections.ts';

const full = { detection: 'x', related: ['aws/a'], faqs: [{ question: 'q', answer: 'a' }], escalation: 'y' };

test('lists every section in the reading order of the seed page', () => {
	expect(guideSections(full).map((s) => s.id)).toEqual([
		'why-this-happens',
		'how-to-fix-it',
		'detection',
		'related-errors',
		'faq',
		'when-to-escalate',
		'sources',
	]);
});

test('leaves out optional sections the guide does not have', () => {
	const ids = guideSections({ detection: undefined, related: [], faqs: [], escalation: undefined }).map((s) => s.id);
	expect(ids).toEqual(['why-this-happens', 'how-to-fix-it', 'sources']);
});

test('numbers item anchors from 1, as the page does', () => {
	expect(itemAnchor('fix', 0)).toBe('fix-1');
	expect(itemAnchor('faq', 7)).toBe('faq-8');
});
