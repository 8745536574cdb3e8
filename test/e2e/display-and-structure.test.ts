/**
 * What a reader sees and hears beyond axe: recordings' buttons named for their recording with
 * their pressed state shown, the coverage matrix read in row groups with its star explained, the
 * timer and the analyzer in forced colours, the sidebar's chevron under reduced motion, the
 * analyzer's heading levels, and every page kind at 320 px, with WCAG text spacing, without
 * sideways scrolling.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PAGE_KINDS } from '../../scripts/lib/page-kinds.ts';
import { freshPage, useBuiltSite } from '../helpers/site.ts';

const site = useBuiltSite(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);

/** The computed value of `property` on the element `selector` finds first. */
const styleOf = (page: Page, selector: string, property: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el, name) => getComputedStyle(el).getPropertyValue(name), property);

/** WCAG 1.4.12's text spacing: line height 1.5, paragraphs 2em apart, letters 0.12em, words 0.16em. */
const TEXT_SPACING = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-block-end: 2em !important; }`;

const ANSWER =
	'At 02:14 our payments API started failing for a third of checkouts. I was the on-call lead, so I owned the fix. ' +
	'I rolled back the deploy, paged the database team and cut the error rate from 31% to 0.4% in 12 minutes. ' +
	'I chose a rollback over a hotfix because the cost of waiting was higher. Next time I would gate the migration behind a flag.';

describe('recordings', () => {
	it('name every speed button for its recording, show the pressed one, and change only the record button’s label', async () => {
		const { context, page } = await freshPage(site, { acceptDialogs: true });
		await page.goto(site.url + 'practice/mock/');
		const setup = page.getByRole('form', { name: 'Set up your loop' });
		await setup.getByLabel('Draw at random:').check();
		await setup.getByLabel('How many prompts').fill('1');
		await setup.getByLabel('Pause between prompts, in seconds').fill('0');
		await setup.getByLabel('Record my answers with the microphone').check();
		await setup.getByRole('button', { name: 'Start the loop' }).click();
		const start = page.getByRole('button', { name: 'Start recording', exact: true });
		expect(await start.getAttribute('aria-pressed')).toBeNull();
		await start.press('Enter');
		const stop = page.getByRole('button', { name: 'Stop recording', exact: true });
		await expect.poll(() => stop.count()).toBe(1);
		// The label says what a press does; aria-pressed would make it "Stop recording, pressed".
		expect(await stop.getAttribute('aria-pressed')).toBeNull();
		await page.waitForTimeout(800);
		await stop.press('Enter');
		await page.getByRole('button', { name: 'Finish the loop' }).click();

		const summary = page.getByRole('region', { name: 'Summary' });
		await expect.poll(() => summary.locator('audio').count()).toBe(1);
		const recording = (await summary.locator('audio').getAttribute('aria-label'))!;
		expect(recording.length).toBeGreaterThan(3);
		const normal = summary.getByRole('button', { name: `Play at 1x: ${recording}`, exact: true });
		const faster = summary.getByRole('button', { name: `Play at 1.25x: ${recording}`, exact: true });
		expect(await normal.getAttribute('aria-pressed')).toBe('true');
		expect(await faster.getAttribute('aria-pressed')).toBe('false');
		const look = (button: typeof normal) =>
			button.evaluate((b) => {
				const style = getComputedStyle(b);
				return `${style.backgroundColor} ${style.fontWeight} ${getComputedStyle(b, '::before').content}`;
			});
		const unpressed = await look(faster);
		await faster.press('Enter');
		expect(await faster.getAttribute('aria-pressed')).toBe('true');
		expect(await normal.getAttribute('aria-pressed')).toBe('false');
		expect(await look(faster)).not.toBe(unpressed);
		expect(await look(normal)).toBe(unpressed);
		// The tick shows the choice without colour, and forced colours keep it in system colours.
		expect(await faster.evaluate((b) => getComputedStyle(b, '::before').content)).toMatch(/✓/);
		await page.emulateMedia({ forcedColors: 'active' });
		expect(await faster.evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(
			await normal.evaluate((b) => getComputedStyle(b).backgroundColor),
		);

		// The list of every recording names them too, with the date that tells two takes apart.
		const list = page.getByRole('region', { name: 'Recordings' });
		await expect.poll(() => list.locator('audio').count()).toBe(1);
		const listed = (await list.locator('audio').getAttribute('aria-label'))!;
		expect(listed.startsWith(`${recording}, `)).toBe(true);
		expect(await list.getByRole('button', { name: `Play at 1.25x: ${listed}`, exact: true }).count()).toBe(1);
		// Its speed buttons and Delete sit on the player's row, centred on it.
		const offCentre = await list
			.locator('li')
			.first()
			.evaluate((li) => {
				const middle = (el: Element) => ((r) => r.top + r.height / 2)(el.getBoundingClientRect());
				const player = middle(li.querySelector('audio')!);
				return [...li.querySelectorAll('button')].map((b) => Math.abs(middle(b) - player));
			});
		expect(offCentre.length).toBe(3);
		for (const distance of offCentre) expect(distance).toBeLessThan(3);
		await context.close();
	});
});

describe('the coverage matrix', () => {
	it('groups prompts in row groups, explains the star and says which prompts no story answers', async () => {
		const { context, page } = await freshPage(site);
		await page.goto(site.url + 'practice/stories/');
		const quick = page.getByRole('form', { name: 'Add a raw entry' });
		await quick.getByLabel('Title').fill('Orders migration');
		await quick.getByRole('button', { name: 'Add story' }).click();
		const table = page.getByRole('table', { name: 'Stories against prompts' });
		const shape = await table.evaluate((t) => ({
			bodies: t.querySelectorAll(':scope > tbody').length,
			headedBodies: [...t.querySelectorAll(':scope > tbody')].filter((b) =>
				b.querySelector(':scope > tr:first-child > th[scope="rowgroup"]'),
			).length,
			colgroups: t.querySelectorAll('th[scope="colgroup"]').length,
		}));
		expect(shape.bodies).toBeGreaterThan(1);
		expect(shape.headedBodies).toBe(shape.bodies);
		expect(shape.colgroups).toBe(0);
		expect(await page.getByText('A star marks a highest-signal prompt.').isVisible()).toBe(true);
		// The four highest-signal prompts say so in words; with one unlinked story, none is answered.
		expect(await table.getByRole('rowheader', { name: /\(highest signal\)/ }).count()).toBe(4);
		const gaps = table.locator('tr[data-gap] th .gap-mark');
		expect(await gaps.count()).toBe(await table.locator('tr[data-gap]').count());
		expect(await gaps.first().isVisible()).toBe(true);
		expect(await gaps.first().textContent()).toBe('(no story yet)');
		await context.close();
	});
});

describe('forced colours and reduced motion', () => {
	it('keep the timer’s current beat outlined and apart from the others', async () => {
		const { context, page } = await freshPage(site);
		await page.emulateMedia({ forcedColors: 'active' });
		await page.goto(site.url + 'prompts/outage-you-owned/');
		const current = '.beats li[aria-current="step"]';
		expect(await styleOf(page, current, 'outline-style')).toBe('solid');
		expect(await styleOf(page, current, 'border-inline-start-width')).toBe('6px');
		expect(await styleOf(page, '.beats li:not([aria-current])', 'outline-style')).toBe('none');
		await page.emulateMedia({ forcedColors: 'none' });
		expect(await styleOf(page, current, 'outline-style')).toBe('none');
		await context.close();
	});

	it('keep the analyzer’s beat tags bordered, and read each tag apart from its sentence', async () => {
		const { context, page } = await freshPage(site);
		await page.goto(site.url + 'practice/analyzer/');
		const analyzer = page.getByRole('region', { name: 'Check an answer' });
		await analyzer.getByLabel('Your answer').fill(ANSWER);
		await analyzer.getByRole('button', { name: 'Analyze' }).click();
		await expect.poll(() => analyzer.getByRole('status').textContent()).toMatch(/words, about/);
		await expect.poll(() => analyzer.locator('.marked .beat-tag').count()).toBeGreaterThan(1);
		// Polled: the analyzer may redraw the marked answer once more as the typing settles.
		await expect.poll(() => styleOf(page, '.marked .beat-tag', 'border-top-style')).toBe('none');
		await page.emulateMedia({ forcedColors: 'active' });
		await expect.poll(() => styleOf(page, '.marked .beat-tag', 'border-top-style')).toBe('solid');
		// Each tag is read as "Tagged Situation: " before its sentence, never run into it.
		for (const tag of await analyzer.locator('.marked .beat-tag').allTextContents()) expect(tag).toMatch(/^Tagged \S.*: $/);
		expect(await analyzer.locator('.marked').textContent()).toContain(': At 02:14');

		// The feedback's headings sit under the region's h2, as h3.
		for (const name of ['Beats', 'Pitfalls', 'Ask yourself', 'Numbers you cited', 'Your answer, marked']) {
			expect(await analyzer.getByRole('heading', { name, level: 3 }).count()).toBe(1);
		}
		expect(await analyzer.locator('h4').count()).toBe(0);
		await context.close();
	});

	it('turn the sidebar’s chevron without animating it under reduced motion', async () => {
		const { context, page } = await freshPage(site);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.goto(site.url + 'framework/');
		const caret = '.sidebar-content details .caret';
		expect(await styleOf(page, caret, 'transition-duration')).not.toBe('0s');
		await page.emulateMedia({ reducedMotion: 'reduce' });
		expect(await styleOf(page, caret, 'transition-duration')).toBe('0s');
		expect(await styleOf(page, caret, 'animation-name')).toBe('none');
		await context.close();
	});
});

describe('at 320 px', () => {
	it('shows the whole site title and scrolls no page kind sideways, with or without WCAG text spacing', async () => {
		// bypassCSP lets the test add the spacing stylesheet, as a reader's extension would.
		const context = await site.browser.newContext({ viewport: { width: 320, height: 720 }, bypassCSP: true });
		const page = await context.newPage();
		const overflow: string[] = [];
		for (const { path } of PAGE_KINDS) {
			await page.goto(site.url + path.slice(1));
			const measure = () =>
				page.evaluate(() => ({
					page: document.documentElement.scrollWidth - innerWidth,
					title: (({ scrollWidth, clientWidth }) => scrollWidth - clientWidth)(document.querySelector('.site-title span')!),
				}));
			const plain = await measure();
			await page.addStyleTag({ content: TEXT_SPACING });
			const spaced = await measure();
			if (plain.title > 0) overflow.push(`${path}: the site title is cut off by ${plain.title} px`);
			if (plain.page > 0) overflow.push(`${path}: scrolls ${plain.page} px sideways`);
			if (spaced.page > 0) overflow.push(`${path}: scrolls ${spaced.page} px sideways with text spacing`);
		}
		expect(overflow).toEqual([]);
		await context.close();
	}, 120_000);
});
