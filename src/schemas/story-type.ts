import { z } from 'astro/zod';
import { text } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

/** A kind of story the candidate should have ready: `content/story-types/<type>.md`. */
export const storyTypeSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The story type's name, e.g. "Production outage". */
		title: text('a title'),
		/** Position in listings. */
		order: z.number().int().nonnegative(),
		/** One sentence on what such a story shows. */
		summary: text('a one-sentence summary'),
		/** Where to dig for one, e.g. "incident channel history, post-mortem docs". */
		whereToFindOne: text('where to find such a story'),
		/** The two or three prompts the guide recommends this story for; each must name this type in `storyTypes`. */
		recommendedFor: z
			.array(reference('prompts'), { error: 'list the two or three prompts this story answers best, by file name' })
			.min(2, 'recommend at least two prompts: a story type that answers one prompt is a single answer')
			.max(3, 'recommend at most three prompts, the ones this story answers best'),
	});

export type StoryType = z.output<ReturnType<typeof storyTypeSchema>>;
