import { z } from 'astro/zod';

/** A non-empty line of prose; the message tells the author what to write. */
export const text = (what: string) =>
	z
		.string({ error: `write ${what} (a non-empty string)` })
		.trim()
		.min(1, `write ${what}`);

/** A meta description: what the page holds, as search results and link previews show it. */
export const description = z
	.string()
	.trim()
	.min(40, 'a description should say what the page holds in at least 40 characters')
	.max(200, 'keep the description under 200 characters so search results do not cut it')
	.optional();

/** A whole number of seconds, from zero up. */
export const seconds = z.number({ error: 'give a number of seconds' }).int().nonnegative();

/** A range of seconds, written `{ min, max }`, where min is not above max. */
export const secondsRange = z
	.object({ min: seconds, max: seconds })
	.refine((r) => r.min <= r.max, { message: 'min must not be greater than max' });

/**
 * Counts the sentences of prose: a `.`, `!` or `?` followed by a space and a capital letter, a
 * digit or an opening quote ends one. Dots inside tokens ("Node.js", "1.2k") do not.
 */
export const countSentences = (prose: string) =>
	prose.trim() === '' ? 0 : prose.trim().split(/(?<=[.!?][”"’')]?)\s+(?=[A-Z0-9“"‘'(`])/).length;

/** Prose of `min` to `max` sentences; the message says how many it has and what to do. */
export const sentences = (what: string, min: number, max: number) =>
	text(what).superRefine((prose, ctx) => {
		const n = countSentences(prose);
		if (n >= min && n <= max) return;
		ctx.addIssue({
			code: 'custom',
			message: `${n} sentence${n === 1 ? '' : 's'}, not ${min} to ${max}`,
			params: { fix: n < min ? `write ${what} in ${min} to ${max} sentences` : `cut ${what} to ${max} sentences at most` },
		});
	});
