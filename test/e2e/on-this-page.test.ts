/**
 * "On this page" (src/components/toc/): the entry of the section being read is marked current as
 * the reader scrolls, on a desktop beside the page and on a phone in the bar that names it, and the
 * phone's drop-down closes on a link and on Escape. Built site, Chromium.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPage, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();

/** Scrolls the heading `id` up to the top of the viewport, as following its link would. */
const scrollTo = (page: Page, id: string) =>
	page.evaluate((id) => document.getElementById(id)!.scrollIntoView({ block: 'start', behavior: 'instant' }), id);

const currentIn = (page: Page, element: string) =>
	page.evaluate((element) => document.querySelector(`${element} a[aria-current="true"]`)?.getAttribute('href') ?? null, element);

describe('"On this page"', () => {
	it('marks the section being read, and moves with the reader, on a desktop', async () => {
		const { context, page } = await freshPage(site);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(site.url + 'framework/');
		await expect.poll(() => currentIn(page, 'starlight-toc')).toBe('#_top');
		await scrollTo(page, 'result');
		await expect.poll(() => currentIn(page, 'starlight-toc')).toBe('#result');
		await scrollTo(page, 'situation');
		await expect.poll(() => currentIn(page, 'starlight-toc')).toBe('#situation');
		expect(await page.locator('starlight-toc a[aria-current="true"]').count()).toBe(1);
		await context.close();
	});

	it('names the current section in the phone’s bar, and closes on a link or Escape', async () => {
		const { context, page } = await freshPage(site);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(site.url + 'framework/');
		const toc = page.locator('mobile-starlight-toc');
		const bar = toc.locator('summary');
		await scrollTo(page, 'trade-off');
		await expect.poll(() => toc.locator('.display-current').textContent()).toBe('Trade-off');

		await bar.focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => toc.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		await page.keyboard.press('Escape');
		await expect.poll(() => toc.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		expect(await bar.evaluate((s) => s === document.activeElement)).toBe(true);

		await bar.click();
		await toc.getByRole('link', { name: 'Result' }).click();
		await expect.poll(() => toc.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
		await expect.poll(() => toc.locator('.display-current').textContent()).toBe('Result');
		await context.close();
	});
});
