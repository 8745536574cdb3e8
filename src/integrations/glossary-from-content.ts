/**
 * Reads the glossary's terms straight from `content/glossary/` when the config loads, for the
 * Markdown plugin that links them (Astro's content layer is not available yet then). Malformed
 * entries are skipped here: the content check that runs before every build reports them.
 */
import type { GlossaryTerm } from '../lib/glossary-links.ts';
import { COLLECTION_DIRS } from '../schemas/index.ts';
import { readCollectionFiles } from './content-files.ts';

const strings = (value: unknown): string[] =>
	Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function glossaryFromContent(contentDir: string, root = process.cwd()): GlossaryTerm[] {
	return readCollectionFiles(root, contentDir, COLLECTION_DIRS.glossary).flatMap(({ id, data }) => {
		const { term, aliases } = (data ?? {}) as Record<string, unknown>;
		return typeof term === 'string' && term.trim() !== '' ? [{ id, term, aliases: strings(aliases) }] : [];
	});
}
