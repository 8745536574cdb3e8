import type { z } from 'astro/zod';

/**
 * The shape of Astro's `reference()` from `astro:content`. Schemas take it as an argument so
 * that Vitest and `scripts/check-content.ts` can build them without Astro's virtual modules.
 */
export type ReferenceFactory = (collection: string) => z.ZodType<EntryRef>;
// Astro's own transform yields undefined only alongside a parse error, so a parsed entry's
// references are always present; content.config.ts casts Astro's factory to this type.

/** An entry reference once parsed: the collection it points into and the entry's id. */
export interface EntryRef {
	id: string;
	collection: string;
}
