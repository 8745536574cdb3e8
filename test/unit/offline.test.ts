import { describe, expect, it } from 'vitest';
import { cacheKeyFor, cacheName, isOurCache, precacheUrls } from '../../src/lib/offline.ts';

describe('precacheUrls', () => {
	const files = [
		'index.html',
		'prompts/outage/index.html',
		'404.html',
		'_astro/page.abc.js',
		'pagefind/pagefind-entry.json',
		'_headers',
		'sw.js',
		'sitemap-index.xml',
		'_astro/page.abc.js.map',
	];

	it('keeps pages under the URL a reader follows, and leaves out host files, the worker and maps', () => {
		expect(precacheUrls(files, '/')).toEqual([
			'/',
			'/404.html',
			'/_astro/page.abc.js',
			'/pagefind/pagefind-entry.json',
			'/prompts/outage/',
		]);
	});

	it('puts every URL under the base path', () => {
		expect(precacheUrls(['index.html', 'faq/index.html'], '/guide/')).toEqual(['/guide/', '/guide/faq/']);
	});
});

describe('cacheKeyFor', () => {
	const cached = new Set(['/guide/', '/guide/prompts/outage/', '/guide/pagefind/pagefind-entry.json', '/guide/_astro/a.js']);
	const key = (href: string) => cacheKeyFor(href, 'https://site.test', '/guide/', cached);

	it('answers Pagefind’s cache-busting query from the cached file', () => {
		expect(key('https://site.test/guide/pagefind/pagefind-entry.json?ts=1733150000')).toBe('/guide/pagefind/pagefind-entry.json');
	});

	it('finds a page with or without its slash or index.html, and with a hash or query', () => {
		expect(key('https://site.test/guide/prompts/outage')).toBe('/guide/prompts/outage/');
		expect(key('https://site.test/guide/prompts/outage/index.html')).toBe('/guide/prompts/outage/');
		expect(key('https://site.test/guide/prompts/outage/?loop=1#beat')).toBe('/guide/prompts/outage/');
	});

	it('leaves other origins, paths outside the base and unknown files to the network', () => {
		expect(key('https://other.test/guide/_astro/a.js')).toBeUndefined();
		expect(key('https://site.test/elsewhere/')).toBeUndefined();
		expect(key('https://site.test/guide/nope/')).toBeUndefined();
	});
});

describe('cache names', () => {
	it('name one cache per build, and recognise only ours', () => {
		expect(cacheName('abc123')).toBe('prep-offline-abc123');
		expect(isOurCache(cacheName('abc123'))).toBe(true);
		expect(isOurCache('pagefind-cache')).toBe(false);
	});
});
