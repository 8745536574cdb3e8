/**
 * The built site: every entry of every collection has its page (or its anchor on a guide
 * page), every page has a meta description, and every internal link and #anchor resolves.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, findOrphans, idsOf, readBuiltSite, type BuiltSite } from '../../src/lib/link-check.ts';
import { loadContent } from '../../src/integrations/load-content.ts';
import { LABELS } from '../../src/schemas/ids.ts';
import { DIST, ROOT } from '../helpers/paths.ts';

const { content } = loadContent(ROOT, 'content');

/** Collection → where each entry lives in the build: its own page, or an anchor on a guide page. */
const ENTRY_LOCATIONS: Record<keyof typeof content, (id: string) => { page: string; anchor?: string }> = {
	prompts: (id) => ({ page: `/prompts/${id}/` }),
	answers: (id) => ({ page: `/answers/${id}/` }),
	pitfalls: (id) => ({ page: `/pitfalls/${id}/` }),
	rubric: (id) => ({ page: '/rubric/', anchor: id }),
	beats: (id) => ({ page: '/framework/', anchor: id }),
	timing: (id) => ({ page: '/framework/', anchor: `timing-${id}` }),
	weeks: (id) => ({ page: '/practice/routine/', anchor: id }),
	storyTypes: (id) => ({ page: '/stories/', anchor: id }),
	faq: (id) => ({ page: '/faq/', anchor: id }),
	ladders: (id) => ({ page: `/ladders/${id}/` }),
	glossary: (id) => ({ page: '/glossary/', anchor: id }),
};

let site: BuiltSite;
beforeAll(() => {
	if (!existsSync(join(DIST, 'index.html'))) throw new Error('No build in dist/: run `npm run build` first (npm test does).');
	site = readBuiltSite(DIST);
});

describe.each(Object.keys(ENTRY_LOCATIONS) as (keyof typeof content)[])('every %s entry', (collection) => {
	it('has its page in the build', () => {
		expect(content[collection].length).toBeGreaterThan(0);
		for (const entry of content[collection]) {
			const { page, anchor } = ENTRY_LOCATIONS[collection](entry.id);
			expect(site.pages.has(page), `${entry.file} has no page at ${page}`).toBe(true);
			if (anchor) expect(idsOf(site.pages.get(page)!).has(anchor), `${entry.file} has no #${anchor} on ${page}`).toBe(true);
		}
	});
});

describe('the guide pages', () => {
	it('each have a page in the build', () => {
		const guide = readBuiltSite(DIST);
		const paths = ['/', '/start-here/', '/framework/', '/interview-loop/', '/prompts/', '/answers/', '/pitfalls/', '/rubric/'];
		paths.push('/stories/', '/practice/routine/', '/practice/ai/', '/faq/', '/glossary/');
		paths.push('/live-conversation/', '/long-stories/', '/questions-to-ask/', '/hiring-decision/');
		for (const path of paths) {
			expect(guide.pages.has(path), path).toBe(true);
		}
	});
});

describe('every page', () => {
	it('has a meta description', () => {
		for (const [path, html] of site.pages) {
			if (path === '/404.html') continue;
			expect(html, path).toMatch(/<meta name="description" content="[^"]{40,}"/);
		}
	});

	it('keeps the spaces around its links (Astro drops a line break between text and a tag)', () => {
		for (const [path, html] of site.pages) {
			const glued = html.match(/[A-Za-z,;:]<a\s[^>]*>[^<]{0,30}|<\/a>[A-Za-z][^<]{0,30}/g) ?? [];
			expect(glued, path).toEqual([]);
		}
	});

	it('never doubles its punctuation, as a question ending in "?" joined by a comma would', () => {
		// Abbreviations end in a full stop that punctuation may follow: "2 a.m., you're on call".
		const abbreviation = /\b(a\.m|p\.m|e\.g|i\.e|etc|vs)\.$/;
		for (const [path, html] of site.pages) {
			const text = html
				.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '')
				.replace(/<[^>]+>/g, '')
				.replace(/&#39;|&apos;/g, "'");
			const doubled = [...text.matchAll(/[.?!][.,;:]/g)]
				.filter((m) => !abbreviation.test(text.slice(Math.max(0, m.index - 8), m.index + 1)) && text[m.index - 1] !== '.')
				.map((m) => text.slice(Math.max(0, m.index - 30), m.index + 12));
			expect(doubled, path).toEqual([]);
		}
	});

	it('has only internal links that resolve', () => {
		const broken = checkLinks(site).map((b) => `${b.page}: ${b.href} (${b.reason})`);
		expect(broken).toEqual([]);
	});

	it('is linked from another page’s sidebar or body (no orphan)', () => {
		expect(findOrphans(site)).toEqual([]);
	});
});

describe('prompt pages', () => {
	it('carry Pagefind filters for bucket, theme, each competency and the fifteen loop prompts', () => {
		for (const prompt of content.prompts) {
			const html = site.pages.get(`/prompts/${prompt.id}/`)!;
			expect(html).toContain('data-pagefind-filter="bucket:');
			expect(html).toContain('data-pagefind-filter="theme:');
			const competencies = [...html.matchAll(/data-pagefind-filter="competency:([^"]+)"/g)].map((m) => m[1]);
			expect(competencies, prompt.id).toEqual(prompt.data.competencies.map((c) => LABELS.competency[c]));
			expect(html.includes('data-pagefind-filter="loop:'), prompt.id).toBe(prompt.data.origin === 'loop-fifteen');
		}
	});

	it('list the highest-signal four first on the question bank', () => {
		const bank = site.pages.get('/prompts/')!;
		const order = [...bank.matchAll(/<a href="[^"]*\/prompts\/([a-z0-9-]+)\/"/g)].map((m) => m[1]);
		const cold = content.prompts.filter((p) => p.data.highestSignal).map((p) => p.id);
		expect(new Set(order.slice(0, 4))).toEqual(new Set(cold));
		expect(new Set(order)).toEqual(new Set(content.prompts.map((p) => p.id)));
	});
});

describe('glossary links', () => {
	const links = (html: string, id: string) => html.split(`href="/glossary/#${id}"`).length - 1;

	it('link a term once per document, at its first use', () => {
		const html = site.pages.get('/prompts/latency-baseline/')!;
		expect(html.match(/\bp99\b/g)!.length).toBeGreaterThan(2);
		expect(links(html, 'p99')).toBe(1);
		expect(html).toMatch(/input: <a href="\/glossary\/#littles-law">Little’s law<\/a> multiplies/);
	});

	it('never sit inside a heading, a link or code', () => {
		for (const [path, html] of site.pages) {
			const nested = html.match(/<(h[1-6]|a|code)\b[^>]*>(?:(?!<\/\1>)[\s\S])*?<a href="[^"]*\/glossary\/#/g) ?? [];
			expect(nested, path).toEqual([]);
		}
	});

	it('are not added to the glossary page itself', () => {
		const intro = site.pages.get('/glossary/')!.match(/<p>Backend stories[\s\S]*?<\/p>/)![0];
		expect(intro).toContain('incident roles');
		expect(intro).not.toContain('href=');
	});
});

describe('the search index', () => {
	it('is built by Pagefind', () => {
		expect(existsSync(join(DIST, 'pagefind/pagefind.js'))).toBe(true);
		const meta = readFileSync(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8');
		expect(JSON.parse(meta).languages.en.page_count).toBeGreaterThanOrEqual(content.prompts.length);
	});
});
