/**
 * The four-week plan on the built site: a start date puts today in a week, ticks count towards
 * that week's progress and survive a reload, and what is due follows the calendar.
 */
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();

describe('the four-week plan', () => {
	it('shows the current week from the start date, ticks tasks and lists what is due', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		page.on('pageerror', (error) => {
			throw error;
		});
		await page.clock.setFixedTime(new Date('2026-11-12T10:00:00'));
		await page.goto(site.url + 'practice/plan/');
		const phase = page.getByRole('status');
		expect(await phase.textContent()).toBe('Set the day you start week 1 to see what is due.');

		await page.getByLabel('Start of week 1').fill('2026-11-02');
		await expect.poll(() => phase.textContent()).toMatch(/^Today is day 4 of week 2: Structure\. This week runs /);
		const week2 = page.getByRole('region', { name: /Week 2: Structure/ });
		expect(await week2.textContent()).toContain('(this week)');
		// Week 1 is past: its four tasks are overdue until ticked.
		expect(await page.locator('[data-bind="overdue"] li').count()).toBe(4);
		expect(await page.locator('[data-bind="due"] li').count()).toBe(5);

		await week2.getByRole('checkbox').first().check();
		await page
			.getByRole('region', { name: /Week 1: Inventory/ })
			.getByRole('checkbox')
			.nth(2)
			.check();
		await page.reload();
		expect(await week2.getByText(/of 5 done/).textContent()).toBe('1 of 5 done');
		expect(await week2.getByRole('checkbox').first().isChecked()).toBe(true);
		expect(await page.locator('[data-bind="due"] li').count()).toBe(4);
		expect(await page.locator('[data-bind="overdue"] li').count()).toBe(3);
		expect(await week2.getByRole('link', { name: 'Write the beats in your story bank' }).getAttribute('href')).toBe(
			'/practice/stories/#stories',
		);
		await context.close();
	});
});
