/**
 * What the reader is told about keeping their data: every page that stores practice data says
 * when a stored record could not be read and was kept aside, and Progress says whether the
 * browser keeps the site's storage, when the data was last exported, and reminds the reader once
 * practice older than a week is in no export.
 */
import { describe, expect, it } from 'vitest';
import { emptyPracticeData, recordAttempt } from '../../src/lib/practice-store.ts';
import { newStory, saveStory } from '../../src/lib/stories.ts';
import { freshPage, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();
const notice = '[data-bind="notice"]';

describe('keeping practice data', () => {
	it.each([
		['the plan', 'practice/plan/', 'prep-plan'],
		['the mock loop', 'practice/mock/', 'prep-mock'],
		['the story bank', 'practice/stories/', 'prep-stories'],
		['a prompt page', 'prompts/outage-you-owned/', 'prep-checklist'],
	])('says on %s that unreadable data was kept aside', async (_, path, island) => {
		const { context, page } = await freshPage(site);
		await page.goto(site.url + path);
		await page.evaluate(() => localStorage.setItem('prep:practice', '{oops'));
		await page.reload();
		const shown = page.locator(`${island} > ${notice}, ${island} ${notice}`).first();
		expect(await shown.isVisible()).toBe(true);
		expect(await shown.textContent()).toMatch(
			/could not be read \(it is not valid JSON\)\. A copy is kept aside in this browser/,
		);
		await context.close();
	});

	it('says on the analyzer that unreadable kept drafts were set aside', async () => {
		const { context, page } = await freshPage(site);
		await page.goto(site.url + 'practice/analyzer/');
		await page.evaluate(() => localStorage.setItem('prep:drafts', '{oops'));
		await page.reload();
		const shown = page.locator('prep-analyzer [data-bind="notice"]');
		expect(await shown.isVisible()).toBe(true);
		expect(await shown.textContent()).toMatch(
			/^Your kept drafts could not be read \(it is not valid JSON\)\. A copy is kept aside in this browser; the Progress page can download it\.$/,
		);
		await context.close();
	});

	it('says on Progress whether storage is kept, when it was last exported, and reminds once work waits a week', async () => {
		const { context, page } = await freshPage(site);
		const tenDaysAgo = new Date(Date.now() - 10 * 24 * 60 * 60 * 1000).toISOString();
		const record = recordAttempt(emptyPracticeData(), {
			id: 'old',
			promptId: 'outage-you-owned',
			date: tenDaysAgo,
			seconds: 150,
			preset: 'loop-story',
			level: 'senior',
			checked: 5,
			total: 9,
		});
		await page.goto(site.url + 'practice/progress/');
		await page.evaluate((value) => localStorage.setItem('prep:practice', value), JSON.stringify(record));
		await page.reload();
		const persistence = page.locator('[data-bind="persistence"]');
		const reminder = page.locator('[data-bind="export-reminder"]');
		const persisted = await page.evaluate(() => navigator.storage.persisted());
		await expect
			.poll(() => persistence.textContent())
			.toMatch(persisted ? /^This browser keeps/ : /^This browser may delete this data on its own/);
		expect(await persistence.textContent()).toMatch(/Not exported yet\.$/);
		expect(await reminder.isVisible()).toBe(!persisted);

		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export' }).click();
		await download;
		await expect.poll(() => persistence.textContent()).toMatch(/Last exported: .+\.$/);
		expect(await reminder.isVisible()).toBe(false);
		await page.reload();
		expect(await persistence.textContent()).toMatch(/Last exported: .+\.$/);
		expect(await reminder.isVisible()).toBe(false);
		await context.close();
	});

	it('lists a recording whose audio cannot be read, lets the reader delete it, and says an export left it out', async () => {
		const { context, page } = await freshPage(site, { acceptDialogs: true });
		await page.goto(site.url + 'practice/mock/');
		await page.evaluate(
			() =>
				new Promise<void>((resolve, reject) => {
					const open = indexedDB.open('prep-recordings', 1);
					open.onupgradeneeded = () => open.result.createObjectStore('recordings', { keyPath: 'id' });
					open.onsuccess = () => {
						const tx = open.result.transaction('recordings', 'readwrite');
						tx.objectStore('recordings').put({
							id: 'broken',
							sessionId: 'mock-1',
							promptId: 'outage-you-owned',
							mime: 'audio/webm',
							size: 12,
							createdAt: new Date().toISOString(),
							blob: 'not audio',
						});
						tx.oncomplete = () => {
							open.result.close();
							resolve();
						};
						tx.onerror = () => reject(tx.error);
					};
				}),
		);
		await page.reload();
		const list = page.locator('[data-bind="recordings"]');
		await expect.poll(() => list.textContent()).toContain('The audio of this recording cannot be read in this browser.');

		const progress = await context.newPage();
		await progress.goto(site.url + 'practice/progress/');
		await progress.getByLabel('Include recordings in the export').check();
		const download = progress.waitForEvent('download');
		await progress.getByRole('button', { name: 'Export' }).click();
		const file = JSON.parse(
			await (await download).createReadStream().then(async (stream) => {
				let text = '';
				for await (const chunk of stream) text += chunk;
				return text;
			}),
		);
		expect(file.recordings).toEqual([]);
		expect(await progress.locator('[data-bind="data-status"]').textContent()).toMatch(
			/1 recording was left out: its audio could not be read/,
		);

		await list.getByRole('button', { name: /^Delete: / }).click();
		await expect
			.poll(() => page.locator('[data-bind="storage"]').textContent())
			.toBe('No recordings are stored in this browser yet.');
		expect(await list.locator('li').count()).toBe(0);
		await context.close();
	});

	it('says next to the tick that failed when the browser refuses to store, and changes nothing stored', async () => {
		const { context, page } = await freshPage(site);
		await page.goto(site.url + 'prompts/outage-you-owned/');
		await page.getByRole('region', { name: 'Self-score' }).getByRole('checkbox').first().check();
		const before = await page.evaluate(() => localStorage.getItem('prep:practice'));
		const refuse = () =>
			page.evaluate(() => {
				const setItem = Storage.prototype.setItem;
				Storage.prototype.setItem = function (key: string, value: string) {
					if (key === 'prep:practice') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
					setItem.call(this, key, value);
				};
			});
		await refuse();
		const second = page.getByRole('region', { name: 'Self-score' }).locator('.check:not([hidden])').nth(1);
		await second.getByRole('checkbox').click();
		// The tick shows what is stored: not ticked.
		expect(await second.getByRole('checkbox').isChecked()).toBe(false);
		const alert = second.locator('xpath=following-sibling::*[1]');
		expect(await alert.getAttribute('role')).toBe('alert');
		expect(await alert.textContent()).toBe('Saving failed: the browser refused to store more data.');
		expect(await page.evaluate(() => localStorage.getItem('prep:practice'))).toBe(before);

		await page.goto(site.url + 'practice/plan/');
		await refuse();
		const task = page.locator('prep-plan .task').first();
		await task.getByRole('checkbox').click();
		expect(await task.locator('xpath=following-sibling::*[1]').textContent()).toBe(
			'Saving failed: the browser refused to store more data.',
		);
		// The tick shows what is stored: not ticked.
		await expect.poll(() => task.getByRole('checkbox').isChecked()).toBe(false);
		expect(await page.evaluate(() => localStorage.getItem('prep:practice'))).toBe(before);
		await context.close();
	});

	it('keeps every readable part when one value is bad, says which, and imports the kept-aside copy back', async () => {
		const { context, page } = await freshPage(site);
		const good = (id: string, promptId: string, seconds: number) => ({
			id,
			promptId,
			date: new Date().toISOString(),
			seconds,
			preset: 'loop-story',
			level: 'senior' as const,
			checked: 5,
			total: 9,
		});
		const withStory = saveStory(
			recordAttempt(
				recordAttempt(emptyPracticeData(), good('a1', 'outage-you-owned', 150)),
				good('a2', 'a-prompt-since-removed', 140),
			),
			newStory('s1', { title: 'Orders migration' }, new Date()),
			new Date(),
		);
		const spoiled = { ...withStory, attempts: [...withStory.attempts, { ...good('a3', 'noisy-alert', 100), seconds: -3 }] };
		await page.goto(site.url + 'practice/stories/');
		await page.evaluate((value) => localStorage.setItem('prep:practice', value), JSON.stringify(spoiled));
		await page.reload();
		expect(await page.locator('[data-bind="list"] li strong').allTextContents()).toEqual(['Orders migration']);
		expect(await page.locator('prep-stories > [data-bind="notice"]').textContent()).toMatch(
			/^Part of your saved practice data could not be read: 1 attempt could not be read: attempt 3 \(its time\)/,
		);

		// Progress lists both readable attempts; the one for a removed prompt says so.
		await page.goto(site.url + 'practice/progress/');
		const rows = page.locator('[data-bind="rows"] tr th');
		expect((await rows.allTextContents()).sort()).toEqual([
			'A prompt this site no longer has (a-prompt-since-removed)',
			'Walk through an outage you owned end-to-end.',
		]);

		// The kept-aside copy imports back into a clean profile, naming what it left out.
		const backup = await page.evaluate(() => {
			const key = Object.keys(localStorage).find((k) => k.startsWith('prep:backup:'))!;
			return localStorage.getItem(key)!;
		});
		const clean = await freshPage(site);
		await clean.page.goto(site.url + 'practice/progress/');
		await clean.page
			.getByLabel('Import a file')
			.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
		await expect
			.poll(() => clean.page.locator('[data-bind="data-status"]').textContent())
			.toMatch(/^Imported: 2 new attempts merged/);
		expect(await clean.page.locator('[data-bind="data-status"]').textContent()).toMatch(
			/Left out, because they could not be read: attempt 3 \(its time/,
		);
		await clean.context.close();
		await context.close();
	});

	it('refuses a start date with a two-digit year on its field and keeps the saved one', async () => {
		const { context, page } = await freshPage(site);
		await page.goto(site.url + 'practice/plan/');
		const start = page.getByLabel('Start of week 1');
		const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
		await start.fill(today);
		await expect
			.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('prep:practice') ?? '{}').plan?.startDate))
			.toBe(today);
		await start.fill('0026-11-15');
		await start.dispatchEvent('change');
		expect(await start.getAttribute('aria-invalid')).toBe('true');
		expect(await page.locator(`#${await start.getAttribute('aria-describedby')}`).textContent()).not.toBe('');
		expect(await page.evaluate(() => JSON.parse(localStorage.getItem('prep:practice')!).plan.startDate)).toBe(today);
		expect(await page.locator('[data-bind="phase"]').textContent()).not.toMatch(/ago/);
		await context.close();
	});
});
