import { z } from 'astro/zod';
import { text } from './common.ts';
import type { ReferenceFactory } from './reference.ts';

/** A frequently asked question: `content/faq/<slug>.md`; the body is the answer. */
export const faqSchema = (reference: ReferenceFactory) =>
	z.strictObject({
		/** The question as readers ask it. */
		question: text('the question'),
		/** Position on the FAQ page. */
		order: z.number().int().nonnegative(),
		/** A one-sentence answer, shown first and used in search results. */
		short: text('a one-sentence answer'),
		/** Pitfalls the answer discusses, linked from it. */
		pitfalls: z.array(reference('pitfalls')).default([]),
	});

export type Faq = z.output<ReturnType<typeof faqSchema>>;
