/**
 * Practice data across tabs, as a reader keeps the site open: several pages of one browser
 * profile save in turn (stories added, edited and deleted, checklist ticks and a saved attempt,
 * plan ticks, kept drafts). No save loses another, every tab shows the others' changes without a
 * reload, "Delete all" empties every tab, and a tab opened before the delete writes back only what
 * the reader does in it afterwards. A browser that refuses the write says so and keeps what is stored.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { freshPage, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();

const storyCount = (page: Page) => page.locator('[data-bind="count"]').textContent();
const storyTitles = (page: Page) => page.locator('[data-bind="list"] li strong').allTextContents();
const selfScore = (page: Page) => page.getByRole('region', { name: 'Self-score' });
const analyzer = (page: Page) => page.locator('prep-analyzer');

async function open(context: BrowserContext, path: string) {
	const page = await context.newPage();
	page.on('pageerror', (error) => {
		throw error;
	});
	page.on('dialog', (dialog) => void dialog.accept());
	await page.goto(site.url + path);
	return page;
}

async function addStory(page: Page, title: string) {
	const quick = page.getByRole('form', { name: 'Add a raw entry' });
	await quick.getByLabel('Title').fill(title);
	await quick.getByRole('button', { name: 'Add story' }).click();
}

describe('practice data in several tabs', () => {
	it('keeps every save from every tab, and shows each tab the others’ changes without a reload', async () => {
		const { context, page: first } = await freshPage(site, { acceptDialogs: true });
		await first.goto(site.url + 'practice/stories/');
		const second = await open(context, 'practice/stories/');
		const prompt = await open(context, 'prompts/outage-you-owned/');
		const plan = await open(context, 'practice/plan/');

		await addStory(first, 'Orders migration');
		await expect.poll(() => storyTitles(second)).toEqual(['Orders migration']);
		await addStory(second, 'Payments outage');
		await expect.poll(() => storyTitles(first)).toEqual(['Orders migration', 'Payments outage']);

		// Ticks and an attempt on a prompt page, plan ticks, while the story tabs stay open.
		await selfScore(prompt).getByRole('checkbox').nth(0).check();
		await selfScore(prompt).getByRole('checkbox').nth(1).check();
		await selfScore(prompt).getByRole('button', { name: 'Save attempt' }).click();
		await plan.locator('prep-plan').getByRole('checkbox').nth(0).check();
		await plan.locator('prep-plan').getByRole('checkbox').nth(3).check();

		// An edit in one tab and a delete in the other, on different stories.
		await first.getByRole('button', { name: 'Edit: Orders migration' }).click();
		await first.getByRole('form', { name: 'Edit story' }).getByLabel('Title').fill('Orders migration, 400M rows');
		await second.getByRole('button', { name: 'Delete: Payments outage' }).click();
		await first.getByRole('form', { name: 'Edit story' }).getByRole('button', { name: 'Save story' }).click();
		await expect.poll(() => storyTitles(second)).toEqual(['Orders migration, 400M rows']);
		expect(await storyTitles(first)).toEqual(['Orders migration, 400M rows']);

		// A mock loop finished in a fifth tab, while the others stay open.
		const mock = await open(context, 'practice/mock/');
		const setup = mock.getByRole('form', { name: 'Set up your loop' });
		await setup.getByLabel('Draw at random:').check();
		await setup.getByLabel('How many prompts').fill('1');
		await setup.getByLabel('Pause between prompts, in seconds').fill('0');
		await setup.getByRole('button', { name: 'Start the loop' }).click();
		await mock.getByRole('button', { name: 'Finish the loop' }).click();
		expect(await mock.locator('[data-bind="summary-status"]').textContent()).toMatch(/Saved to your progress\.$/);

		// After a reload every write is there.
		for (const page of [first, second, prompt, plan]) await page.reload();
		expect(await storyTitles(first)).toEqual(['Orders migration, 400M rows']);
		expect(await storyCount(second)).toBe('Stories in your bank: 1 (0 shaped, 1 raw).');
		expect(await plan.locator('prep-plan').getByRole('checkbox').nth(0).isChecked()).toBe(true);
		expect(await plan.locator('prep-plan').getByRole('checkbox').nth(3).isChecked()).toBe(true);
		const progress = await open(context, 'practice/progress/');
		expect(await progress.locator('[data-bind="rows"] tr').count()).toBe(1);
		expect(await progress.locator('[data-bind="rows"] tr td').nth(1).textContent()).toMatch(/^2\//);
		expect(await progress.locator('[data-bind="mocks"] tr').count()).toBe(1);
		await context.close();
	});

	it('keeps the drafts kept in two tabs', async () => {
		const { context, page: free } = await freshPage(site);
		await free.goto(site.url + 'practice/analyzer/');
		const prompt = await open(context, 'prompts/noisy-alert/');
		for (const [page, text] of [
			[free, 'I rolled back the deploy at 02:30.'],
			[prompt, 'I tuned the alert to page at a 2% burn rate.'],
		] as const) {
			await analyzer(page).getByLabel('Keep this draft in this browser').check();
			await analyzer(page).getByLabel('Your answer', { exact: true }).fill(text);
		}
		// Reloaded at once, within the analyzer's pause after typing: the last words are kept all the same.
		await free.reload();
		await prompt.reload();
		const stored = await free.evaluate(() => JSON.parse(localStorage.getItem('prep:drafts') ?? '{}').drafts);
		expect(Object.keys(stored).sort()).toEqual(['free', 'noisy-alert']);
		expect(await analyzer(free).getByLabel('Your answer', { exact: true }).inputValue()).toBe(
			'I rolled back the deploy at 02:30.',
		);
		expect(await analyzer(prompt).getByLabel('Your answer', { exact: true }).inputValue()).toBe(
			'I tuned the alert to page at a 2% burn rate.',
		);
		await context.close();
	});

	it('empties every tab on "Delete all", and an older tab writes back only what the reader does next', async () => {
		const { context, page: stories } = await freshPage(site, { acceptDialogs: true });
		await stories.goto(site.url + 'practice/stories/');
		await addStory(stories, 'Orders migration');
		await addStory(stories, 'Payments outage');
		const progress = await open(context, 'practice/progress/');
		await progress.getByRole('button', { name: 'Delete all practice data' }).click();
		await expect
			.poll(() => storyCount(stories))
			.toBe('No stories yet. Start with a raw entry above: a title and one line is enough in week 1.');

		await addStory(stories, 'Deadline pushback');
		await stories.reload();
		expect(await storyTitles(stories)).toEqual(['Deadline pushback']);
		await context.close();
	});

	it('says so when the browser refuses to store, keeps the reader’s input and leaves what is stored intact', async () => {
		const { context, page } = await freshPage(site, { acceptDialogs: true });
		await page.goto(site.url + 'practice/stories/');
		await addStory(page, 'Orders migration');
		const before = await page.evaluate(() => localStorage.getItem('prep:practice'));
		// From now on the browser refuses every write of practice data, as a full disk does.
		await page.evaluate(() => {
			const setItem = Storage.prototype.setItem;
			Storage.prototype.setItem = function (key: string, value: string) {
				if (key === 'prep:practice') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
				setItem.call(this, key, value);
			};
		});
		const quick = page.getByRole('form', { name: 'Add a raw entry' });
		await quick.getByLabel('Title').fill('Payments outage');
		await quick.getByRole('button', { name: 'Add story' }).click();
		expect(await page.locator('[data-bind="status"]').textContent()).toBe(
			'Saving failed: the browser refused to store more data.',
		);
		expect(await quick.getByLabel('Title').inputValue()).toBe('Payments outage');
		expect(await storyTitles(page)).toEqual(['Orders migration']);
		expect(await page.evaluate(() => localStorage.getItem('prep:practice'))).toBe(before);
		await context.close();
	});
});
