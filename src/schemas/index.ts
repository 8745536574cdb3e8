/**
 * Every collection's schema, keyed by collection name. `src/content.config.ts` hands these to
 * Astro; `scripts/check-content.ts` and the schema tests build the same schemas without Astro.
 */
import { answerSchema } from './answer.ts';
import { beatSchema } from './beat.ts';
import { faqSchema } from './faq.ts';
import { ladderSchema } from './ladder.ts';
import { glossarySchema } from './glossary.ts';
import { pitfallSchema } from './pitfall.ts';
import { promptSchema } from './prompt.ts';
import type { ReferenceFactory } from './reference.ts';
import { rubricSchema } from './rubric.ts';
import { storyTypeSchema } from './story-type.ts';
import { timingSchema } from './timing.ts';
import { weekSchema } from './week.ts';

/** Collection name → folder under `content/` and its schema factory. */
export const COLLECTIONS = {
	prompts: { dir: 'prompts', schema: promptSchema },
	answers: { dir: 'answers', schema: answerSchema },
	pitfalls: { dir: 'pitfalls', schema: pitfallSchema },
	rubric: { dir: 'rubric', schema: rubricSchema },
	beats: { dir: 'beats', schema: beatSchema },
	timing: { dir: 'timing', schema: timingSchema },
	weeks: { dir: 'weeks', schema: weekSchema },
	storyTypes: { dir: 'story-types', schema: storyTypeSchema },
	faq: { dir: 'faq', schema: faqSchema },
	ladders: { dir: 'ladders', schema: ladderSchema },
	glossary: { dir: 'glossary', schema: glossarySchema },
} as const satisfies Record<string, { dir: string; schema: (reference: ReferenceFactory) => unknown }>;

export type CollectionName = keyof typeof COLLECTIONS;

/** Collection name → folder under `content/`. */
export const COLLECTION_DIRS = Object.fromEntries(Object.entries(COLLECTIONS).map(([name, { dir }]) => [name, dir])) as {
	[K in CollectionName]: (typeof COLLECTIONS)[K]['dir'];
};
