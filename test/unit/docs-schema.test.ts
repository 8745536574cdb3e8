import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { docsSchemaBuiltOnce } from '../../src/schemas/docs.ts';

type Context = Parameters<ReturnType<typeof docsSchemaBuiltOnce>>[0];
// What <StarlightPage> passes: a stateless check for an imported image.
const starlightPageContext = () =>
	({ image: () => z.custom((value) => typeof value === 'object' && value !== null && 'src' in value) }) as unknown as Context;
// What Astro passes when it validates the docs collection: a helper tied to one entry's file.
const collectionContext = () => ({ image: () => z.string() }) as unknown as Context;

describe('docsSchemaBuiltOnce', () => {
	it('builds the schema once for every <StarlightPage> render', () => {
		const schema = docsSchemaBuiltOnce();
		expect(schema(starlightPageContext())).toBe(schema(starlightPageContext()));
	});

	it("builds it anew for each entry Astro validates, whose image helper is the entry's own", () => {
		const schema = docsSchemaBuiltOnce();
		expect(schema(collectionContext())).not.toBe(schema(collectionContext()));
		expect(schema(collectionContext())).not.toBe(schema(starlightPageContext()));
	});

	it('still validates: a page without a title is refused, naming the field', () => {
		const schema = docsSchemaBuiltOnce()(starlightPageContext());
		const result = schema.safeParse({ description: 'No title' });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('title');
		expect(schema.safeParse({ title: 'A page' }).success).toBe(true);
	});
});
