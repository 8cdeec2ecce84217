/**
 * "Report a problem with this guide" and "Edit this guide": links into the content's repository,
 * built from one setting (SITE_CONFIG.repository). The report names the guide, its address and
 * its checked date, and nothing about the reader.
 */
import { isoDate } from './utils/dates.ts';

export interface FeedbackLinks {
	report: string;
	edit: string;
}

export function feedbackLinks(
	guide: { id: string; data: { title: string; updated: Date } },
	pageUrl: string,
	settings: { repository?: string | undefined; branch: string }
): FeedbackLinks | undefined {
	if (!settings.repository) return undefined;
	const repository = settings.repository.replace(/\/+$/, '');
	const body = [
		`Guide: ${guide.id}`,
		`Page: ${pageUrl}`,
		`Checked: ${isoDate(guide.data.updated)}`,
		'',
		'What is wrong, and what is right (a link to the documentation that says so helps):',
		'',
	].join('\n');
	const report = new URL(`${repository}/issues/new`);
	report.searchParams.set('title', `Problem in ${guide.id}: `);
	report.searchParams.set('body', body);
	return {
		report: report.href,
		edit: `${repository}/edit/${settings.branch}/content/errors/${guide.id}.mdx`,
	};
}
