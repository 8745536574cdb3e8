/**
 * One page of every kind, in Chromium, served with the site's `_headers` as a static host would:
 * the page and its search ask nothing of any other origin, and nothing on it breaks the
 * Content-Security-Policy (meta and header) or throws.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PAGE_KINDS } from '../../scripts/lib/page-kinds.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { DIST } from '../helpers/paths.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve.ts';
import { record, reset, search, type Visit } from '../helpers/visit.ts';

let server: StaticServer;
let browser: Browser;
let page: Page;
let visit: Visit;

beforeAll(async () => {
	server = await serveStatic(DIST);
	browser = await launchBrowser();
	page = await browser.newPage();
	visit = await record(page);
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe.each(PAGE_KINDS)('$kind ($path)', ({ path }) => {
	beforeAll(async () => {
		reset(visit);
		await page.goto(new URL(path.slice(1), server.url).href, { waitUntil: 'networkidle' });
		// Search loads Pagefind, its worker and WebAssembly: the parts most likely to reach out.
		await search(page, 'outage');
		await page.waitForLoadState('networkidle');
	});

	it('makes no request to any other origin, search included', () => {
		const origin = new URL(server.url).origin;
		expect(visit.requests.length).toBeGreaterThan(1);
		expect(visit.requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'))).toEqual([]);
	});

	it('breaks no rule of the Content-Security-Policy and throws no error', () => {
		expect(visit.violations).toEqual([]);
		expect(visit.errors).toEqual([]);
	});
});
