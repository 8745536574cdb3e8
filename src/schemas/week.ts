import { z } from 'astro/zod';
import { text } from './common.ts';
import { WHEN_SHORT } from './ids.ts';

/** A step of a week's routine, a checklist item with a stable id for stored progress. */
const task = z.strictObject({
	/** Stable id, kebab-case; stored progress keys on it. */
	id: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
	/** What to do, as a checklist line. */
	label: text('the task'),
	/**
	 * What the plan does with the task when fewer than four weeks are left before the interview:
	 * `keep` it, `drop` it, or drop it only under two weeks (`drop-under-two-weeks`).
	 * @example whenShort: drop
	 */
	whenShort: z.enum(WHEN_SHORT, { error: `say what happens when time is short: ${WHEN_SHORT.join(', ')}` }).default('keep'),
});

/** A week of the four-week practice routine: `content/weeks/week-<n>.md`. */
export const weekSchema = () =>
	z.strictObject({
		/** Week number, 1 to 4. */
		week: z.number().int().min(1).max(4),
		/** The week's one-word focus, e.g. "Inventory". */
		title: text('a title'),
		/** What the week produces, in one sentence. */
		goal: text('the goal'),
		/** The week's steps. */
		tasks: z.array(task).min(1),
	});

export type Week = z.output<ReturnType<typeof weekSchema>>;
