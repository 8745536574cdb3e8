/**
 * Draft first, then the sample, on a sample answer's page: the sample waits while the reader
 * drafts, "Compare with the sample" shows both beat by beat as the analyzer reads them, "Show the
 * sample now" skips the draft, a link into the sample opens it, and without JavaScript the sample
 * is simply there. The prompt page's follow-up round asks from the kept draft, and its reply is
 * saved with the attempt and shown on Progress.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/integrations/load-content.ts';
import { GAP_QUESTIONS } from '../../src/lib/follow-up.ts';
import { freshPage, useBuiltSite } from '../helpers/site.ts';
import { ROOT } from '../helpers/paths.ts';

const { content } = loadContent(ROOT, 'content');
const answer = content.answers.find((a) => a.id === 'orders-table-migration')!;
const ref = answer.data.prompt as string | { id: string };
const promptId = typeof ref === 'string' ? ref : ref.id;
const situation = answer.data.beats[0]!.text;
const site = useBuiltSite();
const sampleQuote = (page: Page) => page.locator('#sample').getByText(situation, { exact: true });
// "We" does the work and there is no number, no rejected option, no reflection.
const DRAFT = 'Last year our orders table needed a new column. We wrote a backfill and we ran it over a weekend. It went fine.';

describe('draft first, then the sample', () => {
	it('keeps the sample back while the reader drafts, then compares the two beat by beat', async () => {
		const { context, page } = await freshPage(site);
		await page.goto(`${site.url}answers/${answer.id}/`);
		const draft = page.getByRole('region', { name: 'Your draft first' });
		expect(await draft.getByRole('button', { name: 'Compare with the sample' }).isEnabled()).toBe(true);
		expect(await sampleQuote(page).isHidden()).toBe(true);

		await draft.getByLabel('Your answer').fill(DRAFT);
		await draft.getByLabel('Keep this draft in this browser').check();
		await draft.getByRole('button', { name: 'Compare with the sample' }).click();
		const table = page.getByRole('table', { name: /Your draft beside the sample/ });
		await expect.poll(() => table.isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('compare');
		const rows = table.getByRole('row');
		expect(await rows.count()).toBe(7);
		// The situation row quotes the draft's first sentence beside the sample's situation.
		const situationRow = rows.nth(1);
		expect(await situationRow.getByRole('rowheader').textContent()).toBe('Situation');
		expect(await situationRow.getByRole('cell').first().textContent()).toContain(
			'Found: Last year our orders table needed a new column.',
		);
		expect(await situationRow.getByRole('cell').nth(1).textContent()).toContain(situation);
		expect(await rows.nth(4).getByRole('cell').first().textContent()).toBe('Not found in your draft.');
		expect(await draft.getByRole('status').textContent()).toMatch(/^Compared: your draft covers \d of 6 beats\./);
		expect(await sampleQuote(page).isVisible()).toBe(true);

		// The prompt page's analyzer has the same draft, and its follow-up round asks from it.
		await page.goto(`${site.url}prompts/${promptId}/`);
		expect(await page.getByRole('region', { name: 'Answer analyzer' }).getByLabel('Your answer').inputValue()).toBe(DRAFT);
		await page.getByRole('button', { name: 'Ask me a follow-up' }).click();
		const round = page.locator('prep-follow-up');
		await expect.poll(() => round.locator('[data-bind="asked"]').textContent()).toBe(GAP_QUESTIONS['no-number']);
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-bind'))).toBe('asked');
		expect(await round.locator('[data-bind="clock-line"]').textContent()).toMatch(/Reply 0:0\d \/ 1:00/);
		// The reply goes with the attempt saved next, and Progress shows it.
		await round.getByRole('button', { name: 'Finish the reply' }).click();
		expect(await round.locator('[data-bind="result"]').textContent()).toMatch(
			/^You replied for 0:0\d: short of the 0:30 to 1:00 window\.$/,
		);
		await page.getByRole('region', { name: 'Self-score' }).getByRole('button', { name: 'Save attempt' }).click();
		await page.goto(`${site.url}practice/progress/`);
		const row = page.locator('[data-bind="rows"] tr').first();
		await expect
			.poll(() => row.locator('td').last().textContent())
			.toMatch(new RegExp(`^${GAP_QUESTIONS['no-number'].replace(/[?.]/g, '\\$&')} \\(reply 0:0\\d\\)$`));
		await context.close();
	});

	it('prints the sample, and shows it at once on request or when a link points into it', async () => {
		const { context, page } = await freshPage(site);
		await page.goto(`${site.url}answers/${answer.id}/`);
		// On paper the sample prints even while the screen holds it back for a draft.
		await page.emulateMedia({ media: 'print' });
		expect(await sampleQuote(page).isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: 'Show the sample now' }).isVisible()).toBe(false);
		await page.emulateMedia({ media: 'screen' });
		expect(await sampleQuote(page).isHidden()).toBe(true);
		await page.getByRole('button', { name: 'Show the sample now' }).click();
		expect(await sampleQuote(page).isVisible()).toBe(true);
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim().startsWith('Situation'))).toBe(true);
		await page.goto(`${site.url}answers/${answer.id}/#sample`);
		await page.reload();
		expect(await sampleQuote(page).isVisible()).toBe(true);
		await context.close();
	});

	it('shows the sample without JavaScript', async () => {
		const { context, page } = await freshPage(site, { javaScriptEnabled: false });
		await page.goto(`${site.url}answers/${answer.id}/`);
		expect(await sampleQuote(page).isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: 'Compare with the sample' }).isDisabled()).toBe(true);
		expect(await page.getByText('Writing a draft beside the sample needs JavaScript').isVisible()).toBe(true);
		await context.close();
	});
});
