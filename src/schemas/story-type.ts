import { z } from 'astro/zod';
import { text } from './common.ts';

/** A kind of story the candidate should have ready: `content/story-types/<type>.md`. */
export const storyTypeSchema = () =>
	z.strictObject({
		/** The story type's name, e.g. "Production outage". */
		title: text('a title'),
		/** Position in listings. */
		order: z.number().int().nonnegative(),
		/** One sentence on what such a story shows. */
		summary: text('a one-sentence summary'),
		/** Where to dig for one, e.g. "incident channel history, post-mortem docs". */
		whereToFindOne: text('where to find such a story'),
	});

export type StoryType = z.output<ReturnType<typeof storyTypeSchema>>;
