import { z } from 'astro/zod';
import { description, sentences, text } from './common.ts';
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

/** The six beats once each, in STAR-TR order; names what is wrong so the author need not diff the list. */
const inStarTrOrder = (beats: readonly { beat: string }[], ctx: z.RefinementCtx) => {
	if (beats.length === BEATS.length && beats.every((b, i) => b.beat === BEATS[i])) return;
	const given = beats.map((b) => b.beat);
	const absent = BEATS.filter((beat) => !given.includes(beat));
	const problem =
		absent.length > 0
			? `missing the ${absent.join(', ')} beat${absent.length > 1 ? 's' : ''}`
			: `beats out of order or repeated (${given.join(', ')})`;
	ctx.addIssue({
		code: 'custom',
		message: problem,
		params: { fix: `list the six beats once each, in order: ${BEATS.join(', ')}` },
	});
};

/** One beat of the screen version: the same beat compressed to a sentence or two. */
const screenBeat = z.strictObject({
	/** Which STAR-TR beat this part is. */
	beat: z.enum(BEATS),
	/** The words of this beat in the 60–90 second version, one or two sentences. */
	text: sentences('this beat of the screen version', 1, 2),
});

/** A follow-up the answer invites, with a reply the candidate could give on the spot. */
const defendItem = z.strictObject({
	/** The follow-up as an interviewer would ask it. */
	question: text('the follow-up question'),
	/** A model reply, first person, in two or three sentences. */
	reply: sentences('a model reply', 2, 3),
});

/** How many follow-ups an answer prepares. */
export const DEFEND_COUNT = { min: 4, max: 5 } as const;

/** A worked sample answer: `content/answers/<slug>.md`. */
export const answerSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The page title, e.g. "Sample answer: the 02:14 payments outage". */
		title: text('a title'),
		/** The prompt this answers. */
		prompt: reference('prompts'),
		/** Position in listings; lower comes first. */
		order: z.number().int().nonnegative(),
		/** True for an answer composed for the guide, not retold from the source texts; the page labels it. */
		writtenForGuide: z.boolean().default(false),
		/** The six beats, in STAR-TR order. */
		beats: z.array(answerBeat(reference)).superRefine(inStarTrOrder),
		/** The 60–90 second version for a recruiter screen: the six beats again, a sentence or two each. */
		screen: z.array(screenBeat, { error: 'list the six beats of the 60–90 second version' }).superRefine(inStarTrOrder),
		/** The follow-ups this answer invites, each with a model reply: four or five of them. */
		defend: z
			.array(defendItem, { error: 'list the follow-ups this answer invites, each with a question and a reply' })
			.min(DEFEND_COUNT.min, `prepare at least ${DEFEND_COUNT.min} follow-ups`)
			.max(DEFEND_COUNT.max, `keep to the ${DEFEND_COUNT.max} follow-ups most likely to come`),
		/** Meta description; derived from the title when left out. */
		description,
	});

export type Answer = z.output<ReturnType<typeof answerSchema>>;
