/**
 * Checks that every internal link, `#anchor` and asset in a built site resolves. Astro writes
 * attributes double-quoted, so the built HTML is read with regular expressions rather than a
 * full parser; the core takes pages as text so that tests can feed it small sites.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BrokenLink {
	/** The page the link is on, as a site path, e.g. `/prompts/x/`. */
	page: string;
	/** The link as written. */
	href: string;
	/** Why it does not resolve. */
	reason: string;
}

export interface BuiltSite {
	/** Site path of each HTML page (`/a/b/` for `a/b/index.html`) → its HTML. */
	pages: Map<string, string>;
	/** Site paths of every other file (`/_astro/x.css`). */
	assets: Set<string>;
}

const ATTRIBUTE = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

const decode = (value: string) =>
	value
		.replace(/&amp;/g, '&')
		.replace(/&#x27;|&#39;/g, "'")
		.replace(/&quot;/g, '"');

/** The ids of a page, the targets its `#anchors` may point at. */
export const idsOf = (html: string) => new Set([...html.matchAll(ID)].map((m) => decode(m[1]!)));

/** Every broken internal link of the site; `base` is the path the site is served under. */
export function checkLinks(site: BuiltSite, base = '/'): BrokenLink[] {
	const ids = new Map([...site.pages].map(([path, html]) => [path, idsOf(html)]));
	const broken: BrokenLink[] = [];
	for (const [page, html] of site.pages) {
		for (const href of hrefsOf(html)) {
			const reason = resolve(href, page, base, site, ids);
			if (reason) broken.push({ page, href, reason });
		}
	}
	return broken;
}

/** The `href` and `src` values of a page's markup. Links inside <script> or <template> are code, not navigation. */
function hrefsOf(html: string): string[] {
	const markup = html.replace(/<script\b[\s\S]*?<\/script>/g, '').replace(/<template\b[\s\S]*?<\/template>/g, '');
	return [...markup.matchAll(ATTRIBUTE)].map((m) => decode(m[1]!));
}

/**
 * Pages no other page links to (from its sidebar or its body): a reader can only reach them by
 * typing the address. The home page and the 404 page are entry points, not orphans.
 */
export function findOrphans(site: BuiltSite, base = '/'): string[] {
	const linked = new Set<string>();
	for (const [page, html] of site.pages) {
		for (const href of hrefsOf(html)) {
			if (href === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue;
			const url = new URL(href, `http://site${base}${page.slice(1)}`);
			if (!url.pathname.startsWith(base)) continue;
			const target = `/${url.pathname.slice(base.length)}`;
			if (target !== page) linked.add(target);
		}
	}
	return [...site.pages.keys()].filter((page) => page !== '/' && page !== '/404.html' && !linked.has(page)).sort();
}

function resolve(href: string, page: string, base: string, site: BuiltSite, ids: Map<string, Set<string>>): string | undefined {
	if (href === '' || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return undefined; // other schemes and origins
	const url = new URL(href, `http://site${base}${page.slice(1)}`);
	if (!url.pathname.startsWith(base)) return `outside the base path ${base}`;
	const path = `/${url.pathname.slice(base.length)}`;
	const hash = decodeURIComponent(url.hash.slice(1));
	if (site.pages.has(path)) {
		if (hash && !ids.get(path)!.has(hash)) return `no element with id "${hash}" on ${path}`;
		return undefined;
	}
	if (site.assets.has(path)) return undefined;
	if (site.pages.has(`${path}/`)) return `missing trailing slash (${path}/ exists)`;
	return `no page or file at ${path}`;
}

/** Reads a built site from disk. */
export function readBuiltSite(dir: string): BuiltSite {
	const pages = new Map<string, string>();
	const assets = new Set<string>();
	const walk = (folder: string) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) {
				walk(path);
				continue;
			}
			const sitePath = `/${relative(dir, path).split(sep).join('/')}`;
			if (name === 'index.html') pages.set(sitePath.slice(0, -'index.html'.length), readFileSync(path, 'utf8'));
			else if (name.endsWith('.html')) pages.set(sitePath, readFileSync(path, 'utf8'));
			else assets.add(sitePath);
		}
	};
	walk(dir);
	return { pages, assets };
}
