/**
 * The small things a careful reader trips over, each checked as a class across the pages where it
 * can happen: labels that touch their fields, tool links without the site's accent, headings that
 * touch what follows them, "On this page" entries for hidden sections, practice tables that a phone
 * cuts off, and a hyphenated word broken across lines on a printed card. Built site, Chromium.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { emptyPracticeData, recordAttempt } from '../../src/lib/practice-store.ts';
import { freshPage, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite();

/** Every label on the page whose words sit closer than a space to its field, side by side or stacked. */
const touchingLabels = (page: Page) =>
	page.evaluate(() => {
		const touching: string[] = [];
		for (const label of document.querySelectorAll('main label')) {
			for (const field of label.querySelectorAll('input, select, textarea')) {
				const box = field.getBoundingClientRect();
				if (!field.checkVisibility() || box.width === 0) continue;
				for (const node of label.childNodes) {
					const text = node.nodeType === Node.TEXT_NODE ? node.textContent! : '';
					if (!text.trim()) continue;
					// The words alone, without the spaces around them, against the field.
					const range = document.createRange();
					range.setStart(node, text.length - text.trimStart().length);
					range.setEnd(node, text.trimEnd().length);
					for (const words of range.getClientRects()) {
						const sameLine = words.top < box.bottom && box.top < words.bottom;
						const gap = sameLine
							? Math.max(box.left - words.right, words.left - box.right)
							: Math.max(box.top - words.bottom, words.top - box.bottom);
						if (gap < (sameLine ? 3 : 2)) touching.push(`"${text.trim()}" is ${gap.toFixed(1)} px from its field`);
					}
				}
			}
		}
		return touching;
	});

/** A week of practice on three prompts, one with a follow-up: enough rows for the Progress tables. */
function practised() {
	let data = emptyPracticeData();
	for (const [i, promptId] of ['outage-you-owned', 'schema-migration-hot-table', 'led-complex-project'].entries()) {
		data = recordAttempt(data, {
			id: `attempt-${i}`,
			promptId,
			date: new Date().toISOString(),
			seconds: 150,
			preset: 'loop-story',
			level: 'senior',
			checked: 5,
			total: 9,
			...(i === 0 ? { followUp: { reason: 'no-number', question: 'How did you measure that?', seconds: 42 } } : {}),
		});
	}
	return JSON.stringify(data);
}

describe('labels', () => {
	it('keep a space between their words and their fields, on a desktop and on a phone', async () => {
		const { context, page } = await freshPage(site);
		const found: string[] = [];
		for (const width of [1280, 390]) {
			await page.setViewportSize({ width, height: 900 });
			for (const path of ['prompts/outage-you-owned/', 'practice/mock/', 'practice/analyzer/', 'practice/plan/']) {
				await page.goto(site.url + path);
				await page.locator('main textarea:enabled, main select:enabled, main input:enabled').first().waitFor();
				for (const problem of await touchingLabels(page)) found.push(`${width} px ${path}: ${problem}`);
			}
			await page.goto(site.url + 'practice/stories/');
			const quick = page.getByRole('form', { name: 'Add a raw entry' });
			await quick.getByLabel('Title').fill('Orders migration');
			await quick.getByRole('button', { name: 'Add story' }).click();
			await page.getByRole('button', { name: 'Edit: Orders migration' }).click();
			for (const problem of await touchingLabels(page)) found.push(`${width} px story editor: ${problem}`);
			await page.evaluate(() => localStorage.clear());
		}
		expect(found).toEqual([]);
		await context.close();
	}, 60_000);
});

describe('links in the practice tools', () => {
	it('use the accent colour of the guide’s own links, in both themes', async () => {
		const { context, page } = await freshPage(site);
		for (const theme of ['light', 'dark']) {
			await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
			await page.goto(site.url + 'practice/mock/');
			const prose = page.locator('.sl-markdown-content > p a').first();
			const inTool = page.locator('prep-mock form a').first();
			const colour = (link: typeof prose) => link.evaluate((a) => getComputedStyle(a).color);
			expect(await colour(inTool), theme).toBe(await colour(prose));
		}
		await context.close();
	});
});

describe('headings in the practice tools', () => {
	it('keep their space from the sentence or list below them', async () => {
		const { context, page } = await freshPage(site);
		await page.goto(site.url + 'practice/progress/');
		await page.evaluate((value) => localStorage.setItem('prep:practice', value), practised());
		for (const path of ['practice/progress/', 'practice/stories/']) {
			await page.goto(site.url + path);
			await page.locator('prep-progress, prep-coverage').first().waitFor();
			const close = await page.evaluate(() =>
				[...document.querySelectorAll(':is(prep-progress, prep-coverage, prep-stories, prep-mock) :is(h2, h3)')]
					.filter((h) => h.checkVisibility() && h.nextElementSibling?.checkVisibility())
					.map((h) => ({
						h: h.textContent!.trim(),
						gap: h.nextElementSibling!.getBoundingClientRect().top - h.getBoundingClientRect().bottom,
					}))
					.filter(({ gap }) => gap < 4)
					.map(({ h, gap }) => `${h}: ${gap.toFixed(1)} px`),
			);
			expect(close, path).toEqual([]);
		}
		await context.close();
	});
});

describe('"On this page"', () => {
	it('lists the mock loop’s sections only while they are shown', async () => {
		const { context, page } = await freshPage(site);
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(site.url + 'practice/mock/');
		const toc = page.locator('starlight-toc');
		const listed = async () =>
			await toc
				.getByRole('link')
				.evaluateAll((links) => links.filter((a) => a.checkVisibility()).map((a) => a.textContent!.trim()));
		await expect.poll(listed).toEqual(['Overview', 'Set up your loop', 'Recordings']);
		const setup = page.getByRole('form', { name: 'Set up your loop' });
		await setup.getByLabel('How many prompts').fill('1');
		await setup.getByLabel('Draw at random:').check();
		await setup.getByRole('button', { name: 'Start the loop' }).click();
		await expect.poll(listed).toEqual(['Overview', 'The loop', 'Recordings']);
		await page.getByRole('button', { name: 'Finish the loop' }).click();
		await expect.poll(listed).toEqual(['Overview', 'Summary', 'Recordings']);
		await context.close();
	});
});

describe('the Progress tables on a 390 px phone', () => {
	it('stack each row into a card that names every value, with nothing cut off', async () => {
		const { context, page } = await freshPage(site);
		await page.setViewportSize({ width: 390, height: 800 });
		await page.goto(site.url + 'practice/progress/');
		await page.evaluate((value) => localStorage.setItem('prep:practice', value), practised());
		await page.reload();
		const table = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Last score' }) });
		await expect.poll(() => table.getByRole('row').count()).toBe(4);
		const shape = await table.evaluate((t) => ({
			cutOff: t.scrollWidth - t.clientWidth,
			narrowest: Math.min(...[...t.querySelectorAll('tbody :is(th, td)')].map((c) => c.getBoundingClientRect().width)),
			width: t.getBoundingClientRect().width,
			names: [...t.querySelectorAll('tbody tr:first-child td')].map((c) => getComputedStyle(c, '::before').content),
		}));
		expect(shape.cutOff).toBeLessThanOrEqual(0);
		// No one-word-per-line column: every cell spans the card.
		expect(shape.narrowest).toBeGreaterThan(shape.width * 0.9);
		expect(shape.names[0]).toMatch(/^"Attempts"/);
		expect(shape.names.at(-1)).toMatch(/^"Last follow-up"/);
		// Still a table to a screen reader, its cells named by their column headers alone.
		expect(await table.getByRole('cell', { name: 'How did you measure that? (reply 0:42)' }).count()).toBe(1);
		await context.close();
	});
});

describe('the printed fold-over card', () => {
	it('keeps a hyphenated word on one line', async () => {
		const { context, page } = await freshPage(site);
		await page.goto(site.url + 'prompts/outage-you-owned/');
		await page.emulateMedia({ media: 'print' });
		await page.locator('prep-print-flashcard[data-fitted]').waitFor({ state: 'attached' });
		const word = page.locator('.prep-print-card .prep-face__question .prep-face__whole', { hasText: 'end-to-end' });
		expect(await word.evaluate((w) => w.getClientRects().length)).toBe(1);
		await context.close();
	});
});

describe('the practice pages on a first visit, on a phone and on a desktop', () => {
	it.each([390, 1280])('barely move as their scripts draw them from empty storage, %i px wide', async (width) => {
		const { context, page } = await freshPage(site);
		await page.setViewportSize({ width, height: 800 });
		await page.addInitScript(() => {
			const w = window as unknown as { shifted: number };
			w.shifted = 0;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
					if (!entry.hadRecentInput) w.shifted += entry.value;
			}).observe({ type: 'layout-shift', buffered: true });
		});
		const shifts: Record<string, number> = {};
		for (const path of ['practice/progress/', 'practice/stories/', 'practice/plan/', 'practice/mock/']) {
			await page.goto(site.url + path, { waitUntil: 'networkidle' });
			await page.waitForTimeout(500);
			shifts[path] = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
		}
		// Lighthouse counts a cumulative shift under 0.1 as good; a first visit should stay well under.
		for (const [path, shift] of Object.entries(shifts)) expect(shift, path).toBeLessThan(0.05);
		await context.close();
	});
});
