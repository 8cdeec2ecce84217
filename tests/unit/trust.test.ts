// Trust that lasts: report and edit links, redirects from old paths, and the age of a guide.
import { expect, test } from 'vitest';
import { feedbackLinks } from '../../src/feedback-links.ts';
import { redirectFile, redirectPage, redirectsFile, redirectsOf } from '../../src/redirects.ts';
import { formatAge, monthsBetween, staleAge } from '../../src/utils/dates.ts';

const guide = {
	id: 'aws/s3-access-denied',
	data: { title: 'Amazon S3 AccessDenied', updated: new Date('2026-03-14') },
};

test('the report link opens a new issue naming the guide, its address and its checked date, and nothing else', () => {
	const links = feedbackLinks(guide, 'https://fixerror.dev/aws/s3-access-denied/', {
		repository: 'https://github.com/example-org/fixerror/',
		branch: 'main',
	})!;
	const report = new URL(links.report);
	expect(report.origin + report.pathname).toBe(
		'https://github.com/example-org/fixerror/issues/new'
	);
	const body = report.searchParams.get('body')!;
	expect(body).toContain('Guide: aws/s3-access-denied');
	expect(body).toContain('Page: https://fixerror.dev/aws/s3-access-denied/');
	expect(body).toContain('Checked: 2026-03-14');
	expect([...report.searchParams.keys()].sort()).toEqual(['body', 'title']);
	expect(links.edit).toBe(
		'https://github.com/example-org/fixerror/edit/main/content/errors/aws/s3-access-denied.mdx'
	);
	expect(feedbackLinks(guide, 'x', { repository: undefined, branch: 'main' })).toBeUndefined();
});

test('each old path redirects, with and without its slash; its page sends the reader on and is not indexed', () => {
	const list = redirectsOf([
		{ id: 'aws/new-name', data: { redirectFrom: ['/aws/old-name/'] } },
		{ id: 'aws/other', data: {} },
	]);
	expect(list).toEqual([{ from: '/aws/old-name/', to: '/aws/new-name/' }]);
	expect(redirectsFile(list)).toBe(
		'/aws/old-name/ /aws/new-name/ 301\n/aws/old-name /aws/new-name/ 301\n'
	);
	expect(redirectFile('/aws/old-name/')).toBe('./aws/old-name/index.html');
	const page = redirectPage(list[0]!, 'https://fixerror.dev', "default-src 'none'");
	expect(page).toContain('<meta http-equiv="refresh" content="0; url=/aws/new-name/">');
	expect(page).toContain('<link rel="canonical" href="https://fixerror.dev/aws/new-name/">');
	expect(page).toContain('<meta name="robots" content="noindex">');
	expect(page).toContain('<a href="/aws/new-name/">');
});

test('ages in whole months, said as a reader would', () => {
	expect(monthsBetween(new Date('2026-01-31'), new Date('2026-02-28'))).toBe(0);
	expect(monthsBetween(new Date('2026-01-31'), new Date('2026-03-01'))).toBe(1);
	expect(monthsBetween(new Date('2024-03-01'), new Date('2026-11-29'))).toBe(32);
	expect(formatAge(1)).toBe('1 month');
	expect(formatAge(12)).toBe('1 year');
	expect(formatAge(32)).toBe('2 years and 8 months');
	expect(staleAge(new Date('2025-11-30'), new Date('2026-11-29'), 12)).toBeUndefined();
	expect(staleAge(new Date('2025-11-29'), new Date('2026-11-29'), 12)).toBe(12);
});
