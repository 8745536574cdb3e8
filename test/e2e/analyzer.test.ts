/**
 * The answer analyzer on the built site: a weak answer shows its findings with the trigger words
 * marked; a strong one shows none; a kept draft survives a reload and a deleted one does not.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/integrations/load-content.ts';
import { useBuiltSite } from '../helpers/site.ts';
import { ROOT } from '../helpers/paths.ts';

const { content } = loadContent(ROOT, 'content');
const strong = content.answers
	.find((a) => a.id === 'orders-table-migration')!
	.data.beats.map((b) => b.text)
	.join(' ');
const WEAK =
	'We got paged at night because the other team shipped a bad config, it was their fault. We rolled it back and we fixed the alerts. ' +
	'Latency improved significantly and everyone was happy.';

const site = useBuiltSite();

/** The analyzer region: "Answer analyzer" on a prompt page, "Check an answer" on the analyzer's own page. */
const analyzer = (page: Page) => page.getByRole('region', { name: /^(Answer analyzer|Check an answer)$/ });
async function write(page: Page, text: string) {
	await analyzer(page).getByLabel('Your answer').fill(text);
	await analyzer(page).getByRole('button', { name: 'Analyze' }).click();
	await expect.poll(() => analyzer(page).getByRole('status').textContent()).toMatch(/words, about/);
}

describe('the answer analyzer', () => {
	it('flags a weak answer, names the pitfalls with links and marks the words behind them', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + 'practice/analyzer/');
		await write(page, WEAK);
		const findings = analyzer(page).locator('[data-bind="findings"] li');
		const titles = await findings.locator('a').allTextContents();
		for (const title of ['Plural pronouns', 'Blame', 'Vague metrics']) expect(titles.join('|')).toContain(title);
		expect(await findings.locator('a', { hasText: 'Blame' }).getAttribute('href')).toMatch(/\/pitfalls\/blame\/$/);
		const marks = await analyzer(page).locator('.marked mark').allTextContents();
		expect(marks.join('|')).toMatch(/fault/);
		expect(marks.join('|')).toMatch(/significantly/i);
		expect(await analyzer(page).locator('[data-bind="beats"]').textContent()).toContain('Trade-off: missing');
		expect(await analyzer(page).locator('[data-bind="checks"] li').count()).toBeGreaterThanOrEqual(1);
		await page.close();
	});

	it('raises no pitfall on a strong answer and lists its numbers', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + 'prompts/schema-migration-hot-table/');
		await write(page, strong);
		expect(await analyzer(page).locator('[data-bind="findings"]').textContent()).toContain('No pitfall found');
		expect(await analyzer(page).locator('.marked mark').count()).toBe(0);
		expect(await analyzer(page).locator('[data-bind="beats"] .status-missing').count()).toBe(0);
		expect(await analyzer(page).locator('[data-bind="quantities"]').textContent()).toContain('400');
		expect(await analyzer(page).getByRole('status').textContent()).toMatch(
			/^\d+ words, about \d:\d\d spoken at 150 words a minute: /,
		);
		await page.close();
	});

	it('lists each number and quotes each sentence once on a long paste, with how many more numbers there are', async () => {
		const page = await site.browser.newPage();
		await page.goto(site.url + 'practice/analyzer/');
		const figures = Array.from({ length: 40 }, (_, i) => `Shard ${i + 1} fell to ${i + 2} ms.`).join(' ');
		await write(page, `${strong}\n\n${strong}\n\n${figures}`);
		const numbers = await analyzer(page).locator('[data-bind="quantities"] li').allTextContents();
		expect(numbers.at(-1)).toMatch(/^and \d+ more numbers$/);
		expect(new Set(numbers).size).toBe(numbers.length);
		const quotes = await analyzer(page).locator('[data-bind="beats"] .quote').allTextContents();
		expect(quotes.length).toBeGreaterThan(0);
		expect(new Set(quotes).size).toBe(quotes.length);
		// Passive ownership is a question with its guide section, not a verdict.
		await write(page, 'I was told to move the queue to Kafka, and I moved all 14 queues over a weekend.');
		const question = analyzer(page).locator('[data-bind="checks"] li', { hasText: 'who decided' });
		expect(await question.locator('a').getAttribute('href')).toMatch(/\/long-stories\/#passive-ownership$/);
		expect(await analyzer(page).locator('[data-bind="findings"]').textContent()).not.toContain('Passive ownership');
		await page.close();
	});

	it('keeps a draft only when asked, and deletes it when unticked', async () => {
		const context = await site.browser.newContext();
		const page = await context.newPage();
		await page.goto(site.url + 'practice/analyzer/');
		await analyzer(page).getByLabel('Your answer').fill('A draft I want back.');
		await page.reload();
		expect(await analyzer(page).getByLabel('Your answer').inputValue()).toBe('');
		await analyzer(page).getByLabel('Your answer').fill('A draft I want back.');
		await analyzer(page).getByLabel('Keep this draft in this browser').check();
		await page.reload();
		expect(await analyzer(page).getByLabel('Your answer').inputValue()).toBe('A draft I want back.');
		await analyzer(page).getByLabel('Keep this draft in this browser').uncheck();
		await page.reload();
		expect(await analyzer(page).getByLabel('Your answer').inputValue()).toBe('');
		await context.close();
	});
});
