import { z } from 'astro/zod';
import { description, text } from './common.ts';
import { BEATS } from './ids.ts';
import type { ReferenceFactory } from './reference.ts';

/** One beat of a sample answer, as spoken, with the annotation that explains it. */
const answerBeat = (reference: ReferenceFactory) =>
	z.strictObject({
		/** Which STAR-TR beat this part is. */
		beat: z.enum(BEATS),
		/** The words of the answer for this beat, first person, as the candidate says them. */
		text: text('the words of this beat'),
		/** Why this beat works: what the interviewer hears in it. */
		why: text('why this beat works'),
		/** The pitfalls this beat steers clear of. */
		avoids: z.array(reference('pitfalls')).default([]),
	});

/** A worked sample answer: `content/answers/<slug>.md`. */
export const answerSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The page title, e.g. "Sample answer: the 02:14 payments outage". */
		title: text('a title'),
		/** The prompt this answers. */
		prompt: reference('prompts'),
		/** Position in listings; lower comes first. */
		order: z.number().int().nonnegative(),
		/** True for an answer we wrote for the guide rather than one carried over from the seed. */
		writtenForGuide: z.boolean().default(false),
		/** The six beats, in STAR-TR order. */
		beats: z.array(answerBeat(reference)).superRefine((beats, ctx) => {
			if (beats.length === BEATS.length && beats.every((b, i) => b.beat === BEATS[i])) return;
			// Name what is wrong, so the author does not have to diff the list against STAR-TR.
			const given = beats.map((b) => b.beat);
			const absent = BEATS.filter((beat) => !given.includes(beat));
			const problem = absent.length > 0 ? `missing the ${absent.join(', ')} beat${absent.length > 1 ? 's' : ''}` : `beats out of order or repeated (${given.join(', ')})`;
			ctx.addIssue({ code: 'custom', message: problem, params: { fix: `list the six beats once each, in order: ${BEATS.join(', ')}` } });
		}),
		/** Meta description; derived from the title when left out. */
		description,
	});

export type Answer = z.output<ReturnType<typeof answerSchema>>;
