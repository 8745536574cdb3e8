/**
 * axe-core on the states a page reaches only by use, in both themes: a mock answer running over
 * with its follow-up over its window, a draft compared with the sample, and the plan squeezed
 * before a near interview. (accessibility.test.ts checks every page as it loads.)
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBuiltSite } from '../helpers/site.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const site = useBuiltSite();

async function violations(page: Page) {
	await page.addScriptTag({ path: AXE });
	return page.evaluate(async () => {
		const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
		return result.violations
			.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))
			.filter((v) => !v.startsWith('label-content-name-mismatch: button[data-open-modal'));
	});
}

describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
	it('has no violation while running over, comparing a draft, or squeezing the plan', async () => {
		const context = await site.browser.newContext({ bypassCSP: true, colorScheme: theme });
		await context.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
		const page = await context.newPage();
		await page.clock.install({ time: new Date('2026-11-12T10:00:00') });

		await page.goto(site.url + 'practice/mock/');
		const setup = page.getByRole('form', { name: 'Set up your loop' });
		await setup.getByLabel('Pause between prompts, in seconds').fill('0');
		await setup.getByRole('button', { name: 'Start the loop' }).click();
		await page.clock.runFor(200_000);
		await page.locator('prep-timer').getByRole('button', { name: 'Finish' }).click();
		await page.clock.runFor(70_000);
		await expect.poll(() => page.locator('prep-follow-up [data-over]').count()).toBe(1);
		expect(await violations(page)).toEqual([]);

		await page.goto(site.url + 'answers/orders-table-migration/');
		await page.getByLabel('Your answer').fill('We added a column. It went fine.');
		await page.getByRole('button', { name: 'Compare with the sample' }).click();
		await expect.poll(() => page.getByRole('table', { name: /Your draft beside the sample/ }).count()).toBe(1);
		expect(await violations(page)).toEqual([]);

		await page.goto(site.url + 'practice/plan/');
		await page.getByLabel('Interview date').fill('2026-11-20');
		await expect.poll(() => page.locator('[data-bind="stages"] > li').count()).toBe(4);
		expect(await violations(page)).toEqual([]);
		await context.close();
	});
});
