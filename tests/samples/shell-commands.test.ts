import { expect, test } from 'vitest';
import { awsCommands, toolCommands } from './shell-commands.ts';

test('continued lines, pipelines, lists and substitutions', () => {
	const script = [
		'aws iam put-user-policy \\',
		'  --user-name deploy-bot \\',
		'  --policy-document file://policy.json # attach it',
		'aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com',
		'ROLE=$(aws iam get-role --role-name app-role --query Role.Arn --output text) && echo "$ROLE"',
		"AWS_PROFILE=dev aws s3 ls s3://example-bucket --query 'Contents[].Key'",
		'echo not aws',
	].join('\n');
	expect(awsCommands(script)).toEqual([
		{
			argv: [
				'iam',
				'put-user-policy',
				'--user-name',
				'deploy-bot',
				'--policy-document',
				'file://policy.json',
			],
			line: 1,
		},
		{ argv: ['ecr', 'get-login-password', '--region', 'us-east-1'], line: 4 },
		{
			argv: [
				'iam',
				'get-role',
				'--role-name',
				'app-role',
				'--query',
				'Role.Arn',
				'--output',
				'text',
			],
			line: 5,
		},
		{ argv: ['s3', 'ls', 's3://example-bucket', '--query', 'Contents[].Key'], line: 6 },
	]);
});

test("redirections are the shell's, not the command's", () => {
	expect(
		awsCommands('aws sts get-caller-identity --debug 2>&1 | grep -i credentials > out.txt').map(
			(c) => c.argv
		)
	).toEqual([['sts', 'get-caller-identity', '--debug']]);
});

test('variables stay visible as $NAME', () => {
	expect(
		awsCommands('aws sts assume-role --role-arn "$ROLE_ARN" --role-session-name x')[0]!.argv
	).toEqual(['sts', 'assume-role', '--role-arn', '$ROLE_ARN', '--role-session-name', 'x']);
});

test('any tool, with sudo dropped', () => {
	expect(
		toolCommands('sudo usermod -aG docker $USER\nsudo docker ps -a', 'docker').map((c) => c.argv)
	).toEqual([['ps', '-a']]);
});
