/**
 * The flashcard deck page does not move after its first paint, and fitting its printed faces
 * never blocks the page: no layout shift to speak of, and no long task from the fitting.
 */
import { describe, expect, it } from 'vitest';
import { freshPage, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();

describe('the flashcard deck page', () => {
	it.each([
		['a 390 px phone', { width: 390, height: 844 }],
		['a desktop', { width: 1280, height: 900 }],
	])('on %s, lays out once and fits its faces without a long task', async (_, viewport) => {
		const { context, page } = await freshPage(site);
		await page.setViewportSize(viewport);
		// Observers from before the first paint, so that every shift and long task is seen.
		await page.addInitScript(() => {
			const w = window as unknown as { __shift: number; __long: number[] };
			w.__shift = 0;
			w.__long = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
					if (!entry.hadRecentInput) w.__shift += entry.value;
				}
			}).observe({ type: 'layout-shift', buffered: true });
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) w.__long.push(Math.round(entry.duration));
			}).observe({ type: 'longtask', buffered: true });
		});
		await page.goto(site.url + 'flashcards/');
		await page.waitForFunction(
			() => document.querySelector('prep-flashcards')?.getAttribute('data-ready') === 'true',
			undefined,
			{
				timeout: 20_000,
			},
		);
		await page.waitForTimeout(500);
		const { shift, long } = await page.evaluate(() => {
			const w = window as unknown as { __shift: number; __long: number[] };
			return { shift: w.__shift, long: w.__long };
		});
		expect(shift, 'cumulative layout shift').toBeLessThan(0.05);
		// Page load itself may hold one task (parsing a large page); fitting must add none.
		expect(long.filter((ms) => ms > 200).length, `long tasks: ${long.join(', ')} ms`).toBeLessThanOrEqual(1);
		await context.close();
	});
});
