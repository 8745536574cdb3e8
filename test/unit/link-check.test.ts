import { describe, expect, it } from 'vitest';
import { checkLinks, findOrphans, type BuiltSite } from '../../src/lib/link-check.ts';

const site = (pages: Record<string, string>, assets: string[] = []): BuiltSite => ({
	pages: new Map(Object.entries(pages)),
	assets: new Set(assets),
});

describe('checkLinks', () => {
	it('accepts links to pages, anchors and assets that exist', () => {
		const built = site(
			{
				'/': '<a href="/a/">a</a><a href="/a/#x">x</a><link href="/_astro/s.css"><a href="#top">t</a><h1 id="top">T</h1>',
				'/a/': '<h2 id="x">X</h2><a href="../">up</a><a href="https://example.org/">out</a><a href="mailto:a@b.c">m</a>',
			},
			['/_astro/s.css'],
		);
		expect(checkLinks(built)).toEqual([]);
	});

	it.each([
		['a missing page', '<a href="/nope/">n</a>', 'no page or file at /nope/'],
		['a missing anchor', '<a href="/#gone">g</a>', 'no element with id "gone" on /'],
		['a missing asset', '<img src="/logo.svg">', 'no page or file at /logo.svg'],
		['a page without its trailing slash', '<a href="/a">a</a>', 'missing trailing slash (/a/ exists)'],
	])('reports %s', (_, html, reason) => {
		const broken = checkLinks(site({ '/': html, '/a/': '' }));
		expect(broken).toEqual([expect.objectContaining({ page: '/', reason })]);
	});

	it('resolves links under a base path and rejects ones that escape it', () => {
		const built = site({ '/': '<a href="/guide/a/">a</a><a href="/a/">b</a>', '/a/': '' });
		expect(checkLinks(built, '/guide/')).toEqual([
			expect.objectContaining({ href: '/a/', reason: 'outside the base path /guide/' }),
		]);
	});

	it('ignores URLs inside scripts', () => {
		expect(checkLinks(site({ '/': '<script>const a = \' href="/nope/"\';</script>' }))).toEqual([]);
	});
});

describe('findOrphans', () => {
	it('lists pages that only link to themselves or that nothing links to', () => {
		const built = site({
			'/': '<a href="/a/">a</a>',
			'/a/': '<a href="../b/#x">b</a><a href="/a/">self</a>',
			'/b/': '',
			'/c/': '<a href="/c/">self</a><a href="/">home</a>',
			'/404.html': '',
		});
		expect(findOrphans(built)).toEqual(['/c/']);
	});

	it('follows links under a base path and ignores ones that leave it', () => {
		const built = site({ '/': '<a href="/guide/a/">a</a><a href="/b/">not ours</a>', '/a/': '', '/b/': '' });
		expect(findOrphans(built, '/guide/')).toEqual(['/b/']);
	});

	it('does not count links written inside scripts', () => {
		expect(findOrphans(site({ '/': '<script>x = \'<a href="/a/">\'</script>', '/a/': '' }))).toEqual(['/a/']);
	});
});
