/**
 * Loads and validates every collection of `content/` without Astro: each file's frontmatter is
 * parsed with the same zod schemas the site uses, then the cross-entry rules run over the lot.
 */
import { z } from 'astro/zod';
import { formatProblem, problemsFromZod, type ContentProblem } from '../lib/content-problems.ts';
import { checkContent, type Entry, type GuideContent } from '../lib/content-rules.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import type { ReferenceFactory } from '../schemas/reference.ts';
import { readCollectionFiles } from './content-files.ts';
import { countOf } from '../lib/text.ts';

/** Stands in for Astro's `reference()`: same output shape; existence is checked by the rules. */
const reference: ReferenceFactory = (collection) => z.string().transform((id) => ({ id, collection }));

export interface LoadResult {
	content: GuideContent;
	problems: ContentProblem[];
}

/** Reads and checks the content folder. Entries that fail their schema are left out of `content`. */
export function loadContent(root: string, contentDir: string): LoadResult {
	const problems: ContentProblem[] = [];
	const content = {} as Record<CollectionName, Entry<unknown>[]>;
	for (const [name, { dir, schema }] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
		const parser = schema(reference) as z.ZodType;
		const knownKeys = Object.keys((parser as unknown as { shape?: object }).shape ?? {});
		content[name] = readCollectionFiles(root, contentDir, dir).flatMap((file) => {
			if (file.yamlError !== undefined) {
				problems.push({
					file: file.file,
					field: '(frontmatter)',
					problem: `the YAML does not parse: ${file.yamlError.split('\n')[0]}`,
					fix: 'fix the YAML syntax (quote strings that contain ": " or start with a special character)',
				});
				return [];
			}
			const parsed = parser.safeParse(file.data, { reportInput: true });
			if (!parsed.success) {
				problems.push(...problemsFromZod(file.file, parsed.error, knownKeys));
				return [];
			}
			return [{ id: file.id, file: file.file, data: parsed.data }];
		});
	}
	// Rules across entries only make sense once every entry parsed.
	if (problems.length === 0) problems.push(...checkContent(content as unknown as GuideContent));
	return { content: content as unknown as GuideContent, problems };
}

/** The report the build prints, one `file → field → problem → fix` line per problem. */
export const reportProblems = (problems: ContentProblem[]) =>
	[`Content check failed: ${countOf(problems.length, 'problem')}.`, ...problems.map((p) => `  ${formatProblem(p)}`)].join('\n');
