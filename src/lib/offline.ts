/**
 * What the service worker keeps for offline reading, and how it finds a request in its cache.
 * Plain functions with no imports: src/integrations/service-worker.ts copies this file into the
 * worker it writes (a worker cannot load our modules), and the unit tests import it as it is.
 */

/** Files of the build the worker does not keep: host configuration, the worker itself, maps. */
const NOT_CACHED = [/^_headers$/, /^_redirects$/, /^sw\.js$/, /\.map$/, /^sitemap[^/]*\.xml$/];

/**
 * The URLs to precache, from the build's file paths (relative, with `/`): a page's
 * `a/b/index.html` is kept under the URL a reader follows, `${base}a/b/`; every other file under
 * its own path. `base` starts and ends with `/`.
 */
export function precacheUrls(files: readonly string[], base: string): string[] {
	return files
		.filter((file) => !NOT_CACHED.some((rule) => rule.test(file)))
		.map((file) => `${base}${file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1')}`)
		.sort();
}

/**
 * The cached URL that answers a request, or undefined when the worker should leave it to the
 * network. Pagefind asks for `pagefind-entry.json?ts=…` to bypass caches: the build's copy is the
 * current one, so the query is dropped; any other query is dropped too, since a static site
 * answers the same file whatever it says. `/a/b` and `/a/b/index.html` are the page `/a/b/`.
 */
export function cacheKeyFor(href: string, origin: string, base: string, cached: ReadonlySet<string>): string | undefined {
	const url = new URL(href);
	if (url.origin !== origin || !url.pathname.startsWith(base)) return undefined;
	const path = decodeURI(url.pathname);
	for (const candidate of [path, path.replace(/index\.html$/, ''), `${path}/`]) {
		if (cached.has(candidate)) return candidate;
	}
	return undefined;
}

/** The page shown for a page the site does not have, when offline. */
export const notFoundUrl = (base: string) => `${base}404.html`;

/** The cache of one build: a new build gets a new cache, and the old one goes when it takes over. */
export const cacheName = (version: string) => `prep-offline-${version}`;

/** Caches this worker owns (and may delete), of any build: other code's caches are left alone. */
export const isOurCache = (name: string) => name.startsWith('prep-offline-');
