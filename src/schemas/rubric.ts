import { z } from 'astro/zod';
import { description, text } from './common.ts';
import { LEVELS } from './ids.ts';

/** What one rubric dimension sounds like at one level, and the yes/no check a candidate scores. */
const levelDescriptor = z.strictObject({
	/** What an answer at this level shows on this dimension. */
	expectation: text('what this level shows'),
	/** A yes/no question the candidate asks of their own answer at this level. */
	check: text('a yes/no self-check question'),
});

/** A dimension of the senior+ rubric: `content/rubric/<dimension>.md`. */
export const rubricSchema = () =>
	z.strictObject({
		/** The dimension's name, e.g. "Scope of ownership". */
		title: text('a title'),
		/** Position on the rubric page. */
		order: z.number().int().nonnegative(),
		/** One sentence on what the dimension measures. */
		summary: text('a one-sentence summary'),
		/** The dimension at each level, mid to principal. */
		levels: z.strictObject(
			Object.fromEntries(LEVELS.map((level) => [level, levelDescriptor])) as {
				[K in (typeof LEVELS)[number]]: typeof levelDescriptor;
			},
		),
		description,
	});

export type RubricDimension = z.output<ReturnType<typeof rubricSchema>>;
