/**
 * After one visit the site works offline: pages never opened, search, the timer and the
 * analyzer. When a new build is deployed, an open page says so and reloads into it on request.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve.ts';
import { DIST } from '../helpers/paths.ts';

// A copy of the build, so that the update test can deploy a changed one in its place.
const copy = mkdtempSync(join(tmpdir(), 'prep-offline-'));
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	cpSync(DIST, copy, { recursive: true });
	server = await serveStatic(copy);
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(copy, { recursive: true, force: true });
});

/** Visits the home page and waits until the worker has kept the whole site and controls the page. */
async function visitOnce(): Promise<{ context: BrowserContext; page: Page }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(server.url);
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
	return { context, page };
}

describe('offline, after one visit', () => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		({ context, page } = await visitOnce());
		await context.setOffline(true);
	}, 60_000);
	afterAll(() => context?.close());

	it.each([
		['prompts/outage-you-owned/', /outage you owned/i],
		['answers/outage-0214-payments/', /02:14/],
		['practice/stories/', /story bank/i],
		['glossary/', /glossary/i],
	])('opens /%s, a page never visited', async (path, heading) => {
		const response = await page.goto(new URL(path, server.url).href);
		expect(response?.status()).toBe(200);
		await expect.poll(() => page.locator('h1').first().textContent()).toMatch(heading);
	});

	it('shows the not-found page for a page the site does not have', async () => {
		await page.goto(new URL('no-such-page/', server.url).href);
		await expect.poll(() => page.title()).toMatch(/^404\b/);
	});

	it('searches', async () => {
		await page.goto(server.url);
		const open = page.getByRole('button', { name: /search/i }).first();
		await expect.poll(() => open.isEnabled()).toBe(true);
		await open.click();
		await page.getByRole('dialog').getByRole('textbox').first().fill('circuit breaker');
		const result = page.locator('.pagefind-ui__result-link').first();
		await result.waitFor({ timeout: 15_000 });
		expect(await result.textContent()).toMatch(/circuit breaker/i);
	});

	it('runs the practice timer', async () => {
		await page.goto(new URL('prompts/outage-you-owned/', server.url).href);
		const timer = page.getByRole('region', { name: 'Practice timer' });
		await timer.getByRole('button', { name: 'Start' }).click();
		await expect.poll(() => timer.locator('[data-bind="total"]').textContent(), { timeout: 5_000 }).toMatch(/^0:0[1-9]$/);
	});

	it('analyzes an answer', async () => {
		await page.goto(new URL('practice/analyzer/', server.url).href);
		const analyzer = page.locator('prep-analyzer');
		await analyzer
			.getByRole('textbox')
			.first()
			.fill('We migrated the database. It went well and everyone was happy with how it turned out in the end.');
		await analyzer
			.getByRole('button', { name: /analy[sz]e/i })
			.first()
			.click();
		// The plural-pronouns verdict: the analyzer module itself loads on demand, from the cache.
		await expect.poll(() => analyzer.textContent(), { timeout: 10_000 }).toMatch(/"I"/);
	});
});

describe('a new build', () => {
	it('is offered with a notice, and Reload opens it', async () => {
		const { context, page } = await visitOnce();
		// Deploy a changed build: a new home page heading and a new worker version.
		const home = join(copy, 'index.html');
		writeFileSync(home, readFileSync(home, 'utf8').replace('</h1>', ' (new build)</h1>'));
		const worker = join(copy, 'sw.js');
		writeFileSync(worker, readFileSync(worker, 'utf8').replace(/const VERSION = "[^"]+"/, 'const VERSION = "changed"'));

		await page.reload();
		const notice = page.getByRole('status', { name: 'Site updates' });
		await expect.poll(() => notice.textContent(), { timeout: 30_000 }).toContain('A new version of this guide is ready.');
		// The page it shows is still the build it was opened with, not swapped underneath.
		expect(await page.locator('h1').first().textContent()).not.toContain('(new build)');
		const focused = await page.evaluate(() => document.activeElement?.tagName);
		expect(focused).not.toBe('BUTTON'); // the notice does not take focus

		await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload to use the new version' }).click()]);
		await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 15_000 }).toContain('(new build)');
		await context.close();
	}, 90_000);
});
