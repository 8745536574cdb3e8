/**
 * Reads the raw files of `content/` without Astro: frontmatter parsed as YAML, body kept as text.
 * The content check and the sidebar both start from this, so they see exactly what authors wrote.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { load as loadYaml, YAMLException } from 'js-yaml';

export interface ContentFile {
	/** Path relative to the project root, for messages, e.g. `content/prompts/outage.mdx`. */
	file: string;
	/** The entry id: the file name without its extension. */
	id: string;
	/** The parsed frontmatter, or undefined when it could not be parsed. */
	data: unknown;
	/** The YAML error, when the frontmatter could not be parsed. */
	yamlError?: string;
	/** The Markdown body after the frontmatter. */
	body: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** Splits one file's text into frontmatter data and body. */
export function parseContentFile(file: string, source: string): ContentFile {
	const id = file.replace(/^.*\//, '').replace(/\.mdx?$/, '');
	const match = FRONTMATTER.exec(source);
	if (!match) {
		return { file, id, data: undefined, yamlError: 'no frontmatter: start the file with a --- block', body: source };
	}
	try {
		return { file, id, data: loadYaml(match[1]!) ?? {}, body: match[2]! };
	} catch (error) {
		const reason = error instanceof YAMLException ? error.message : String(error);
		return { file, id, data: undefined, yamlError: reason, body: match[2]! };
	}
}

/** Every `.md`/`.mdx` file of one collection folder, skipping `_`-prefixed drafts, sorted by name. */
export function readCollectionFiles(root: string, contentDir: string, dir: string): ContentFile[] {
	const folder = join(contentDir, dir);
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => /\.mdx?$/.test(name) && !name.startsWith('_'))
		.sort()
		.map((name) => {
			const path = join(folder, name);
			return parseContentFile(relative(root, path), readFileSync(path, 'utf8'));
		});
}
