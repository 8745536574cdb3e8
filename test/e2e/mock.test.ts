/**
 * The mock loop on the built site: a two-prompt loop run with a controlled clock (timer, pause,
 * self-score, summary, Progress), and a recorded answer from Chromium's fake microphone played
 * back at 1.25x, then exported with the recordings and restored in a clean profile.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadContent } from '../../src/integrations/load-content.ts';
import { GAP_QUESTIONS } from '../../src/lib/follow-up.ts';
import { freshPage as freshProfile, useBuiltSite } from '../helpers/site.ts';
import { ROOT } from '../helpers/paths.ts';

const { content } = loadContent(ROOT, 'content');
const site = useBuiltSite(['--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream']);
const freshPage = () => freshProfile(site, { acceptDialogs: true });

const timer = (page: Page) => page.getByRole('region', { name: 'Practice timer' });
const selfScore = (page: Page) => page.getByRole('region', { name: 'Self-score' });
const followUp = (page: Page) => page.locator('prep-follow-up');
const followUpsOf = (question: string | null) => content.prompts.find((p) => p.data.question === question)!.data.followUps;

/** Sets up a loop of `count` random prompts with the given pause. */
async function startLoop(page: Page, { count, pause, record = false }: { count: number; pause: number; record?: boolean }) {
	const setup = page.getByRole('form', { name: 'Set up your loop' });
	await setup.getByLabel('Draw at random:').check();
	await setup.getByLabel('How many prompts').fill(String(count));
	await setup.getByLabel('Pause between prompts, in seconds').fill(String(pause));
	if (record) await setup.getByLabel('Record my answers with the microphone').check();
	await setup.getByRole('button', { name: 'Start the loop' }).click();
}

describe('the mock loop', () => {
	// Each island comes alive in a task of its own (src/components/own-task.ts), in the order of its
	// script: the loop drives the timer, self-score and follow-up inside it, so it must not take a
	// click before they can, even where its script comes first.
	it('takes no click before the timer, self-score and follow-up inside it are alive, whatever the script order', async () => {
		const { context, page } = await freshPage();
		const url = site.url + 'practice/mock/';
		await page.route(url, async (route) => {
			const response = await route.fetch();
			const html = await response.text();
			const mock = html.match(/<script type="module" src="[^"]*MockLoop[^"]*"><\/script>/)![0];
			const first = html.indexOf('<script type="module" src=');
			const reordered = html.replace(mock, '');
			await route.fulfill({ response, body: reordered.slice(0, first) + mock + reordered.slice(first) });
		});
		// What was alive at the moment the start button was enabled.
		await page.addInitScript(() => {
			const w = window as unknown as { aliveAtStart?: string[] };
			new MutationObserver((_, observer) => {
				const start = document.querySelector<HTMLButtonElement>('form[data-form="setup"] button[type="submit"]');
				if (!start || start.disabled) return;
				w.aliveAtStart = ['prep-timer', 'prep-checklist', 'prep-follow-up'].filter((name) => customElements.get(name));
				observer.disconnect();
			}).observe(document, { subtree: true, attributes: true, attributeFilter: ['disabled'] });
		});
		await page.goto(url);
		const startButton = page.getByRole('button', { name: 'Start the loop' });
		await expect.poll(() => startButton.isEnabled()).toBe(true);
		expect(await page.evaluate(() => (window as unknown as { aliveAtStart?: string[] }).aliveAtStart)).toEqual([
			'prep-timer',
			'prep-checklist',
			'prep-follow-up',
		]);
		await startLoop(page, { count: 1, pause: 0 });
		// The loop started the timer itself.
		await expect.poll(() => timer(page).locator('[data-action="toggle"]').textContent()).toBe('Pause');
		await context.close();
	});

	it('runs two prompts in one click each, with follow-ups and a pause, and ends with a summary saved to Progress', async () => {
		const { context, page } = await freshPage();
		const start = Date.now();
		await page.clock.install({ time: start });
		await page.goto(site.url + 'practice/mock/');
		// Time moves only when the test moves it: a slow machine must not add a second to a clock.
		await page.clock.pauseAt(start + 60_000);
		// The set-up says what its lists are and how they cut across the buckets, with links to them.
		const explain = page.locator('form[data-form="setup"] .explain');
		const screen = content.prompts.filter((p) => p.data.origin === 'screen-eight');
		expect(await explain.textContent()).toContain(
			`the eight ${screen.filter((p) => p.data.bucket === 'behavioral').length} behavioral,`,
		);
		expect(await explain.getByRole('link', { name: 'the fifteen alone' }).getAttribute('href')).toBe('/prompts/?loop=1');
		await startLoop(page, { count: 2, pause: 5 });
		const position = page.locator('[data-bind="position"]');
		expect(await position.textContent()).toBe('Prompt 1 of 2');
		const first = await page.locator('[data-bind="question"]').textContent();
		expect(await selfScore(page).count()).toBe(1);
		// The timer runs at the preset chosen in setup, locked for the loop.
		expect(
			await timer(page)
				.getByLabel(/Loop story/)
				.isChecked(),
		).toBe(true);
		expect(
			await timer(page)
				.getByLabel(/Screen answer/)
				.isDisabled(),
		).toBe(true);

		// Starting the loop started the first answer's timer.
		expect(await timer(page).locator('[data-action="toggle"]').textContent()).toBe('Pause');
		const total = timer(page).locator('[data-bind="total-clock"]');
		const onTimeColour = await total.evaluate((e) => getComputedStyle(e).color);
		await page.clock.runFor(170_000);
		// Past the 2:40 the beats plan, the total says so in words and in colour.
		await expect.poll(() => total.textContent()).toMatch(/^\s*Total 2:50 of 2:40\s+\(over by 0:10\)\s*$/);
		expect(await total.getAttribute('data-over')).toBe('');
		expect(await total.evaluate((e) => getComputedStyle(e).color)).not.toBe(onTimeColour);
		await timer(page).getByRole('button', { name: 'Finish' }).click();
		expect(await page.locator('[data-bind="answer-status"]').textContent()).toBe('Timed: 2:50.');
		// Nothing scored yet: the interviewer asks one of the prompt's own follow-ups, and the reply clock runs.
		const firstFollowUp = await followUp(page).locator('[data-bind="asked"]').textContent();
		expect(followUpsOf(first)).toContain(firstFollowUp);
		expect(await followUp(page).getByRole('status').textContent()).toContain(`Follow-up: ${firstFollowUp}`);
		await page.clock.runFor(45_000);
		await expect.poll(() => followUp(page).locator('[data-bind="clock"]').textContent()).toBe('0:45');
		await followUp(page).getByRole('button', { name: 'Finish the reply' }).click();
		expect(await followUp(page).locator('[data-bind="result"]').textContent()).toBe(
			'You replied for 0:45: within the 0:30 to 1:00 window.',
		);
		for (const box of await selfScore(page).getByRole('checkbox').all()) await box.check();
		await selfScore(page).getByRole('button', { name: 'Save attempt' }).click();
		expect(await page.locator('[data-bind="answer-status"]').textContent()).toMatch(/^Self-score saved: (\d+) of \1\.$/);

		await page.getByRole('button', { name: 'Next prompt' }).click();
		expect(await page.locator('[data-bind="pause-left"]').textContent()).toBe('Next prompt in 0:05.');
		expect(await page.locator('[data-bind="question"]').isHidden()).toBe(true);
		await page.clock.runFor(5_000);
		await expect.poll(() => position.textContent()).toBe('Prompt 2 of 2');
		const second = await page.locator('[data-bind="question"]').textContent();
		expect(second).not.toBe(first);
		// The one checklist has moved to the second prompt: its beats, its pitfalls, its rubric at Senior.
		const prompt = content.prompts.find((p) => p.data.question === second)!;
		expect(await selfScore(page).getByRole('checkbox').count()).toBe(6 + prompt.data.pitfalls.length + prompt.data.rubric.length);
		expect(await timer(page).locator('[data-bind="total"]').textContent()).toBe('0:00');
		expect(await selfScore(page).getByRole('checkbox').first().isChecked()).toBe(false);

		// The pause's end started the second answer's timer, and hid the first follow-up.
		expect(await timer(page).locator('[data-action="toggle"]').textContent()).toBe('Pause');
		expect(await followUp(page).locator('[data-bind="round"]').isHidden()).toBe(true);
		// One tick (the situation) and no result: the follow-up asks how it was measured.
		await selfScore(page).getByRole('checkbox').first().check();
		await page.clock.runFor(40_000);
		await timer(page).getByRole('button', { name: 'Finish' }).click();
		expect(await followUp(page).locator('[data-bind="asked"]').textContent()).toBe(GAP_QUESTIONS['no-number']);
		expect(await followUp(page).locator('[data-bind="why"]').textContent()).toBe(
			'Asked because the answer gave no measured result.',
		);
		await page.clock.runFor(70_000);
		const replyClock = followUp(page).locator('[data-bind="clock-line"]');
		await expect.poll(() => replyClock.textContent()).toMatch(/Reply 1:10 \/ 1:00 \(over by 0:10\)/);
		expect(await replyClock.getAttribute('data-over')).toBe('');
		// Finishing the loop times the reply still running.
		await page.getByRole('button', { name: 'Finish the loop' }).click();

		const summary = page.getByRole('region', { name: 'Summary' });
		await expect.poll(() => summary.isVisible()).toBe(true);
		expect(await summary.getByRole('status').textContent()).toBe(
			'You answered 2 of 2 prompts in 3:30 of speaking. Saved to your progress.',
		);
		const rows = summary.getByRole('row');
		expect(await rows.nth(1).textContent()).toBe(`${first}2:50on target (2:00–3:00)100%${firstFollowUp} (reply 0:45)`);
		expect(await rows.nth(2).textContent()).toBe(
			`${second}0:40thin (2:00–3:00)not scored${GAP_QUESTIONS['no-number']} (reply 1:10)`,
		);
		expect(await summary.locator('[data-bind="repeat"] li').allTextContents()).toEqual([`${second} (off the target length)`]);

		await page.goto(site.url + 'practice/progress/');
		const mockRow = page
			.getByRole('table')
			.filter({ has: page.getByRole('columnheader', { name: 'Loop' }) })
			.getByRole('row')
			.nth(1);
		expect(await mockRow.textContent()).toContain('2 prompts drawn at random2 of 21100%');
		expect(await mockRow.getByRole('link').textContent()).toBe(second);
		// Prompts to repeat and follow-ups are lists in their cells: questions end in their own punctuation.
		expect(await mockRow.locator('td[data-column="To repeat"]').getByRole('listitem').allTextContents()).toEqual([second]);
		expect(await mockRow.locator('td[data-column="Follow-ups"]').getByRole('listitem').allTextContents()).toEqual([
			`${firstFollowUp} (reply 0:45)`,
			`${GAP_QUESTIONS['no-number']} (reply 1:10)`,
		]);
		await context.close();
	});

	it('records an answer with the microphone, plays it back at 1.25x, and exports it only when asked', async () => {
		const { context, page } = await freshPage();
		await page.goto(site.url + 'practice/mock/');
		expect(await page.getByText('Recordings stay in this browser; they are never uploaded.').first().isVisible()).toBe(true);
		await startLoop(page, { count: 1, pause: 0, record: true });
		// Starting the loop started the recording and the timer; the recording runs on through the follow-up.
		await expect
			.poll(() => page.locator('[data-bind="record-status"]').textContent())
			.toBe('Recording… It stays in this browser.');
		expect(await timer(page).locator('[data-action="toggle"]').textContent()).toBe('Pause');
		await page.waitForTimeout(600);
		await timer(page).getByRole('button', { name: 'Finish' }).click();
		expect(await page.getByRole('button', { name: 'Stop recording' }).getAttribute('aria-pressed')).toBeNull(); // the label alone says what a press does
		await page.waitForTimeout(600);
		await followUp(page).getByRole('button', { name: 'Finish the reply' }).click();
		await expect
			.poll(() => page.locator('[data-bind="record-status"]').textContent())
			.toMatch(/^Recorded \d+(\.\d)? (B|KB|MB)\./);
		await page.getByRole('button', { name: 'Finish the loop' }).click();

		const summary = page.getByRole('region', { name: 'Summary' });
		await expect.poll(() => summary.locator('audio').count()).toBe(1);
		await summary.getByRole('button', { name: '1.25x' }).click();
		const audio = summary.locator('audio');
		await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.playbackRate)).toBe(1.25);
		await expect.poll(() => audio.evaluate((a: HTMLAudioElement) => a.currentTime > 0)).toBe(true);
		expect(await summary.getByRole('button', { name: '1.25x' }).getAttribute('aria-pressed')).toBe('true');

		const recordings = page.getByRole('region', { name: 'Recordings' });
		await expect.poll(() => recordings.locator('li audio').count()).toBe(1);
		expect(await recordings.locator('[data-bind="storage"]').textContent()).toMatch(
			/^1 recording uses \d+(\.\d)? (B|KB|MB) in this browser\.$/,
		);

		// Exports leave recordings out unless asked.
		await page.goto(site.url + 'practice/progress/');
		await expect.poll(() => page.locator('[data-bind="recordings-size"]').textContent()).toMatch(/\(1 recording\)/);
		// The loop's row on Progress links to its recording.
		const loopRow = page.locator('[data-bind="mocks"] tr').first();
		const listen = loopRow.getByRole('link', { name: '1 recording: listen on the mock loop page' });
		await expect.poll(() => listen.count()).toBe(1);
		expect(await listen.getAttribute('href')).toBe('/practice/mock/#recordings');
		const exportFile = async () => {
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: 'Export', exact: true }).click(),
			]);
			return JSON.parse(readFileSync((await download.path())!, 'utf8'));
		};
		expect(await exportFile()).not.toHaveProperty('recordings');
		await page.getByLabel('Include recordings in the export').check();
		const withRecordings = await exportFile();
		expect(withRecordings.recordings).toHaveLength(1);
		expect(withRecordings.recordings[0].mime).toMatch(/^audio\//);

		await page.getByRole('button', { name: 'Delete all recordings' }).click();
		await expect
			.poll(() => page.locator('[data-bind="recordings-size"]').textContent())
			.toBe('No recordings are stored in this browser.');
		await page.getByLabel('Import a file').setInputFiles({
			name: 'practice.json',
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(withRecordings)),
		});
		await expect.poll(() => page.locator('[data-bind="data-status"]').textContent()).toMatch(/ 1 recording restored\.$/);
		await page.goto(site.url + 'practice/mock/');
		await expect.poll(() => page.getByRole('region', { name: 'Recordings' }).locator('li audio').count()).toBe(1);
		await page
			.getByRole('region', { name: 'Recordings' })
			.getByRole('button', { name: /^Delete: / })
			.click();
		await expect
			.poll(() => page.getByRole('region', { name: 'Recordings' }).locator('[data-bind="storage"]').textContent())
			.toBe('No recordings are stored in this browser yet.');
		expect(await page.getByRole('region', { name: 'Recordings' }).locator('li').count()).toBe(0);
		await context.close();
	});
});
