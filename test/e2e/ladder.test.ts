/**
 * A level ladder page compares two levels without JavaScript: two radio groups, read by CSS
 * `:has()`. Picked by keyboard, the two chosen levels show (side by side, or stacked on a phone)
 * with the steps between them; the other two hide. Without CSS every level reads in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { stepsBetween } from '../../src/lib/ladder.ts';
import { LEVELS, type Level } from '../../src/schemas/ids.ts';
import { LEVEL_STEPS } from '../../src/schemas/ladder.ts';
import { useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();
const PATH = 'ladders/outage-you-owned/';

const shown = (page: Page, selector: string, attribute: string) =>
	page
		.locator(selector)
		.evaluateAll(
			(els, attr) => els.filter((el) => (el as HTMLElement).checkVisibility()).map((el) => el.getAttribute(attr)),
			attribute,
		);

/** Tabs until a radio of `name` has focus. */
async function tabTo(page: Page, name: string) {
	for (let i = 0; i < 200; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((n) => (document.activeElement as HTMLInputElement | null)?.name === n, name)) return;
	}
	throw new Error(`Tab never reached the ${name} radios`);
}

describe.each([
	{ viewport: { width: 1280, height: 900 }, layout: 'side by side' },
	{ viewport: { width: 390, height: 844 }, layout: 'stacked' },
])('at $viewport.width px', ({ viewport, layout }) => {
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		context = await site.browser.newContext({ viewport, javaScriptEnabled: false });
		page = await context.newPage();
		await page.goto(site.url + PATH);
	});
	afterAll(() => context?.close());

	it(`shows the two levels picked by keyboard, ${layout}, with the steps between them`, async () => {
		// Defaults: senior and staff. Arrow keys move the checked radio inside each group.
		await tabTo(page, 'ladder-first');
		await page.keyboard.press('ArrowLeft'); // senior → mid
		await tabTo(page, 'ladder-second');
		await page.keyboard.press('ArrowRight'); // staff → principal
		const picked: [Level, Level] = ['mid', 'principal'];
		expect(await page.locator('input[name="ladder-first"]:checked').getAttribute('value')).toBe('mid');
		expect(await page.locator('input[name="ladder-second"]:checked').getAttribute('value')).toBe('principal');

		expect((await shown(page, '.telling', 'data-level')).sort()).toEqual([...picked].sort());
		expect(await shown(page, '.step', 'data-step')).toEqual(stepsBetween(...picked));

		const [first, second] = await Promise.all(picked.map((l) => page.locator(`.telling[data-level="${l}"]`).boundingBox()));
		if (layout === 'side by side') {
			expect(first!.x).toBeLessThan(second!.x);
			expect(Math.abs(first!.y - second!.y)).toBeLessThan(1);
		} else {
			expect(first!.y + first!.height).toBeLessThanOrEqual(second!.y);
			// Nothing wider than the phone's screen.
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
		}

		// Swapping sides and picking adjacent levels narrows the steps to one.
		await page.keyboard.press('ArrowLeft'); // second: principal → staff
		expect((await shown(page, '.telling', 'data-level')).sort()).toEqual(['mid', 'staff']);
		expect(await shown(page, '.step', 'data-step')).toEqual(stepsBetween('mid', 'staff'));
	});
});

describe('without CSS', () => {
	it('shows all four levels in order, and every step', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.route('**/*.css', (route) => route.abort());
		await page.goto(site.url + PATH);
		expect(await shown(page, '.telling', 'data-level')).toEqual([...LEVELS]);
		expect(await shown(page, '.step', 'data-step')).toEqual([...LEVEL_STEPS]);
		await context.close();
	});
});
