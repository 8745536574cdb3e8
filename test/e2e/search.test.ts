/**
 * A reader finds a prompt through Starlight's search box, in Chromium, on the built site.
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
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('site search', () => {
	it.each([
		['metadata lock', /schema migration/i],
		['noisy alert', /noisy alert/i],
		['circuit breaker', /circuit breaker/i],
		// Words that only a sample answer's "Defend this answer" replies use.
		['ENABLE ALWAYS', /400-million-row orders table/i],
		['PgBouncer', /02:14 payments outage/i],
	])('finds a page for "%s"', async (query, title) => {
		await page.goto(server.url);
		const open = page.getByRole('button', { name: 'Search' });
		await expect.poll(() => open.isEnabled()).toBe(true);
		await open.click();
		const box = page.getByRole('dialog').getByRole('textbox', { name: 'Search' });
		await box.fill(query);
		const result = page.locator('.pagefind-ui__result-link').filter({ hasText: title }).first();
		await result.waitFor({ timeout: 15_000 });
		await result.click();
		await page.waitForURL(/\/(prompts|answers|pitfalls)\//);
		expect(await page.locator('h1').textContent()).toMatch(title);
	});

	it('says what to try when nothing matches', async () => {
		await page.goto(server.url);
		await page.getByRole('button', { name: 'Search' }).click();
		await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill('zyxwvut');
		const message = page.locator('.pagefind-ui__message');
		await expect
			.poll(() => message.textContent(), { timeout: 15_000 })
			.toBe(
				'Nothing in the guide matches zyxwvut. Try one word from the question you were asked, such as “outage”, “deadline” or “disagree”.',
			);
	});

	it('finds a FAQ entry and a rubric dimension by their words', async () => {
		for (const [query, path] of [
			['sev1', '/faq/'],
			['blast radius', '/rubric/'],
		] as const) {
			await page.goto(server.url);
			await page.getByRole('button', { name: 'Search' }).click();
			await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill(query);
			const links = page.locator('.pagefind-ui__result-link');
			await links.first().waitFor({ timeout: 15_000 });
			const hrefs = await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
			expect(
				hrefs.some((href) => href.startsWith(path)),
				`${query}: ${hrefs.join(', ')}`,
			).toBe(true);
		}
	});
});

describe('the search UI', () => {
	// Pagefind's UI (its script, styles and first draw) waits for the reader to reach for search: a
	// page that is only read never pays for it.
	it('loads only when the reader reaches for the search button, and is ready when the dialog opens', async () => {
		const context = await browser.newContext();
		const reader = await context.newPage();
		const fetched: string[] = [];
		reader.on('request', (request) => fetched.push(new URL(request.url()).pathname));
		const searchUi = () => fetched.filter((path) => /\/(?:ui-core\.[^/]*\.js|pagefind\/pagefind-ui\.)/.test(path));
		await reader.goto(server.url + 'framework/', { waitUntil: 'networkidle' });
		await reader.waitForTimeout(1500);
		expect(searchUi()).toEqual([]);

		const open = reader.getByRole('button', { name: 'Search' });
		await open.hover();
		await expect.poll(() => searchUi().length).toBeGreaterThan(0);
		await open.click();
		const box = reader.getByRole('dialog').getByRole('textbox', { name: 'Search' });
		await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
		await box.fill('noisy alert');
		await reader.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
		await context.close();
	});
});
