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
		const phase = page.locator('[data-bind="phase"]');
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

describe('the plan against the interview date', () => {
	it('squeezes the routine into the days before a near interview, says what it drops, and keeps the date', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		page.on('pageerror', (error) => {
			throw error;
		});
		await page.clock.setFixedTime(new Date('2026-11-12T10:00:00'));
		await page.goto(site.url + 'practice/plan/');
		const fit = page.locator('[data-bind="fit"]');
		expect(await fit.textContent()).toBe('Add your interview date to see whether the four weeks fit before it.');
		await page.getByLabel('Interview date').fill('2026-12-31');
		await expect.poll(() => fit.textContent()).toBe('49 days to your interview: the four weeks fit as written.');
		expect(await page.locator('[data-bind="stages"] > li').count()).toBe(0);

		await page.getByLabel('Interview date').fill('2026-11-22');
		await expect
			.poll(() => fit.textContent())
			.toBe(
				'10 days to your interview, fewer than the four weeks: the routine is squeezed into the days there are, and 8 tasks are dropped to fit.',
			);
		const stages = page.locator('[data-bind="stages"] > li');
		expect(await stages.count()).toBe(4);
		expect(await stages.first().textContent()).toMatch(/^Week 1, Inventory: Thu, Nov 12 to Fri, Nov 13/);
		expect(await stages.nth(3).textContent()).toMatch(/^Week 4, Variation: .* to Sat, Nov 21/);
		const dropped = page.getByText('Dropped to fit:').locator('xpath=following-sibling::ul/li');
		expect(await dropped.allTextContents()).toContain(
			'Record a second session of fifteen prompts, shuffled or swapped for new ones.',
		);
		expect(await dropped.count()).toBe(8);
		expect(await stages.first().textContent()).not.toContain('Book two 45-minute sessions');

		await page.reload();
		expect(await page.getByLabel('Interview date').inputValue()).toBe('2026-11-22');
		expect(await fit.textContent()).toMatch(/^10 days to your interview/);
		// A date the calendar lacks is said on the field, and the saved date stays.
		await page.getByLabel('Interview date').evaluate((input: HTMLInputElement) => {
			input.type = 'text';
			input.value = '2026-02-30';
			input.dispatchEvent(new Event('change', { bubbles: true }));
		});
		expect(await page.getByLabel('Interview date').getAttribute('aria-invalid')).toBe('true');
		expect(await fit.textContent()).toMatch(/^10 days to your interview/);
		await context.close();
	});
});
