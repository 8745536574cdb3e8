/**
 * Content collections: loaders and schemas only. Every collection is loaded from the top-level
 * `content/` folder, or from CONTENT_DIR when the build tests point it at broken fixtures.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { i18nSchema } from '@astrojs/starlight/schema';
import { answerSchema } from './schemas/answer.ts';
import { beatSchema } from './schemas/beat.ts';
import { docsSchemaBuiltOnce } from './schemas/docs.ts';
import { faqSchema } from './schemas/faq.ts';
import { ladderSchema } from './schemas/ladder.ts';
import { glossarySchema } from './schemas/glossary.ts';
import { pitfallSchema } from './schemas/pitfall.ts';
import { promptSchema } from './schemas/prompt.ts';
import type { ReferenceFactory } from './schemas/reference.ts';
import { rubricSchema } from './schemas/rubric.ts';
import { storyTypeSchema } from './schemas/story-type.ts';
import { timingSchema } from './schemas/timing.ts';
import { weekSchema } from './schemas/week.ts';
import { COLLECTION_DIRS } from './schemas/index.ts';

const contentDir = process.env.CONTENT_DIR ?? './content';
const ref = reference as unknown as ReferenceFactory;

/** Loads every Markdown and MDX file of one folder of `content/`, skipping `_`-prefixed drafts. */
const from = (dir: string) => glob({ base: `${contentDir}/${dir}`, pattern: '**/[^_]*.{md,mdx}' });

export const collections = {
	// Starlight's UI text where the guide words it its own way (src/content/i18n/en.json): the search's
	// "no results" line. Without the collection, every build warns that it is missing.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	// Starlight's own collection: the guide's prose pages, kept with the rest in content/guide/.
	docs: defineCollection({ loader: from('guide'), schema: docsSchemaBuiltOnce() }),
	prompts: defineCollection({ loader: from(COLLECTION_DIRS.prompts), schema: promptSchema(ref) }),
	answers: defineCollection({ loader: from(COLLECTION_DIRS.answers), schema: answerSchema(ref) }),
	pitfalls: defineCollection({ loader: from(COLLECTION_DIRS.pitfalls), schema: pitfallSchema() }),
	rubric: defineCollection({ loader: from(COLLECTION_DIRS.rubric), schema: rubricSchema() }),
	beats: defineCollection({ loader: from(COLLECTION_DIRS.beats), schema: beatSchema() }),
	timing: defineCollection({ loader: from(COLLECTION_DIRS.timing), schema: timingSchema() }),
	weeks: defineCollection({ loader: from(COLLECTION_DIRS.weeks), schema: weekSchema() }),
	storyTypes: defineCollection({ loader: from(COLLECTION_DIRS.storyTypes), schema: storyTypeSchema(ref) }),
	faq: defineCollection({ loader: from(COLLECTION_DIRS.faq), schema: faqSchema(ref) }),
	ladders: defineCollection({ loader: from(COLLECTION_DIRS.ladders), schema: ladderSchema(ref) }),
	glossary: defineCollection({ loader: from(COLLECTION_DIRS.glossary), schema: glossarySchema(ref) }),
};
