/**
 * Spoken answers measured in the browser: Chromium's fake microphone plays a WAV made here with
 * espeak-ng (speech) and sox (known silences between the phrases), the mock loop records it, and
 * the page must find the silences made, where they were made. The same run checks the fallback of
 * a browser without on-device speech recognition (stood in for: this Chromium offers a download):
 * no recognizer starts, one line says so, and typing what was said is read instead. The analysis
 * code loads only once a recording exists. Two stand-in recognizers then check the on-device
 * paths: a transcript that lands in the box and is read, and a download started only by a click.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { freshPage, useBuiltSite } from '../helpers/site.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const dir = mkdtempSync(join(tmpdir(), 'prep-speech-'));
const wav = join(dir, 'answer.wav');
/** 16-bit mono 48 kHz, as the fake microphone reads it. */
const FORMAT = ['-r', '48000', '-c', '1', '-b', '16'];
const PHRASES = ['We rolled back the deploy', 'Then I paged the database team and waited for the replica', 'Errors fell to zero'];
const GAPS = [4, 3.5];
/** Where each silence made starts and ends, in seconds, from the phrases' measured lengths. */
const made: { start: number; end: number }[] = [];
let total = 0;

const sox = (...args: string[]) => execFileSync('sox', args, { cwd: dir });
const length = (file: string) => Number(execFileSync('soxi', ['-D', file], { cwd: dir, encoding: 'utf8' }));

// Before the site's browser launches: its fake microphone needs the file.
beforeAll(() => {
	const parts: string[] = [];
	for (const [i, phrase] of PHRASES.entries()) {
		execFileSync('espeak-ng', ['-w', `raw${i}.wav`, phrase], { cwd: dir });
		// Trim espeak's own leading and trailing quiet, so the gaps are exactly the silences made.
		sox(
			`raw${i}.wav`,
			...FORMAT,
			`say${i}.wav`,
			'silence',
			'1',
			'0.02',
			'0.5%',
			'reverse',
			'silence',
			'1',
			'0.02',
			'0.5%',
			'reverse',
		);
		parts.push(`say${i}.wav`);
		total += length(`say${i}.wav`);
		const gap = GAPS[i];
		if (gap !== undefined) {
			sox('-n', ...FORMAT, `gap${i}.wav`, 'trim', '0', String(gap));
			parts.push(`gap${i}.wav`);
			made.push({ start: total, end: total + gap });
			total += gap;
		}
	}
	sox(...parts, wav);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// `%noloop`: after the file the microphone is silent, rather than starting the answer again.
const site = useBuiltSite([
	'--use-fake-device-for-media-stream',
	'--use-fake-ui-for-media-stream',
	`--use-file-for-fake-audio-capture=${wav}%noloop`,
]);

/** Starts a one-prompt loop with recording on. */
async function startRecordedLoop(page: Page) {
	const setup = page.getByRole('form', { name: 'Set up your loop' });
	await setup.getByLabel('Draw at random:').check();
	await setup.getByLabel('How many prompts').fill('1');
	await setup.getByLabel('Pause between prompts, in seconds').fill('0');
	await setup.getByLabel('Record my answers with the microphone').check();
	await setup.getByRole('button', { name: 'Start the loop' }).click();
}

/** Records for `seconds` of real time: the loop starts recording with its prompt. */
async function recordFor(page: Page, seconds: number) {
	await expect.poll(() => page.locator('[data-bind="record-status"]').textContent()).toMatch(/^Recording/);
	await page.waitForTimeout(seconds * 1000);
	await page.getByRole('button', { name: 'Stop recording' }).click();
}

/**
 * Stands in for a browser whose recognizer works on the device: it says so when asked, records what
 * it was asked (`__asked`), and hears `phrase` once started, the page's wiring from recognition to
 * the analyzer without a real speech model.
 */
async function standInOnDeviceRecognizer(page: Page, phrase: string) {
	await page.addInitScript((heard) => {
		const w = window as unknown as Record<string, unknown> & { __asked: unknown[] };
		w.__asked = [];
		class OnDevice {
			processLocally = false;
			lang = '';
			continuous = false;
			interimResults = true;
			onresult: ((e: unknown) => void) | null = null;
			onend: (() => void) | null = null;
			onerror: (() => void) | null = null;
			static async available(options: unknown) {
				w.__asked.push(options);
				return 'available';
			}
			start() {
				const result = { resultIndex: 0, results: [{ isFinal: true, length: 1, 0: { transcript: heard } }] };
				setTimeout(() => this.onresult?.(result), 300);
			}
			stop() {
				setTimeout(() => this.onend?.(), 10);
			}
		}
		w['SpeechRecognition'] = OnDevice;
		w['webkitSpeechRecognition'] = OnDevice;
	}, phrase);
}

const panelOf = (page: Page) => page.getByRole('region', { name: 'Your answer, measured in this browser' });

describe('a spoken answer in the mock loop', () => {
	it('finds the silences made in the recording, says transcription is not available here, and reads what is typed', async () => {
		const { context, page } = await freshPage(site);
		// This Chromium offers to download on-device recognition; stand in for a browser that has
		// none, and count every recognizer start (there must be none: never server recognition).
		await page.addInitScript(() => {
			const w = window as unknown as Record<string, unknown> & { __recognizerStarts: number };
			w.__recognizerStarts = 0;
			for (const name of ['SpeechRecognition', 'webkitSpeechRecognition']) {
				const Recognizer = w[name] as { prototype: { start: () => void } } | undefined;
				if (!Recognizer) continue;
				Object.defineProperty(Recognizer, 'available', { value: async () => 'unavailable' });
				Recognizer.prototype.start = () => void w.__recognizerStarts++;
			}
		});
		await context.addInitScript({ path: AXE }); // an init script, so the site's CSP stays on
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto(site.url + 'practice/mock/');
		await startRecordedLoop(page);
		expect(requests.filter((url) => /speech-panel/.test(url))).toEqual([]); // no recording yet: no analysis code

		// The whole answer and a second of silence after it (too short to count).
		await recordFor(page, total + 1);

		const panel = panelOf(page);
		const found = panel.locator('.speech-silences li');
		await expect.poll(() => found.count(), { timeout: 20_000 }).toBe(GAPS.length);
		const silences = await found.evaluateAll((items) =>
			items.map((li) => ({
				start: Number(li.getAttribute('data-start')),
				end: Number(li.getAttribute('data-end')),
				text: li.textContent,
			})),
		);
		// The recording starts a moment after the microphone does; half a second covers it.
		for (const [i, silence] of silences.entries()) {
			expect(Math.abs(silence.start - made[i]!.start), `silence ${i + 1} starts`).toBeLessThan(0.5);
			expect(Math.abs(silence.end - made[i]!.end), `silence ${i + 1} ends`).toBeLessThan(0.5);
			expect(silence.text).toMatch(/^\d\.\d s of silence at 0:\d\d$/);
		}
		const spoken = total - GAPS.reduce((a, b) => a + b, 0);
		const summary = (await panel.getByRole('status').first().textContent())!;
		const [, minutes, secs] = /^Speaking (\d+):(\d\d) of /.exec(summary)!;
		expect(Math.abs(Number(minutes) * 60 + Number(secs) - spoken)).toBeLessThanOrEqual(1.5);
		expect(summary).toContain('2 silences longer than 3 seconds:');
		expect(requests.filter((url) => /speech-panel/.test(url))).toHaveLength(1);

		// No on-device recognition: one line says so, and typing stays.
		await expect
			.poll(() => panel.locator('.speech-transcribe').textContent())
			.toBe(
				'This browser cannot transcribe speech on the device, and the site never sends your voice away to do it: type what you said to check it.',
			);
		expect(await page.evaluate(() => (window as unknown as { __recognizerStarts: number }).__recognizerStarts)).toBe(0);
		const box = panel.getByLabel('What you said (kept only in this browser, and only until you leave the page)');
		await box.fill('Um we rolled back the deploy. Then I paged the database team, like, twice. Errors fell to 0 in 4 minutes.');
		const reading = panel.locator('.speech-reading');
		await expect.poll(() => reading.textContent()).toMatch(/^21 words\. Pace: \d+ words a minute\.Fillers: um 1, like 1\./);
		expect(await reading.textContent()).toContain('Numbers: 0, 4 minutes.');

		for (const theme of ['light', 'dark']) {
			const violations = await page.evaluate(async (t) => {
				document.documentElement.dataset['theme'] = t;
				const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
				const result = await axe.run(
					{ include: ['.speech'] },
					{ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
				);
				return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
			}, theme);
			expect(violations, theme).toEqual([]);
		}

		// The summary shows the same measure beside the recording, and the typed words' pace.
		await page.getByRole('button', { name: 'Finish the loop' }).click();
		const line = page.locator('table .speech-line');
		await expect
			.poll(() => line.textContent())
			.toMatch(/^Speaking \d:\d\d of 0:\d\d \(\d+%\)\. 2 silences longer than 3 seconds: /);
		expect(await line.textContent()).toMatch(/Fillers: um 1, like 1\.$/);
		// So does the list of recordings kept in this browser (no transcript there: it is not saved).
		const kept = page.getByRole('region', { name: 'Recordings' }).locator('li .speech-line');
		await expect
			.poll(() => kept.textContent())
			.toMatch(/^Speaking \d:\d\d of 0:\d\d \(\d+%\)\. 2 silences longer than 3 seconds: .*\.$/);
		expect(requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('blob:'))).toEqual([]);
		await context.close();
	});

	it('measures an answer recorded on a prompt page the same way, and keeps it in the list of recordings', async () => {
		const { context, page } = await freshPage(site);
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.goto(site.url + 'prompts/outage-you-owned/');
		const recorder = page.getByRole('region', { name: 'Record your answer' });
		expect(await recorder.getByText('The recording stays in this browser; it is never uploaded.').isVisible()).toBe(true);
		await recorder.getByRole('button', { name: 'Start recording' }).click();
		await expect.poll(() => recorder.getByRole('status').first().textContent()).toMatch(/^Recording/);
		await page.waitForTimeout((total + 1) * 1000);
		await recorder.getByRole('button', { name: 'Stop recording' }).click();
		await expect.poll(() => recorder.getByRole('status').first().textContent()).toMatch(/^Recorded \d+(\.\d)? (B|KB|MB) at /);

		const found = panelOf(page).locator('.speech-silences li');
		await expect.poll(() => found.count(), { timeout: 20_000 }).toBe(GAPS.length);
		// Its heading sits under the recorder's h3.
		expect(await panelOf(page).getByRole('heading', { level: 4 }).textContent()).toBe('Your answer, measured in this browser');
		const starts = await found.evaluateAll((items) => items.map((li) => Number(li.getAttribute('data-start'))));
		for (const [i, start] of starts.entries()) expect(Math.abs(start - made[i]!.start), `silence ${i + 1}`).toBeLessThan(0.5);
		// The take plays back at 1.25x, named for its prompt.
		expect(await recorder.getByRole('button', { name: /^Play at 1\.25x: Outage you owned, / }).count()).toBe(1);

		// The mock loop's page lists it with every other recording, measured.
		await page.goto(site.url + 'practice/mock/');
		const kept = page.getByRole('region', { name: 'Recordings' });
		await expect.poll(() => kept.locator('li').count()).toBe(1);
		expect(await kept.locator('li > span').first().textContent()).toMatch(/^Outage you owned, /);
		await expect.poll(() => kept.locator('.speech-line').textContent()).toMatch(/2 silences longer than 3 seconds/);
		expect(requests.filter((url) => !url.startsWith(site.url) && !url.startsWith('blob:'))).toEqual([]);
		await context.close();
	});

	it('puts what the browser transcribed on the device into the box, and reads it', async () => {
		const { context, page } = await freshPage(site);
		await standInOnDeviceRecognizer(page, 'um we rolled back the deploy and errors fell to zero in 4 minutes');
		await page.goto(site.url + 'practice/mock/');
		await startRecordedLoop(page);
		await recordFor(page, 2);
		const panel = panelOf(page);
		await expect
			.poll(() => panel.locator('.speech-transcribe').textContent())
			.toBe('Transcribed on this device; your voice was not sent anywhere.');
		expect(await panel.getByRole('textbox').inputValue()).toBe(
			'Um we rolled back the deploy and errors fell to zero in 4 minutes.',
		);
		await expect
			.poll(() => panel.locator('.speech-reading').textContent())
			.toMatch(/^14 words\. Pace: \d+ words a minute\.Fillers: um 1\./);
		expect(await page.evaluate(() => (window as unknown as { __asked: unknown[] }).__asked)).toContainEqual({
			langs: ['en-US'],
			processLocally: true,
		});
		await context.close();
	});

	it('asks the follow-up from what was transcribed on the device before the answer ended', async () => {
		const { context, page } = await freshPage(site);
		await standInOnDeviceRecognizer(page, 'we rolled back the deploy and errors fell to zero in 4 minutes');
		await page.goto(site.url + 'practice/mock/');
		await startRecordedLoop(page);
		await expect.poll(() => page.locator('[data-bind="record-status"]').textContent()).toMatch(/^Recording/);
		await page.waitForTimeout(1000);
		await page.getByRole('region', { name: 'Practice timer' }).getByRole('button', { name: 'Finish' }).click();
		// Nothing ticked: without the transcript the prompt's own follow-up would be asked. The
		// transcript has a number but "we" did the work, so the interviewer asks about that.
		const followUp = page.locator('prep-follow-up');
		await expect
			.poll(() => followUp.locator('[data-bind="asked"]').textContent())
			.toBe('You said “we” a lot. What did you personally do?');
		await context.close();
	});

	it('offers the on-device download when the browser has one, and installs it only on a click', async () => {
		const { context, page } = await freshPage(site);
		await page.addInitScript(() => {
			const w = window as unknown as Record<string, unknown> & { __installs: unknown[] };
			w.__installs = [];
			class Downloadable {
				static async available() {
					return 'downloadable';
				}
				static async install(options: unknown) {
					w.__installs.push(options);
					return true;
				}
				start() {
					throw new Error('a recognizer must not start before on-device recognition is installed');
				}
			}
			w['SpeechRecognition'] = Downloadable;
			w['webkitSpeechRecognition'] = Downloadable;
		});
		await page.goto(site.url + 'practice/mock/');
		await startRecordedLoop(page);
		await recordFor(page, 1);
		const panel = panelOf(page);
		const download = panel.getByRole('button', { name: 'Download on-device transcription' });
		await download.waitFor();
		expect(await page.evaluate(() => (window as unknown as { __installs: unknown[] }).__installs)).toEqual([]);
		await download.click();
		await expect
			.poll(() => panel.locator('.speech-transcribe').textContent())
			.toBe('Downloaded: your next recording is transcribed on this device.');
		expect(await page.evaluate(() => (window as unknown as { __installs: unknown[] }).__installs)).toEqual([
			{ langs: ['en-US'], processLocally: true },
		]);
		await context.close();
	});
});
