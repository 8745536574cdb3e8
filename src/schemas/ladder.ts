import { z } from 'astro/zod';
import { description, text } from './common.ts';
import { BEATS, LEVELS, type Level } from './ids.ts';
import type { ReferenceFactory } from './reference.ts';

/** The three steps between adjacent levels, keyed `from-to`, in the order a ladder is climbed. */
export const LEVEL_STEPS = ['mid-senior', 'senior-staff', 'staff-principal'] as const;
export type LevelStep = (typeof LEVEL_STEPS)[number];

/** The two levels a step joins: `senior-staff` → ['senior', 'staff']. */
export const stepLevels = (step: LevelStep) => step.split('-') as [Level, Level];

/** The six beats of one telling, keyed by beat, so a missing beat is named by the field it lacks. */
const tellingBeats = z.strictObject(
	Object.fromEntries(BEATS.map((beat) => [beat, text(`what the ${beat} beat says at this level`)])) as {
		[K in (typeof BEATS)[number]]: ReturnType<typeof text>;
	},
);

/** The story told by someone at one level. */
const telling = z.strictObject({
	/** Who is telling it: the teller's role and what they own, e.g. "Owns the payments service". */
	teller: text('who tells the story at this level and what they own'),
	/** The six beats, first person, as the candidate says them. */
	beats: tellingBeats,
});

/** One thing that changes from one level to the next, and the rubric dimension it shows. */
const change = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The beat where the change is heard. */
		beat: z.enum(BEATS),
		/** The rubric dimension the change shows; its level descriptions are the standard. */
		dimension: reference('rubric'),
		/** What the higher level says that the lower one does not, in a sentence or two. */
		change: text('what changes at this step'),
	});

/** A level ladder: one story told at mid, senior, staff and principal, `content/ladders/<prompt id>.md`. */
export const ladderSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The page title, e.g. "One outage at four levels". */
		title: text('a title'),
		/** The highest-signal prompt the story answers; one ladder per such prompt. */
		prompt: reference('prompts'),
		/** The events every level shares, in a sentence or two: what happened, with its figures. */
		story: text('the events every telling shares'),
		/** The story at each level, mid to principal. */
		levels: z.strictObject(Object.fromEntries(LEVELS.map((level) => [level, telling])) as { [K in Level]: typeof telling }),
		/** What changes at each step up, mid-senior, senior-staff and staff-principal. */
		changes: z.strictObject(
			Object.fromEntries(
				LEVEL_STEPS.map((step) => [step, z.array(change(reference)).min(1, 'list at least one change for this step')]),
			) as { [K in LevelStep]: z.ZodArray<ReturnType<typeof change>> },
		),
		/** Meta description; derived from the title when left out. */
		description,
	});

export type Ladder = z.output<ReturnType<typeof ladderSchema>>;
