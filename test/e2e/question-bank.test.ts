/**
 * The question bank: every prompt grouped without JavaScript; filters by bucket, theme,
 * competency, highest signal and the fifteen loop prompts with JavaScript, kept in the URL and
 * announced.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/integrations/load-content.ts';
import { useBuiltSite } from '../helpers/site.ts';
import { ROOT } from '../helpers/paths.ts';

const { prompts } = loadContent(ROOT, 'content').content;
const site = useBuiltSite();

const visibleQuestions = (page: import('playwright-core').Page) =>
	page.locator('prep-prompt-filter li:visible a').allTextContents();

describe('the question bank', () => {
	it('shows every prompt, grouped, without JavaScript', async () => {
		const context = await site.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(site.url + 'prompts/');
		expect((await visibleQuestions(page)).length).toBe(prompts.length);
		expect(await page.getByRole('heading', { name: 'Prepare these cold' }).isVisible()).toBe(true);
		for (const bucket of ['Behavioral', 'Technical', 'Situational']) {
			expect(await page.getByRole('heading', { level: 2, name: bucket }).isVisible()).toBe(true);
		}
		expect(await page.getByRole('form', { name: 'Filter prompts' }).count()).toBe(0);
		await context.close();
	});

	it('filters by bucket, theme and highest signal, and says how many it shows', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + 'prompts/');
		const form = page.getByRole('form', { name: 'Filter prompts' });
		await form.getByLabel('Bucket').selectOption('technical');
		const technical = prompts.filter((p) => p.data.bucket === 'technical');
		expect((await visibleQuestions(page)).sort()).toEqual(technical.map((p) => p.data.question).sort());
		expect(await page.getByRole('status').textContent()).toBe(`Showing ${technical.length} of ${prompts.length} prompts.`);
		expect(page.url()).toContain('?bucket=technical');
		expect(await page.getByRole('heading', { name: 'Prepare these cold' }).isVisible()).toBe(false);

		await form.getByLabel('Theme').selectOption('data');
		const technicalData = technical.filter((p) => p.data.theme === 'data');
		expect((await visibleQuestions(page)).length).toBe(technicalData.length);

		await form.getByRole('button', { name: 'Clear filters' }).click();
		await form.getByLabel('Highest signal only').check();
		expect((await visibleQuestions(page)).sort()).toEqual(
			prompts
				.filter((p) => p.data.highestSignal)
				.map((p) => p.data.question)
				.sort(),
		);
		await page.reload();
		expect(await form.getByLabel('Highest signal only').isChecked()).toBe(true);
		expect((await visibleQuestions(page)).length).toBe(4);
		await page.close();
	});

	it('filters by the competency a prompt probes, across buckets and themes, from the URL too', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + 'prompts/');
		const form = page.getByRole('form', { name: 'Filter prompts' });
		await form.getByLabel('Probes').selectOption('disagreement');
		const disagreement = prompts.filter((p) => p.data.competencies.includes('disagreement'));
		expect((await visibleQuestions(page)).sort()).toEqual(disagreement.map((p) => p.data.question).sort());
		expect(new Set(disagreement.map((p) => p.data.theme)).size).toBeGreaterThan(1);
		expect(await page.getByRole('status').textContent()).toBe(`Showing ${disagreement.length} of ${prompts.length} prompts.`);
		expect(page.url()).toContain('?competency=disagreement');

		await page.goto(site.url + 'prompts/?competency=data-integrity&bucket=technical');
		const technicalData = prompts.filter((p) => p.data.bucket === 'technical' && p.data.competencies.includes('data-integrity'));
		expect(technicalData.length).toBeGreaterThan(0);
		expect(await form.getByLabel('Probes').inputValue()).toBe('data-integrity');
		expect((await visibleQuestions(page)).sort()).toEqual(technicalData.map((p) => p.data.question).sort());
		await page.close();
	});

	it('narrows to the fifteen loop prompts the mock sessions use', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + 'prompts/?loop=1');
		const form = page.getByRole('form', { name: 'Filter prompts' });
		expect(await form.getByLabel('The fifteen loop prompts only').isChecked()).toBe(true);
		const loop = prompts.filter((p) => p.data.origin === 'loop-fifteen');
		expect(loop).toHaveLength(15);
		expect((await visibleQuestions(page)).sort()).toEqual(loop.map((p) => p.data.question).sort());
		expect(await page.getByRole('status').textContent()).toBe(`Showing 15 of ${prompts.length} prompts.`);
		await page.close();
	});
});
