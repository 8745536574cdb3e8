/**
 * Starlight's `docs` schema, built once per build for `<StarlightPage>` instead of once per page.
 *
 * Starlight validates the frontmatter of every `<StarlightPage>` against the docs collection's
 * schema, and builds that schema anew on each render (`getStarlightPageFrontmatter` in
 * @astrojs/starlight/dist/utils/starlight-page.js), icon enum and all. Every prompt, answer and
 * pitfall page is a `<StarlightPage>`; with ten times today's prompts that rebuilding was about
 * 0.65 s of CPU in a 9 s build (a CPU profile of `npm run bench`'s 10x site).
 *
 * Only `<StarlightPage>`'s schema is kept: its image check is a stateless `z.custom`, so one
 * schema serves every page. Astro's own `image()` helper, used when the docs collection itself
 * is validated, belongs to one entry's file, so that path builds a schema every time as before.
 * Delete this module when Starlight caches the schema itself.
 */
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';

type DocsSchema = ReturnType<typeof docsSchema<never>>;

export function docsSchemaBuiltOnce(build: DocsSchema = docsSchema()): DocsSchema {
	let forStarlightPages: ReturnType<DocsSchema> | undefined;
	return (context) => {
		if (!(context.image() instanceof z.ZodCustom)) return build(context);
		forStarlightPages ??= build(context);
		return forStarlightPages;
	};
}
