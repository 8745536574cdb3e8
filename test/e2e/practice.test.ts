/**
 * The practice tools as a reader uses them on the built site: the timer with a controlled clock,
 * the self-score checklist, the Progress page, export and import, and corrupted storage.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPage as freshProfile, useBuiltSite } from '../helpers/site.ts';

const PROMPT = 'prompts/outage-you-owned/';
const site = useBuiltSite();
const freshPage = (options: { javaScriptEnabled?: boolean } = {}) => freshProfile(site, options);

const timer = (page: Page) => page.getByRole('region', { name: 'Practice timer' });
const selfScore = (page: Page) => page.getByRole('region', { name: 'Self-score' });
const currentBeat = (page: Page) => timer(page).locator('li[aria-current="step"] .title');

describe('the practice timer', () => {
	it('paces the beats from Start: Task at 25 s, Reflection at 2:35', async () => {
		const { context, page } = await freshPage();
		await page.clock.install();
		await page.goto(site.url + PROMPT);
		await timer(page).getByRole('button', { name: 'Start' }).click();
		await page.clock.runFor(25_000);
		await expect.poll(() => currentBeat(page).textContent()).toBe('Task');
		expect(await timer(page).locator('[data-bind="beat"]').textContent()).toBe('Task');
		expect(await timer(page).getByRole('status').textContent()).toMatch(/^Task: /);
		await page.clock.runFor(130_000); // 2:35 in all
		await expect.poll(() => currentBeat(page).textContent()).toBe('Reflection');
		expect(await timer(page).locator('[data-bind="total"]').textContent()).toBe('2:35');
		await context.close();
	});

	it('keeps time from timestamps, so a stalled page catches up without drifting', async () => {
		const { context, page } = await freshPage();
		await page.clock.install();
		await page.goto(site.url + PROMPT);
		await timer(page).getByRole('button', { name: 'Start' }).click();
		await page.clock.runFor(1_000);
		// The wall clock jumps 100 s with no timer firing in between, as in a frozen background tab.
		await page.clock.setSystemTime(await page.evaluate(() => Date.now() + 100_000));
		await page.clock.runFor(300);
		await expect.poll(() => timer(page).locator('[data-bind="total"]').textContent()).toBe('1:41');
		expect(await currentBeat(page).textContent()).toBe('Trade-off');
		await context.close();
	});

	it('works from the keyboard: pause, resume, next beat, finish and an offer to score', async () => {
		const { context, page } = await freshPage();
		await page.clock.install();
		await page.goto(site.url + PROMPT);
		const start = timer(page).getByRole('button', { name: 'Start' });
		await start.focus();
		await page.keyboard.press('s');
		await page.clock.runFor(5_000);
		await page.keyboard.press('s');
		await expect.poll(() => timer(page).getByRole('button', { name: 'Resume' }).isVisible()).toBe(true);
		expect(await timer(page).getByRole('status').textContent()).toBe('Paused at 0:05.');
		await page.keyboard.press('s');
		await page.keyboard.press('n');
		await expect.poll(() => currentBeat(page).textContent()).toBe('Task');
		await page.clock.runFor(120_000);
		await page.keyboard.press('f');
		const verdict = timer(page).locator('[data-bind="verdict"]');
		await expect.poll(() => verdict.textContent()).toBe('You spoke for 2:05: on target (2:00–3:00).');
		await timer(page).getByRole('button', { name: 'Score this attempt' }).press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('score-title');
		expect(await selfScore(page).getByText('Timed answer: 2:05.').isVisible()).toBe(true);
		await context.close();
	});

	it('offers a screen-answer preset with the beats scaled to 1:30, judged on its own scale', async () => {
		const { context, page } = await freshPage();
		await page.clock.install();
		await page.goto(site.url + PROMPT);
		await timer(page)
			.getByLabel(/Screen answer/)
			.check();
		await expect.poll(() => timer(page).locator('[data-bind="planned"]').textContent()).toBe('1:30');
		await timer(page).getByRole('button', { name: 'Start' }).click();
		await page.clock.runFor(75_000);
		await timer(page).getByRole('button', { name: 'Finish' }).click();
		await expect
			.poll(() => timer(page).locator('[data-bind="verdict"]').textContent())
			.toBe('You spoke for 1:15: on target (1:00–1:30).');
		await context.close();
	});

	it('still lists the beats and their windows without JavaScript, and says it needs it', async () => {
		const { context, page } = await freshPage({ javaScriptEnabled: false });
		await page.goto(site.url + PROMPT);
		expect(await timer(page).getByText('The timer needs JavaScript.').isVisible()).toBe(true);
		expect(await timer(page).locator('.beats li').count()).toBe(6);
		expect(await timer(page).locator('.beats li').first().textContent()).toContain('0:20');
		expect(await timer(page).getByRole('button', { name: 'Start' }).isDisabled()).toBe(true);
		expect(await selfScore(page).getByRole('checkbox').first().isDisabled()).toBe(true);
		await context.close();
	});
});

describe('without JavaScript', () => {
	// Each practice page and island says what it needs, and offers no control that would do nothing.
	it.each([
		[PROMPT, ['The timer needs JavaScript.', 'The analyzer needs JavaScript.']],
		['practice/progress/', ["Your progress is read from this browser's storage, which needs JavaScript."]],
		['practice/stories/', ["The story bank keeps your stories in this browser's storage, which needs JavaScript."]],
		['practice/plan/', ["The plan keeps your ticks in this browser's storage, which needs JavaScript."]],
		['practice/mock/', ['The mock loop needs JavaScript.']],
		['practice/analyzer/', ['The analyzer needs JavaScript.']],
	])('%s says so and leaves every control disabled', async (path, notices) => {
		const { context, page } = await freshPage({ javaScriptEnabled: false });
		await page.goto(site.url + path);
		for (const notice of notices) expect(await page.getByText(notice).isVisible(), notice).toBe(true);
		const live = await page
			.locator('main :is(button, input, select, textarea)')
			.evaluateAll((controls) =>
				controls
					.filter(
						(c) =>
							(c as HTMLElement).offsetParent !== null && !(c as HTMLInputElement).disabled && !c.closest('fieldset:disabled'),
					)
					.map((c) => c.outerHTML.slice(0, 80)),
			);
		expect(live).toEqual([]);
		await context.close();
	});
});

describe('the self-score checklist', () => {
	it('keeps a tick across a reload, and the level across pages', async () => {
		const { context, page } = await freshPage();
		await page.goto(site.url + PROMPT);
		const first = selfScore(page).getByRole('checkbox').first();
		await first.check();
		await selfScore(page).getByLabel('Score against').selectOption('staff');
		await page.reload();
		expect(await selfScore(page).getByRole('checkbox').first().isChecked()).toBe(true);
		expect(await selfScore(page).getByRole('status').first().textContent()).toMatch(/^1 of \d+ checks at Staff\.$/);
		await page.goto(site.url + 'prompts/noisy-alert/');
		expect(await selfScore(page).getByLabel('Score against').inputValue()).toBe('staff');
		expect(await selfScore(page).getByRole('checkbox').first().isChecked()).toBe(false);
		await context.close();
	});

	it('saves an attempt that appears on Progress, and exports and imports it into a clean profile', async () => {
		const { context, page } = await freshPage();
		await page.clock.install();
		await page.goto(site.url + PROMPT);
		await timer(page).getByRole('button', { name: 'Start' }).click();
		await page.clock.runFor(150_000);
		await timer(page).getByRole('button', { name: 'Finish' }).click();
		const boxes = selfScore(page).getByRole('checkbox');
		for (const i of [0, 1, 2]) await boxes.nth(i).check();
		await selfScore(page).getByRole('button', { name: 'Save attempt' }).click();
		expect(await selfScore(page).locator('[data-bind="saved"]').textContent()).toMatch(/^Saved: 3 of \d+ at Senior, 2:30\./);
		expect(await boxes.first().isChecked()).toBe(false);

		await selfScore(page).getByRole('link', { name: 'See your progress' }).click();
		const row = page.getByRole('row', { name: /Walk through an outage you owned/ });
		expect(await row.textContent()).toContain('first attempt');
		expect(await row.textContent()).toContain('2:30');
		const todo = page.locator('[data-bind="todo"]');
		expect(await todo.textContent()).not.toContain('outage you owned');
		expect(await todo.locator('li').count()).toBe(3);

		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
		const exported = readFileSync((await download.path())!, 'utf8');
		await context.close();

		const clean = await freshPage();
		await clean.page.goto(site.url + 'practice/progress/');
		expect(await clean.page.getByText('No attempts yet.').isVisible()).toBe(true);
		await clean.page
			.getByLabel('Import a file')
			.setInputFiles({ name: 'practice.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
		await expect.poll(() => clean.page.getByRole('row', { name: /Walk through an outage you owned/ }).count()).toBe(1);
		expect(await clean.page.locator('[data-bind="data-status"]').textContent()).toBe(
			'Imported: 1 new attempt merged; nothing already here was lost.',
		);
		// Importing the same file again adds nothing.
		await clean.page
			.getByLabel('Import a file')
			.setInputFiles({ name: 'practice.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
		await expect
			.poll(() => clean.page.locator('[data-bind="data-status"]').textContent())
			.toBe('Imported: 0 new attempts merged; nothing already here was lost.');
		await clean.page
			.getByLabel('Import a file')
			.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
		// The error sits on the import field (see focus-and-announcements.test.ts).
		await expect
			.poll(() => clean.page.locator('#import-file-error').textContent())
			.toBe('This file is not a practice export or a kept-aside copy from this site, so nothing was imported.');
		expect(await clean.page.getByRole('row', { name: /Walk through an outage you owned/ }).count()).toBe(1);
		await clean.context.close();
	});

	it('deletes all practice data only when the reader confirms, and leaves other keys alone', async () => {
		const { context, page } = await freshPage();
		await page.goto(site.url + PROMPT);
		await selfScore(page).getByRole('checkbox').first().check();
		await selfScore(page).getByRole('button', { name: 'Save attempt' }).click();
		await page.evaluate(() => {
			localStorage.setItem('prep:backup:2026-11-01T00:00:00.000Z', '{oops');
			localStorage.setItem('starlight-theme', 'dark');
		});
		await page.goto(site.url + 'practice/progress/');
		const attemptRow = page.getByRole('row', { name: /Walk through an outage you owned/ });
		const storedKeys = () => page.evaluate(() => Object.keys(localStorage).sort());
		expect(await attemptRow.count()).toBe(1);
		const deleteAll = page.getByRole('button', { name: 'Delete all practice data' });

		// Cancelled: nothing changes.
		page.once('dialog', (dialog) => void dialog.dismiss());
		await deleteAll.click();
		expect(await attemptRow.count()).toBe(1);
		expect(await storedKeys()).toEqual(['prep:backup:2026-11-01T00:00:00.000Z', 'prep:practice', 'starlight-theme']);

		let question = '';
		page.once('dialog', (dialog) => {
			question = dialog.message();
			void dialog.accept();
		});
		await deleteAll.click();
		await expect
			.poll(() => page.locator('[data-bind="data-status"]').textContent())
			.toBe('All your practice data was deleted from this browser.');
		expect(question).toMatch(/^Delete all your practice data from this browser: .* This cannot be undone\.$/);
		expect(await page.getByText('No attempts yet.').isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: /^Download the copy kept aside on / }).count()).toBe(0);
		expect(await storedKeys()).toEqual(['starlight-theme']);
		await page.reload();
		expect(await page.getByText('No attempts yet.').isVisible()).toBe(true);
		await context.close();
	});

	it('keeps a corrupted stored value aside, says so, and still works', async () => {
		const { context, page } = await freshPage();
		await page.goto(site.url);
		await page.evaluate(() => localStorage.setItem('prep:practice', '{"version":1, "attempts": [oops'));
		await page.goto(site.url + PROMPT);
		const notice = selfScore(page).locator('[data-bind="notice"]');
		expect(await notice.textContent()).toMatch(
			/could not be read \(it is not valid JSON\)\. A copy is kept aside in this browser, and a fresh record was started; the Progress page can download it\.$/,
		);
		// Spoken to a reader: no storage key, and the page that can download the copy is a link.
		expect(await notice.textContent()).not.toContain('prep:');
		expect(await notice.getByRole('link', { name: 'the Progress page' }).getAttribute('href')).toBe('/practice/progress/');
		await selfScore(page).getByRole('checkbox').first().check();
		await page.reload();
		expect(await selfScore(page).getByRole('checkbox').first().isChecked()).toBe(true);
		const kept = await page.evaluate(() =>
			Object.keys(localStorage)
				.filter((k) => k.startsWith('prep:backup:'))
				.map((k) => localStorage.getItem(k)),
		);
		expect(kept).toEqual(['{"version":1, "attempts": [oops']);
		await page.goto(site.url + 'practice/progress/');
		expect(await page.getByRole('button', { name: /^Download the copy kept aside on / }).count()).toBe(1);
		await context.close();
	});
});
