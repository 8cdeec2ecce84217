// Every piece of code the guides print, with where it sits: the fixes' samples, the messages, and
// the code fences in the prose and the body. The sample tests of this folder read it from here.
import { validateContent } from '../../src/content-checks/validate.ts';
import type { CodeSample } from '../../src/schemas/code-sample.ts';
import { guideCode } from '../../src/utils/guide-code.ts';

export interface CodeUnit {
	/** `content/errors/aws/foo.mdx: fixes[1].samples[0]`, or `...: body:41` for a fence. */
	where: string;
	/** The guide's id, `aws/foo`. */
	guide: string;
	/** Shiki's id for the language (`bash`, `json`, `yaml`, `hcl`, ...). */
	lang: string;
	code: string;
	/** The sample itself, for the fields only samples have (`filename`, `awsCliV2Only`). */
	sample?: CodeSample;
}

const { guides } = await validateContent(new URL('../../', import.meta.url));

/** The valid guides of the corpus. */
export const corpus = guides;

/** Every code unit of every guide. */
export const codeUnits: CodeUnit[] = guides.flatMap((guide) =>
	guideCode(guide.data, guide.body).map((unit) => ({
		...unit,
		where: `${guide.path}: ${unit.where}`,
		guide: guide.id,
	}))
);

/** Shell languages: their code is commands. */
export const SHELLS = new Set(['bash', 'sh', 'shell', 'zsh', 'console', 'shellsession']);
