import { z } from 'astro/zod';
import { text } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

/**
 * A term the guide uses: `content/glossary/<id>.md`, shown at `/glossary/#<id>`. The first use
 * of the term or an alias on every other page links there (src/integrations/glossary-links.ts).
 */
export const glossarySchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The term as the guide writes it, e.g. "Error budget"; the text that links, in any case. */
		term: text('the term'),
		/** Other spellings that link to this entry too (plurals, expansions); none may belong to another term. */
		aliases: z.array(text('an alias'), { error: 'list the aliases as a YAML list, e.g. [SLOs]' }).default([]),
		/** What the term means, in one to four sentences of our own, exact enough for a staff engineer. */
		definition: text('the definition')
			.min(40, 'a definition needs at least 40 characters: say what the term means and where it matters')
			.max(700, 'keep the definition under 700 characters; the glossary is for looking things up'),
		/** Related entries, linked after the definition. */
		seeAlso: z.array(reference('glossary')).default([]),
	});

export type GlossaryEntry = z.output<ReturnType<typeof glossarySchema>>;
