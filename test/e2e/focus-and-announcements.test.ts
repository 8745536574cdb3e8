/**
 * What axe cannot see, checked with the keyboard and a record of live-region changes: where
 * focus lands after each action that redraws or hides its control, how many times a live region
 * speaks while a pause runs or a story is typed, Escape with unsaved edits, and errors that sit
 * on their field.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPage, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();

/** What has focus, as its accessible name and tag. */
const focused = (page: Page) =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return el ? `${el.tagName.toLowerCase()}: ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}` : 'none';
	});

/** Counts the text changes of the live regions inside `selector` from now on. */
async function recordAnnouncements(page: Page, selector: string) {
	await page.evaluate((within) => {
		const counts: string[] = [];
		(window as unknown as { announced: string[] }).announced = counts;
		const regions = document.querySelectorAll(`${within} [role="status"], ${within} [role="alert"], ${within} [aria-live]`);
		for (const region of regions) {
			new MutationObserver(() => counts.push(region.textContent ?? '')).observe(region, {
				childList: true,
				characterData: true,
				subtree: true,
			});
		}
	}, selector);
	return () => page.evaluate(() => (window as unknown as { announced: string[] }).announced.filter((text) => text.trim() !== ''));
}

describe('focus', () => {
	it('stays on a story after save, duplicate and delete in the story bank', async () => {
		const { context, page } = await freshPage(site, { acceptDialogs: true });
		await page.goto(site.url + 'practice/stories/');
		const quick = page.getByRole('form', { name: 'Add a raw entry' });
		for (const title of ['Orders migration', 'Payments outage']) {
			await quick.getByLabel('Title').fill(title);
			await quick.getByRole('button', { name: 'Add story' }).click();
		}
		await page.getByRole('button', { name: 'Edit: Orders migration' }).click();
		await page.getByRole('form', { name: 'Edit story' }).getByLabel('Title').fill('Orders migration, 400M rows');
		await page.getByRole('form', { name: 'Edit story' }).getByRole('button', { name: 'Save story' }).click();
		expect(await focused(page)).toBe('button: Edit: Orders migration, 400M rows');

		await page.getByRole('button', { name: 'Duplicate: Payments outage' }).click();
		expect(await focused(page)).toBe('button: Edit: Payments outage (copy)');

		await page.getByRole('button', { name: 'Delete: Orders migration, 400M rows' }).click();
		expect(await focused(page)).toBe('button: Edit: Payments outage');
		await context.close();
	});

	it('moves from a hidden Next to the pause, and Set up another loop returns to the set-up heading', async () => {
		const { context, page } = await freshPage(site);
		await page.clock.install();
		await page.goto(site.url + 'practice/mock/');
		const setup = page.getByRole('form', { name: 'Set up your loop' });
		await setup.getByLabel('Draw at random:').check();
		await setup.getByLabel('How many prompts').fill('2');
		await setup.getByLabel('Pause between prompts, in seconds').fill('5');
		const record = await recordAnnouncements(page, '[data-bind="pause"]');
		await setup.getByRole('button', { name: 'Start the loop' }).click();
		await page.getByRole('button', { name: 'Next prompt' }).click();
		expect(await focused(page)).toBe('button: Start the next prompt now');
		await page.clock.runFor(5_000);
		// The pause spoke once, though its countdown redrew many times.
		expect(await record()).toEqual(['Pause. The next prompt starts in 0:05, or start it now.']);
		await page.getByRole('button', { name: 'Finish the loop' }).click();
		await page.getByRole('button', { name: 'Set up another loop' }).click();
		expect(await setup.isVisible()).toBe(true);
		expect(await focused(page)).toBe('h2: Set up your loop');
		await context.close();
	});

	it('passes from the timer’s Finish to Score this attempt, and keeps the length while it runs', async () => {
		const { context, page } = await freshPage(site);
		await page.goto(site.url + 'prompts/outage-you-owned/');
		const timer = page.getByRole('region', { name: 'Practice timer' });
		await timer.getByRole('button', { name: 'Start' }).click();
		expect(await timer.getByLabel(/Screen answer/).isDisabled()).toBe(true);
		await timer.getByRole('button', { name: 'Finish' }).click();
		expect(await focused(page)).toBe('button: Score this attempt');
		expect(await timer.getByLabel(/Screen answer/).isDisabled()).toBe(false);
		await context.close();
	});
});

describe('live regions', () => {
	it('speak the story editor’s word count once typing pauses, not per keystroke', async () => {
		const { context, page } = await freshPage(site);
		await page.clock.install();
		await page.goto(site.url + 'practice/stories/');
		const quick = page.getByRole('form', { name: 'Add a raw entry' });
		await quick.getByLabel('Title').fill('Orders migration');
		await quick.getByRole('button', { name: 'Add story' }).click();
		await page.getByRole('button', { name: 'Edit: Orders migration' }).click();
		await page.clock.runFor(2_000);
		const record = await recordAnnouncements(page, 'form[data-form="editor"]');
		await page
			.getByRole('form', { name: 'Edit story' })
			.getByLabel('Situation', { exact: true })
			.pressSequentially('We had four hundred million rows');
		await page.clock.runFor(2_000);
		expect(await record()).toEqual(['6 of 300 words · about 0:02 spoken']);
		await context.close();
	});
});

describe('the mock loop’s pause, with the keyboard', () => {
	it('holds, lengthens and lets the countdown run again, saying each change once and keeping focus', async () => {
		const { context, page } = await freshPage(site);
		await page.clock.install();
		await page.goto(site.url + 'practice/mock/');
		const setup = page.getByRole('form', { name: 'Set up your loop' });
		await setup.getByLabel('Draw at random:').check();
		await setup.getByLabel('How many prompts').fill('2');
		await setup.getByLabel('Pause between prompts, in seconds').fill('5');
		await setup.getByRole('button', { name: 'Start the loop' }).press('Enter');
		const record = await recordAnnouncements(page, '[data-bind="pause"]');
		await page.getByRole('button', { name: 'Next prompt' }).press('Enter');
		expect(await focused(page)).toBe('button: Start the next prompt now');

		await page.keyboard.press('Tab');
		expect(await focused(page)).toBe('button: Hold the countdown');
		await page.keyboard.press('Space');
		const hold = page.getByRole('button', { name: 'Hold the countdown' });
		expect(await hold.getAttribute('aria-pressed')).toBe('true');
		// Held: a minute later the pause is still there, its time unchanged, and focus has not moved.
		await page.clock.runFor(60_000);
		const pause = page.locator('[data-bind="pause"]');
		expect(await pause.isVisible()).toBe(true);
		expect(await page.locator('[data-bind="pause-left"]').textContent()).toBe('Countdown held with 0:05 to go.');
		expect(await focused(page)).toBe('button: Hold the countdown');

		await page.keyboard.press('Tab');
		expect(await focused(page)).toBe('button: Add 30 seconds');
		await page.keyboard.press('Enter');
		expect(await focused(page)).toBe('button: Add 30 seconds');
		await page.keyboard.press('Shift+Tab');
		await page.keyboard.press('Space');
		expect(await hold.getAttribute('aria-pressed')).toBe('false');
		await page.clock.runFor(34_000);
		expect(await pause.isVisible()).toBe(true);
		expect(await page.locator('[data-bind="pause-left"]').textContent()).toBe('Next prompt in 0:01.');
		await page.clock.runFor(1_500);
		expect(await pause.isVisible()).toBe(false);
		// The reader was still on the pause's buttons, so focus goes on to the new question.
		expect(await page.evaluate(() => document.activeElement?.getAttribute('data-bind'))).toBe('question');
		// Four changes, four announcements: none of the countdown's hundred redraws was spoken.
		expect(await record()).toEqual([
			'Pause. The next prompt starts in 0:05, or start it now.',
			'Countdown held with 0:05 to go.',
			'Added 30 seconds: 0:35 to go once the countdown runs again.',
			'Countdown running again: the next prompt starts in 0:35.',
		]);
		await context.close();
	});
});

describe('input is kept', () => {
	it('asks before Escape discards unsaved story edits, and closes at once when nothing changed', async () => {
		const { context, page } = await freshPage(site, { acceptDialogs: true });
		await page.goto(site.url + 'practice/stories/');
		const quick = page.getByRole('form', { name: 'Add a raw entry' });
		await quick.getByLabel('Title').fill('Orders migration');
		await quick.getByRole('button', { name: 'Add story' }).click();
		const editor = page.getByRole('form', { name: 'Edit story' });
		await page.getByRole('button', { name: 'Edit: Orders migration' }).click();
		await editor.getByLabel('Title').press('Escape');
		expect(await editor.isVisible()).toBe(false);

		await page.getByRole('button', { name: 'Edit: Orders migration' }).click();
		await editor.getByLabel('Situation', { exact: true }).fill('Four hundred million rows');
		page.removeAllListeners('dialog');
		let asked = '';
		page.once('dialog', (dialog) => {
			asked = dialog.message();
			void dialog.dismiss();
		});
		await editor.getByLabel('Situation', { exact: true }).press('Escape');
		expect(asked).toBe('Close the editor and discard the changes you have not saved?');
		expect(await editor.getByLabel('Situation', { exact: true }).inputValue()).toBe('Four hundred million rows');
		await context.close();
	});

	it('says a file that cannot be imported on the import field, keeps the file chosen, and clears it after a good import', async () => {
		const { context, page } = await freshPage(site);
		await page.goto(site.url + 'practice/progress/');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export' }).click()]);
		const exported = readFileSync((await download.path())!);
		const field = page.getByLabel('Import a file');
		await field.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
		await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
		const errorId = (await field.getAttribute('aria-describedby'))!;
		expect(await page.locator(`#${errorId}`).textContent()).toBe(
			'This file is not a practice export or a kept-aside copy from this site, so nothing was imported.',
		);
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file');
		expect(await field.evaluate((input: HTMLInputElement) => input.files?.[0]?.name)).toBe('notes.json');
		// Said once, by the field: the status line does not repeat it.
		expect(await page.locator('[data-bind="data-status"]').textContent()).toBe('');

		await field.setInputFiles({ name: 'practice.json', mimeType: 'application/json', buffer: exported });
		await expect.poll(() => page.locator('[data-bind="data-status"]').textContent()).toMatch(/^Imported: 0 new attempts merged/);
		expect(await field.getAttribute('aria-invalid')).toBeNull();
		expect(await field.getAttribute('aria-describedby')).toBeNull();
		expect(await page.locator(`#${errorId}`).count()).toBe(0);
		await context.close();
	});

	it('says a custom timer length outside the range on its field and keeps the number typed', async () => {
		const { context, page } = await freshPage(site);
		await page.goto(site.url + 'prompts/outage-you-owned/');
		const timer = page.getByRole('region', { name: 'Practice timer' });
		await timer.getByLabel('Custom').check();
		const field = timer.getByLabel('Total in seconds');
		await field.fill('5');
		await field.press('Tab');
		expect(await field.getAttribute('aria-invalid')).toBe('true');
		const errorId = (await field.getAttribute('aria-describedby'))!;
		expect(await page.locator(`#${errorId}`).textContent()).toBe('Enter a length from 0:30 to 15:00 (in seconds: 30 to 900).');
		expect(await field.inputValue()).toBe('5');
		// The plan still shows the length it had, not a silently clamped one.
		expect(await timer.locator('[data-bind="planned"]').textContent()).toBe('2:40');
		await field.fill('120');
		await field.press('Tab');
		expect(await field.getAttribute('aria-invalid')).toBeNull();
		expect(await timer.locator('[data-bind="planned"]').textContent()).toBe('2:00');
		await context.close();
	});
});
