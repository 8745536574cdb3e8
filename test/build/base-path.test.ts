/**
 * Hosting under a sub-path (a project page on a static host): a build made with
 * `BASE_PATH=/interview-guide/` keeps every internal link, anchor and asset inside that path,
 * leaves no page orphaned, and still ships its security headers. It builds into a temporary
 * folder, so dist/ is untouched; this takes a full build (~15 s).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, findOrphans, readBuiltSite, type BuiltSite } from '../../src/lib/link-check.ts';
import { runBuild } from '../helpers/build.ts';
import { ROOT } from '../helpers/paths.ts';

const BASE = '/interview-guide/';
const out = mkdtempSync(join(tmpdir(), 'prep-base-'));
let site: BuiltSite;
let output = '';

beforeAll(() => {
	const build = runBuild({ BASE_PATH: BASE, SITE_URL: 'https://example.org', OUT_DIR: out });
	if (build.status !== 0) throw new Error(`the base-path build failed:\n${build.stdout}\n${build.stderr}`);
	output = `${build.stdout}\n${build.stderr}`;
	site = readBuiltSite(out);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe(`a build served under ${BASE}`, () => {
	it('prints no warning, so that a new one stands out', () => {
		expect(output.split('\n').filter((line) => /\[WARN\]|warning/i.test(line))).toEqual([]);
	});

	it('has every page the root build has', () => {
		const root = readBuiltSite(join(ROOT, 'dist'));
		expect([...site.pages.keys()].sort()).toEqual([...root.pages.keys()].sort());
	});

	it('has only internal links that resolve inside the base path', () => {
		expect(checkLinks(site, BASE).map((b) => `${b.page}: ${b.href} (${b.reason})`)).toEqual([]);
		// A link that forgot the base would be reported above; make sure links carry it at all.
		expect(site.pages.get('/')).toContain(`href="${BASE}framework/"`);
		// Glossary links are added by a Markdown plugin, after the content is written.
		expect(site.pages.get('/prompts/latency-baseline/')).toContain(`href="${BASE}glossary/#littles-law"`);
	});

	it('leaves no page orphaned', () => {
		expect(findOrphans(site, BASE)).toEqual([]);
	});

	it('ships the headers file with its Content-Security-Policy', () => {
		expect(readFileSync(join(out, '_headers'), 'utf8')).toMatch(/Content-Security-Policy: default-src 'self';/);
	});

	it('keeps its offline worker, its cache and its manifest inside the base path', () => {
		const worker = readFileSync(join(out, 'sw.js'), 'utf8');
		expect(worker).toContain(`const BASE = "${BASE}";`);
		const precache = JSON.parse(/const PRECACHE = (\[.*\]);/.exec(worker)![1]!) as string[];
		expect(precache).toContain(BASE);
		expect(precache).toContain(`${BASE}pagefind/pagefind-entry.json`);
		expect(precache.filter((url) => !url.startsWith(BASE))).toEqual([]);
		const manifest = JSON.parse(readFileSync(join(out, 'manifest.webmanifest'), 'utf8'));
		expect([manifest.start_url, manifest.scope]).toEqual([BASE, BASE]);
		expect(site.pages.get('/')).toContain(`href="${BASE}manifest.webmanifest"`);
	});
});
