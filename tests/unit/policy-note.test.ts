import { expect, test } from 'vitest';
import { policyNote } from '../../src/utils/policy-note.ts';

test('the note says what was checked, from the verify block', () => {
	expect(
		policyNote({
			principal: 'arn:aws:iam::123456789012:role/app-role',
			action: 's3:GetObject',
			resource: 'arn:aws:s3:::example-bucket/*',
			context: {},
			expect: 'allowed',
		})
	).toBe(
		'Checked: allows `s3:GetObject` on `arn:aws:s3:::example-bucket/*` for `arn:aws:iam::123456789012:role/app-role`'
	);
	expect(
		policyNote({
			principal: 'arn:aws:iam::123456789012:role/app-role',
			action: 'ec2:RunInstances',
			resource: '*',
			context: { 'aws:RequestedRegion': 'eu-west-1', 'aws:TagKeys': ['team', 'env'] },
			expect: 'denied',
		})
	).toBe(
		'Checked: denies `ec2:RunInstances` on `*` for `arn:aws:iam::123456789012:role/app-role` when `aws:RequestedRegion` is `eu-west-1`, `aws:TagKeys` is `team` and `env`'
	);
});
