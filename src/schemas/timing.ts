import { z } from 'astro/zod';
import { description, seconds, secondsRange, text } from './common.ts';

/** A timing preset for spoken answers: `content/timing/<preset>.md`. */
export const timingSchema = () =>
	z
		.strictObject({
			/** The preset's name, e.g. "Loop story". */
			title: text('a title'),
			/** When this length applies, in one sentence. */
			appliesTo: text('when this length applies'),
			/** The preset the timer starts on. Exactly one preset is the default. */
			default: z.boolean().default(false),
			/** The target total length in seconds. */
			target: secondsRange,
			/** Below this many seconds an answer reads as thin. */
			thinBelow: seconds,
			/** Above this many seconds an answer reads as too long. */
			tooLongAbove: seconds,
			/** Position in listings. */
			order: z.number().int().nonnegative(),
			description,
		})
		.refine((t) => t.thinBelow <= t.target.min && t.target.max <= t.tooLongAbove, {
			message: 'thinBelow must be at or under target.min, and tooLongAbove at or over target.max',
			path: ['target'],
		});

export type TimingPreset = z.output<ReturnType<typeof timingSchema>>;
