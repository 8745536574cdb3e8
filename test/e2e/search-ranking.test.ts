/**
 * Search finds the obvious page for what a reader types: each everyday query puts the page a
 * reader means first, above the boilerplate every prompt page shares. Pagefind's own API, in
 * Chromium, on the built index.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { DIST } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve.ts';

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	server = await serveStatic(DIST, '/', { serviceWorker: false });
	browser = await launchBrowser();
	page = await browser.newPage();
	await page.goto(server.url);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/**
 * The paths of the first `n` results for `query`. The script is passed as text: Vitest would
 * rewrite a dynamic `import()` in a function, and the page has no such helper.
 */
const topResults = (query: string, n = 5): Promise<string[]> =>
	page.evaluate(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.init();
		const search = await pagefind.search(${JSON.stringify(query)});
		const data = await Promise.all(search.results.slice(0, ${n}).map((r) => r.data()));
		return data.map((d) => d.url);
	})()`);

describe('everyday queries', () => {
	it.each([
		['burnout', ['/prompts/on-call-burnout/']],
		['on-call burnout', ['/prompts/on-call-burnout/']],
		[
			'tell me about a time you disagreed',
			['/prompts/architecture-disagreement/', '/prompts/mentoring-disagreement/', '/prompts/conflict-with-peer-or-manager/'],
		],
		[
			'disagree',
			['/prompts/architecture-disagreement/', '/prompts/mentoring-disagreement/', '/prompts/conflict-with-peer-or-manager/'],
		],
		['conflict with manager', ['/prompts/conflict-with-peer-or-manager/']],
		['missed deadline', ['/prompts/deadline-pushback/']],
		['mistake', ['/prompts/mistake-you-caused/']],
		['mentor', ['/prompts/mentoring-disagreement/']],
		['prioritize', ['/prompts/conflicting-priorities/']],
		['feedback', ['/prompts/critical-feedback/']],
		['say no to a feature', ['/prompts/saying-no-to-feature/']],
		['schema migration', ['/prompts/schema-migration-hot-table/']],
		['why are you leaving', ['/prompts/why-this-company/']],
		['tell me about yourself', ['/prompts/tell-me-about-yourself/']],
		['noisy alert', ['/prompts/noisy-alert/']],
	])('"%s" puts the page a reader means first', async (query, expected) => {
		const results = await topResults(query);
		expect(expected, `${query}: ${results.join(', ')}`).toContain(results[0]);
	});
});
