import { z } from 'astro/zod';
import { secondsRange, text } from './common.ts';

/** A STAR-TR beat: `content/beats/<beat>.md`, with `<beat>` one of the six fixed beat ids. */
export const beatSchema = () =>
	z.strictObject({
		/** The beat's name as spoken, e.g. "Trade-off". */
		title: text('a title'),
		/** Position in the story, 1 to 6. */
		order: z.number().int().min(1).max(6),
		/** How long the beat runs in a full loop story, in seconds. */
		window: secondsRange,
		/** One line the timer shows while the beat runs. */
		cue: text('a one-line cue').pipe(z.string().max(90, 'keep the cue under 90 characters')),
		/** What the beat must contain. */
		mustContain: z.array(text('an item the beat must contain')).min(1),
		/** A yes/no question for the self-score checklist. */
		check: text('a yes/no self-check question'),
	});

export type Beat = z.output<ReturnType<typeof beatSchema>>;
