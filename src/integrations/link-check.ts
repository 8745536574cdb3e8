/**
 * Fails `astro build` on a broken internal link or `#anchor`, naming the content file that holds
 * it. It runs on the built pages, so it sees every link a reader can follow (sidebar, body,
 * components, our own prompt, answer and pitfall pages), not only those in Starlight's docs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkLinks, readBuiltSite, type BrokenLink } from '../lib/link-check.ts';

/** Every Markdown and MDX file under `dir`, as paths relative to `root`, with its text. */
function contentFiles(root: string, dir: string): { file: string; text: string }[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return contentFiles(root, path);
		return /\.mdx?$/.test(name) ? [{ file: relative(root, path), text: readFileSync(path, 'utf8') }] : [];
	});
}

/**
 * One line per broken link: the files whose text holds the link as written (content links are
 * root-relative; the base path is added at build time, so it is taken off before the search),
 * else the page it is on, since then the link comes from a component.
 */
export function describeBroken(broken: BrokenLink[], files: { file: string; text: string }[], base: string): string {
	const lines = broken.map(({ page, href, reason }) => {
		const written = base !== '/' && href.startsWith(base) ? `/${href.slice(base.length)}` : href;
		const sources = files.filter((f) => f.text.includes(`](${written}`) || f.text.includes(`"${written}"`)).map((f) => f.file);
		const where = sources.length ? sources.join(', ') : `a component on ${page}`;
		return `${where} → ${href} → ${reason} (on the page ${page})`;
	});
	const count = broken.length === 1 ? 'One internal link is' : `${broken.length} internal links are`;
	return `${count} broken; fix the link or the page it points at:\n${[...new Set(lines)].join('\n')}`;
}

export function linkCheck(contentDir: string): AstroIntegration {
	let base = '/';
	return {
		name: 'prep-link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': ({ dir }) => {
				const broken = checkLinks(readBuiltSite(fileURLToPath(dir)), base);
				if (broken.length === 0) return;
				const error = new Error(describeBroken(broken, contentFiles(process.cwd(), contentDir), base));
				error.stack = error.message; // the lines say what to fix; a stack trace would only bury them
				throw error;
			},
		},
	};
}
