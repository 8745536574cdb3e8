import { z } from 'astro/zod';
import { description, text } from './common.ts';
import { BEATS, BUCKETS, COMPETENCIES, LOOP_STAGES, ORIGINS, QUESTION_STYLES, THEMES } from './ids.ts';
import type { ReferenceFactory } from './reference.ts';

/** One cue per STAR-TR beat, written for this prompt: what to say in that beat. */
const beatCues = z.object(
	Object.fromEntries(BEATS.map((beat) => [beat, text(`the ${beat} cue for this prompt`)])) as {
		[K in (typeof BEATS)[number]]: ReturnType<typeof text>;
	},
);

/** One to four competencies from the fixed list, none twice. */
const competencies = z
	.array(z.enum(COMPETENCIES), { error: `list the competencies the prompt probes, from: ${COMPETENCIES.join(', ')}` })
	.min(1, `name at least one competency the prompt probes (${COMPETENCIES.join(', ')})`)
	.max(4, 'keep the competencies to the four a good answer must handle most')
	.superRefine((list, ctx) => {
		for (const [i, value] of list.entries()) {
			if (list.indexOf(value) === i) continue;
			ctx.addIssue({
				code: 'custom',
				path: [i],
				message: `"${value}" is listed twice`,
				params: { fix: `remove the second "${value}"` },
			});
		}
	});

/** An interview prompt of the question bank: `content/prompts/<slug>.md`. */
export const promptSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The question as an interviewer asks it. */
		question: text('the question as an interviewer asks it'),
		/** A short label for the sidebar and cards, e.g. "Outage you owned". */
		short: text('a short label').pipe(z.string().max(40, 'keep the short label under 40 characters')),
		/** Which of the three buckets the prompt belongs to. */
		bucket: z.enum(BUCKETS),
		/** The theme that groups it inside its bucket. */
		theme: z.enum(THEMES),
		/** What a good answer must handle, one to four of the fixed competencies; bank and search filter on them. */
		competencies,
		/** How the question is asked: a past event, a general approach or a hypothetical. */
		questionStyle: z.enum(QUESTION_STYLES),
		/** Where the prompt comes from (the fifteen, the screen list's eight, or added by us). */
		origin: z.enum(ORIGINS),
		/** One of the four prompts to prepare cold; they are shown first everywhere. */
		highestSignal: z.boolean().default(false),
		/** Position in listings; lower comes first. */
		order: z.number().int().nonnegative(),
		/** What the interviewer is probing for, in one or two sentences. */
		probes: text('what the prompt probes'),
		/** The story types that answer it best. */
		storyTypes: z.array(reference('storyTypes')).min(1, 'name at least one story type'),
		/** Follow-up questions the interviewer is likely to ask. */
		followUps: z.array(text('a follow-up question')).min(2, 'list at least two follow-ups'),
		/** The pitfalls this prompt invites. */
		pitfalls: z.array(reference('pitfalls')).min(1, 'name at least one pitfall'),
		/** The rubric dimensions the prompt probes. */
		rubric: z.array(reference('rubric')).min(1, 'name at least one rubric dimension'),
		/** What a senior+ answer adds beyond a competent one. */
		seniorPlus: text('what a senior+ answer adds'),
		/** A cue per STAR-TR beat, for the timer and the flashcard. */
		beatCues,
		/** The rounds where the question tends to come up. */
		loopStages: z.array(z.enum(LOOP_STAGES)).default([]),
		/** Meta description; derived from the question and cue when left out. */
		description,
	});

export type Prompt = z.output<ReturnType<typeof promptSchema>>;
