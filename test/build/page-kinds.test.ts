/**
 * The quality gates visit one page of each kind in PAGE_KINDS; that only covers the site if the
 * list names a page that exists for every kind and every built page is of some kind.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuiltSite, type BuiltSite } from '../../src/lib/link-check.ts';
import { PAGE_KINDS } from '../../scripts/lib/page-kinds.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

/** Site paths of the guide's prose pages (Starlight's docs collection): `practice/ai.mdx` → `/practice/ai/`. */
function guidePaths(dir = join(ROOT, 'content/guide')): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return guidePaths(path);
		const slug = relative(join(ROOT, 'content/guide'), path)
			.split(sep)
			.join('/')
			.replace(/\.mdx?$/, '');
		return [slug === 'index' ? '/' : `/${slug.replace(/\/index$/, '')}/`];
	});
}

let site: BuiltSite;
beforeAll(() => {
	if (!existsSync(join(DIST, 'index.html'))) throw new Error('No build in dist/: run `npm run build` first (npm test does).');
	site = readBuiltSite(DIST);
});

describe('PAGE_KINDS', () => {
	it.each(PAGE_KINDS)('names a built page for $kind ($path)', ({ path }) => {
		expect(site.pages.has(path)).toBe(true);
	});

	it('covers every built page', () => {
		const guide = new Set(guidePaths());
		const stray = [...site.pages.keys()].filter(
			(page) => !guide.has(page) && !PAGE_KINDS.some((k) => k.path === page || k.matches?.test(page)),
		);
		expect(stray, 'pages of no kind: add a line for their kind to scripts/lib/page-kinds.ts').toEqual([]);
	});
});
