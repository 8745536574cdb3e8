import { z } from 'astro/zod';
import { description, text } from './common.ts';

/** A failure mode: `content/pitfalls/<id>.md`, with `<id>` one of the eight fixed pitfall ids. */
export const pitfallSchema = () =>
	z.strictObject({
		/** The name of the failure mode, e.g. "Plural pronouns". */
		title: text('a title'),
		/** Rank by how often it sinks otherwise strong candidates; 1 is the most frequent. */
		rank: z.number().int().min(1).max(8),
		/** What it sounds like in an answer. */
		symptom: text('the symptom'),
		/** Why it sinks a strong candidate. */
		whyItSinks: text('why it sinks a strong candidate'),
		/** A yes/no question for the self-score checklist, where "yes" means the pitfall was avoided. */
		check: text('a yes/no self-check question'),
		/** What to do instead. */
		fix: text('the fix'),
		/** A short weak example that shows the pitfall. */
		weak: text('a weak example'),
		/** The same moment told well. */
		strong: text('a strong example'),
		/** Meta description; derived from the title and symptom when left out. */
		description,
	});

export type Pitfall = z.output<ReturnType<typeof pitfallSchema>>;
