/**
 * The story bank as a reader uses it on the built site: a raw entry, shaping it with the live
 * word count, linking it to prompts and watching the coverage matrix change, then export,
 * a clean profile and import bringing it all back.
 */
import { readFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { pdfInfo, pdfText } from '../helpers/pdf.ts';
import { freshPage as freshProfile, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();
const freshPage = () => freshProfile(site, { acceptDialogs: true });

const editor = (page: Page) => page.getByRole('form', { name: 'Edit story' });
const coldGaps = (page: Page) => page.getByRole('region', { name: 'Highest-signal prompts with no story' }).getByRole('listitem');
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

describe('the story bank', () => {
	it('adds a raw entry, shapes it, links two prompts and updates the coverage matrix; export and import bring it back', async () => {
		const { context, page } = await freshPage();
		await page.goto(site.url + 'practice/stories/');
		expect(await coldGaps(page).count()).toBe(4);

		const quick = page.getByRole('form', { name: 'Add a raw entry' });
		await quick.getByLabel('Title').fill('The 02:14 payments outage');
		await quick.getByLabel('One line').fill('Feb, payments, pool exhaustion, 38 min');
		await quick.getByLabel('Story type').selectOption({ label: 'Production outage' });
		await quick.getByRole('button', { name: 'Add story' }).click();
		expect(await page.locator('[data-bind="status"]').textContent()).toBe('Added “The 02:14 payments outage” to your bank.');
		expect(await page.locator('[data-bind="count"]').textContent()).toBe('Stories in your bank: 1 (0 shaped, 1 raw).');

		await page.getByRole('button', { name: 'Edit: The 02:14 payments outage' }).click();
		for (const beat of ['Situation', 'Task', 'Trade-off', 'Result', 'Reflection'])
			await editor(page).getByLabel(beat, { exact: true }).fill(words(20));
		await editor(page).getByLabel('Action', { exact: true }).fill(words(200));
		expect(await page.locator('[data-bind="length"]').textContent()).toBe('300 of 300 words · about 2:00 spoken');
		// The analyzer reads the assembled answer and links each finding to its pitfall.
		await editor(page)
			.getByLabel('Action', { exact: true })
			.fill('We paged the team, we rolled it back and we fixed the config. Latency improved significantly.');
		const findings = page.locator('[data-bind="findings"]');
		await expect.poll(() => findings.locator('a[href$="/pitfalls/plural-pronouns/"]').count()).toBe(1);
		expect(await findings.locator('a[href$="/pitfalls/vague-metrics/"]').count()).toBe(1);
		await editor(page).getByLabel('Action', { exact: true }).fill(words(210));
		expect(await page.locator('[data-bind="length"]').textContent()).toMatch(/^310 words: over the 300-word guideline by 10\./);
		await editor(page)
			.getByRole('checkbox', { name: /Outage you owned/ })
			.check();
		await editor(page)
			.getByRole('checkbox', { name: /Post-mortem you wrote/ })
			.check();
		await editor(page).getByLabel('Figures it cites, one per line').fill('38 minutes of errors\n1.2% of checkouts');
		await editor(page).getByRole('button', { name: 'Save story' }).click();
		expect(await editor(page).isHidden()).toBe(true);
		expect(await page.locator('[data-bind="count"]').textContent()).toBe('Stories in your bank: 1 (1 shaped, 0 raw).');

		// The matrix marks the two prompts, and two highest-signal prompts are still open.
		const row = (name: RegExp) => page.getByRole('table', { name: 'Stories against prompts' }).getByRole('row', { name });
		expect(
			await row(/Outage you owned/)
				.getByRole('cell')
				.first()
				.textContent(),
		).toBe('✓');
		expect(
			await row(/Post-mortem you wrote/)
				.getByRole('cell')
				.first()
				.textContent(),
		).toBe('✓');
		expect(
			await row(/Deadline pushback/)
				.getByRole('cell')
				.first()
				.textContent(),
		).toBe('');
		expect(await coldGaps(page).allTextContents()).toEqual([
			expect.stringMatching(/migration/i),
			expect.stringMatching(/deadline/i),
		]);
		expect(await page.locator('[data-bind="reach"]').textContent()).toBe('The 02:14 payments outage: answers 2 prompts');
		const missing = await page.locator('[data-bind="missing-types"] li').allTextContents();
		expect(missing).toHaveLength(6);
		expect(missing).not.toContain('Production outage');

		// Duplicate, then delete the copy.
		await page.getByRole('button', { name: 'Duplicate: The 02:14 payments outage' }).click();
		expect(await page.locator('[data-bind="count"]').textContent()).toBe('Stories in your bank: 2 (2 shaped, 0 raw).');
		await page.getByRole('button', { name: 'Delete: The 02:14 payments outage (copy)' }).click();
		expect(await page.locator('[data-bind="count"]').textContent()).toBe('Stories in your bank: 1 (1 shaped, 0 raw).');

		await page.goto(site.url + 'practice/progress/');
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Export', exact: true }).click(),
		]);
		const exported = readFileSync((await download.path())!, 'utf8');
		await context.close();

		const clean = await freshPage();
		await clean.page.goto(site.url + 'practice/progress/');
		await clean.page
			.getByLabel('Import a file')
			.setInputFiles({ name: 'practice.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
		await expect
			.poll(() => clean.page.locator('[data-bind="data-status"]').textContent())
			.toBe(
				'Imported: 0 new attempts merged; nothing already here was lost. Also merged: 1 new or updated story and 0 mock loops.',
			);
		await clean.page.goto(site.url + 'practice/stories/');
		expect(await clean.page.locator('[data-bind="count"]').textContent()).toBe('Stories in your bank: 1 (1 shaped, 0 raw).');
		expect(await coldGaps(clean.page).count()).toBe(2);
		// The deleted copy stays deleted.
		expect(await clean.page.getByText('(copy)').count()).toBe(0);
		await clean.context.close();
	});

	it('keeps a story’s scope from a labelled select worked by keyboard, and holds it against the target level', async () => {
		const { context, page } = await freshPage();
		// The target level is the stored one: here set on a prompt's checklist.
		await page.goto(site.url + 'prompts/outage-you-owned/');
		await page.locator('prep-checklist').getByLabel('Score against').selectOption('staff');
		await page.goto(site.url + 'practice/stories/');
		const scopeLine = page.locator('[data-bind="scope"]');
		const quick = page.getByRole('form', { name: 'Add a raw entry' });
		await quick.getByLabel('Title').fill('Orders table migration');
		await quick.getByRole('button', { name: 'Add story' }).click();
		expect(await scopeLine.textContent()).toBe(
			'Set each story’s scope in the editor to see your bank against the staff bar for scope of ownership.',
		);

		await page.getByRole('button', { name: 'Edit: Orders table migration' }).click();
		const scope = editor(page).getByRole('combobox', { name: 'Scope' });
		expect(await scope.inputValue()).toBe('');
		await scope.focus();
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('ArrowDown');
		expect(await scope.inputValue()).toBe('team');
		// The editor judges its beats by the analyzer's rules: a trade-off told without "I" still counts.
		const beats = {
			Situation: 'Checkout timed out every noon when the promo email went out.',
			Task: 'I was on call, so the fix was mine.',
			Action: 'Rolled back the deploy that had doubled the pool size.',
			'Trade-off': 'Rolled back rather than scaling the database: two minutes versus twenty.',
			Result: 'Errors fell from 4% to zero within three minutes.',
			Reflection: 'Next time I would canary pool changes on one node first.',
		};
		for (const [beat, text] of Object.entries(beats)) await editor(page).getByLabel(beat, { exact: true }).fill(text);
		const findings = page.locator('[data-bind="findings"]');
		await editor(page).getByLabel('Trade-off', { exact: true }).fill('Rolled back the deploy.');
		await expect.poll(() => findings.locator('a[href$="/pitfalls/no-trade-off/"]').count()).toBe(1);
		await editor(page).getByLabel('Trade-off', { exact: true }).fill(beats['Trade-off']);
		await expect.poll(() => findings.isHidden()).toBe(true);
		await editor(page).getByRole('button', { name: 'Save story' }).click();
		expect(await scopeLine.textContent()).toBe('You target staff; none of your stories spans more than one team.');

		await page.getByRole('button', { name: 'Edit: Orders table migration' }).click();
		expect(await scope.inputValue()).toBe('team');
		await scope.selectOption({ label: 'Several teams' });
		await editor(page).getByRole('button', { name: 'Save story' }).click();
		expect(await scopeLine.textContent()).toBe('You target staff; every story with a scope reaches several teams or wider.');

		// The scope survives a reload, and a story without one is counted as not set.
		await quick.getByLabel('Title').fill('Conference deadline');
		await quick.getByRole('button', { name: 'Add story' }).click();
		await page.reload();
		expect(await scopeLine.textContent()).toBe(
			'You target staff; every story with a scope reaches several teams or wider. 1 story has no scope yet.',
		);
		await context.close();
	});

	it('prints one story on its own sheet, and the cheat sheet with every shaped story', async () => {
		const { context, page } = await freshPage();
		// The test prints the page itself (page.pdf), which a print dialog already open would refuse.
		await page.addInitScript(() => {
			window.print = () => undefined;
		});
		await page.goto(site.url + 'practice/stories/');
		const quick = page.getByRole('form', { name: 'Add a raw entry' });
		for (const title of ['Orders table migration', 'Conference deadline']) {
			await quick.getByLabel('Title').fill(title);
			await quick.getByRole('button', { name: 'Add story' }).click();
		}
		expect(await page.getByRole('button', { name: 'Print the cheat sheet' }).isDisabled()).toBe(true);
		await page.getByRole('button', { name: 'Edit: Orders table migration' }).click();
		for (const beat of ['Situation', 'Task', 'Action', 'Trade-off', 'Result', 'Reflection']) {
			await editor(page).getByLabel(beat, { exact: true }).fill(`${beat} of the migration.`);
		}
		await editor(page).getByRole('combobox', { name: 'Scope' }).selectOption({ label: 'Several teams' });
		await editor(page).getByRole('button', { name: 'Save story' }).click();

		/** The printout as Chromium would print it: its page count and its text. */
		const printout = async () => {
			const path = join(tmpdir(), `story-sheet-${process.pid}-${Date.now()}.pdf`);
			await page.pdf({ path, format: 'A4' });
			const printed = { pages: pdfInfo(path).pages, text: pdfText(path) };
			unlinkSync(path);
			return printed;
		};

		await page.getByRole('button', { name: 'Print sheet: Conference deadline' }).click();
		const sheets = page.locator('[data-bind="print-area"] .sheet');
		expect(await sheets.locator('h3').allTextContents()).toEqual(['Conference deadline']);
		// One story, one page: the rest of the page takes no room on paper.
		const sheet = await printout();
		expect(sheet.pages).toBe(1);
		expect(sheet.text).toContain('Conference deadline');
		expect(sheet.text).not.toContain('Your story bank');
		await page.getByRole('button', { name: 'Print the cheat sheet' }).click();
		expect(await sheets.locator('h3').allTextContents()).toEqual(['Orders table migration']);
		expect(await sheets.locator('dt').allTextContents()).toEqual([
			'Situation',
			'Task',
			'Action',
			'Trade-off',
			'Result',
			'Reflection',
			'Scope',
		]);
		expect(await sheets.locator('dd').last().textContent()).toBe('Several teams');

		// On paper only the sheet shows.
		await page.emulateMedia({ media: 'print' });
		expect(await sheets.first().isVisible()).toBe(true);
		expect(await page.getByRole('heading', { name: 'Your story bank', level: 1 }).isVisible()).toBe(false);
		const cheat = await printout();
		expect(cheat.pages).toBe(1);
		expect(cheat.text).toContain('Orders table migration');
		await context.close();
	});
});
