/**
 * The site's search dialog by keyboard, in Chromium, on the built site: the button is named by
 * what it shows and keeps its place, Ctrl+K opens the dialog, and the arrow keys move through the results
 * (src/components/search/). Which results a query finds is search.test.ts's concern.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PAGE_KINDS } from '../../scripts/lib/page-kinds.ts';
import { freshPage, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();
let context: BrowserContext;
let page: Page;

beforeAll(async () => ({ context, page } = await freshPage(site)));
afterAll(() => context?.close());

/** What has focus: the search box, the nth of the result targets, or something else. */
const focused = () =>
	page.evaluate(() => {
		const active = document.activeElement;
		if (active?.matches('input.pagefind-ui__search-input')) return 'box';
		const targets = [...document.querySelectorAll('a.pagefind-ui__result-link, button.pagefind-ui__button')];
		const index = targets.indexOf(active!);
		return index >= 0 ? `result ${index} of ${targets.length}` : (active?.localName ?? 'nothing');
	});

/** Opens the dialog by the shortcut or from the focused button, types `query`, and waits for sub-results. */
async function openWithResults(query: string, via: 'shortcut' | 'button') {
	await page.goto(site.url);
	const open = page.getByRole('button', { name: 'Search' });
	await expect.poll(() => open.isEnabled()).toBe(true);
	if (via === 'shortcut') {
		await page.keyboard.press('Control+k');
	} else {
		await open.focus();
		await page.keyboard.press('Enter');
	}
	// Opened at once, before the Pagefind UI has loaded, the box gets focus as soon as it is drawn,
	// which on a loaded machine can take seconds.
	await expect.poll(focused, { timeout: 15_000 }).toBe('box');
	await page.keyboard.type(query);
	await page.locator('.pagefind-ui__result-nested').first().waitFor({ timeout: 15_000 });
}

/** How many places the arrow keys move between. */
const targetCount = () => page.locator('a.pagefind-ui__result-link, button.pagefind-ui__button').count();

describe('the search button', () => {
	it('is named by the words it shows, and by its label alone where it shows only an icon', async () => {
		for (const [width, name] of [
			[1280, 'Search Ctrl K'],
			[390, 'Search'],
		] as const) {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(site.url);
			const button = page.getByRole('button', { name, exact: true });
			expect(await button.getAttribute('aria-keyshortcuts')).toBe('Control+K');
			// What a speech user reads off the screen is part of the name (WCAG 2.5.3): on a phone, nothing.
			expect(await button.locator('kbd').first().isVisible()).toBe(width === 1280);
			if (width === 1280) expect((await button.innerText()).replace(/\s+/g, ' ').trim()).toBe(name);
		}
		await page.setViewportSize({ width: 1280, height: 800 });
	});

	it('sits in the same place in the header on every page kind, with or without a table of contents', async () => {
		const places = new Set<string>();
		for (const { path } of PAGE_KINDS) {
			await page.goto(new URL(path.slice(1), site.url).href);
			const box = await page.getByRole('button', { name: 'Search' }).boundingBox();
			places.add(`${Math.round(box!.x)},${Math.round(box!.y)} ${Math.round(box!.width)}×${Math.round(box!.height)}`);
		}
		expect([...places]).toHaveLength(1);
	});
});

describe('the results, by arrow keys', () => {
	it('moves down from the box through the results, and up back to the box', async () => {
		await openWithResults('outage', 'shortcut');
		const steps: string[] = [];
		for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'ArrowUp', 'ArrowUp', 'ArrowUp']) {
			await page.keyboard.press(key);
			steps.push(await focused());
		}
		const n = await targetCount();
		expect(n, 'a result and its sub-results: at least three places').toBeGreaterThanOrEqual(3);
		expect(steps).toEqual([
			`result 0 of ${n}`,
			`result 1 of ${n}`,
			`result 2 of ${n}`,
			`result 1 of ${n}`,
			`result 0 of ${n}`,
			'box',
			'box', // Up in the box leaves the caret to the box
		]);
	});

	it('goes to the last and first result with End and Home, and stays on the last with Down', async () => {
		await openWithResults('outage', 'button');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('End');
		const n = await targetCount();
		expect(await focused()).toBe(`result ${n - 1} of ${n}`);
		await page.keyboard.press('ArrowDown');
		expect(await focused()).toBe(`result ${n - 1} of ${n}`);
		await page.keyboard.press('Home');
		expect(await focused()).toBe(`result 0 of ${n}`);
	});

	it('returns to the box with Escape, keeping the query, then closes the dialog on the search button', async () => {
		await openWithResults('outage', 'button');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Escape');
		expect(await focused()).toBe('box');
		expect(await page.getByRole('dialog').isVisible()).toBe(true);
		expect(await page.getByRole('textbox', { name: 'Search' }).inputValue()).toBe('outage');
		await page.keyboard.press('Escape');
		expect(await page.getByRole('dialog').isVisible()).toBe(false);
		expect(await page.evaluate(() => document.activeElement?.matches('button[data-open-modal]'))).toBe(true);
	});

	it('types on in the box when a letter is pressed on a result', async () => {
		await openWithResults('outage', 'button');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.type('s');
		expect(await focused()).toBe('box');
		expect(await page.getByRole('textbox', { name: 'Search' }).inputValue()).toBe('outages');
	});

	it('follows the focused result with Enter', async () => {
		await openWithResults('outage', 'button');
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
		await page.keyboard.press('Enter');
		await page.waitForURL(target);
		expect(page.url()).toBe(target);
	});
});
