/**
 * Flashcards in Chromium on the built site: a prompt page printed as its card, the deck page read
 * on screen (keyboard, filters, level) and printed as sheets (emulated print media: Starlight's
 * chrome gone, every question on a front, no card across two sheets, backs mirrored).
 */
import { unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../src/integrations/load-content.ts';
import { PAPERS, sheetLayout } from '../../src/lib/deck/layout.ts';
import { promptOrder } from '../../src/lib/question-bank.ts';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { pdfInfo, pdfText, squash } from '../helpers/pdf.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/serve.ts';

const { content } = loadContent(ROOT, 'content');
const prompts = [...content.prompts].sort((a, b) => promptOrder({ id: a.id, ...a.data }, { id: b.id, ...b.data }));
const longestQuestion = [...prompts].sort((a, b) => b.data.question.length - a.data.question.length)[0]!;
const PX_PER_MM = 96 / 25.4;

/** Starlight's chrome, and our practice section, none of which may print. */
const CHROME = {
	header: '.page > header',
	sidebar: 'nav.sidebar',
	'table of contents': '.right-sidebar-container',
	pagination: '.pagination-links',
	footer: 'main footer',
	practice: '[data-practice-slot]',
};

let server: StaticServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
	server = await serveStatic(DIST, '/', { serviceWorker: false });
	browser = await launchBrowser();
	page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
});

/** Each face that clips its text: its box is smaller than what it holds. */
const clippedFaces = (root: string) =>
	page
		.locator(`${root} .prep-face`)
		.evaluateAll((faces) =>
			faces
				.filter((f) => f.scrollHeight > f.clientHeight + 1 || f.scrollWidth > f.clientWidth + 1)
				.map((f) => f.textContent!.trim().slice(0, 60)),
		);

async function openDeck(query = '') {
	await page.emulateMedia({ media: 'screen' });
	await page.goto(`${server.url}flashcards/${query}`);
	await page.locator('prep-flashcards[data-ready="true"]').waitFor({ state: 'attached' });
}

describe('a prompt page in print', () => {
	it.each([prompts[0]!, longestQuestion])('shows only the flashcard of "$id"', async (prompt) => {
		await page.emulateMedia({ media: 'screen' });
		await page.goto(`${server.url}prompts/${prompt.id}/`);
		const button = page.getByRole('button', { name: 'Print flashcard' });
		await expect.poll(() => button.isEnabled()).toBe(true);
		expect(await page.locator('.prep-print-card').isVisible()).toBe(false);
		// Fitting lays the card out a dozen times, so it waits for printing to start.
		expect(await page.locator('prep-print-flashcard').getAttribute('data-fitted')).toBeNull();

		await page.emulateMedia({ media: 'print' });
		await page.locator('prep-print-flashcard[data-fitted]').waitFor({ state: 'attached' });
		for (const [name, selector] of Object.entries(CHROME)) {
			const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
			expect(shown, `${name} is printed`).toBe(0);
		}
		expect(await button.isVisible()).toBe(false);
		expect(await page.locator('h1').isVisible()).toBe(false);
		const question = page.locator('.prep-print-card .prep-face__question');
		expect(await question.isVisible()).toBe(true);
		expect(await question.textContent()).toBe(prompt.data.question.replace(/\s+/g, ' ').trim());
		expect(await page.locator('.prep-print-card').getByText(prompt.data.probes.replace(/\s+/g, ' ').trim()).isVisible()).toBe(
			true,
		);
		expect(await clippedFaces('.prep-print-card')).toEqual([]);
		// The two halves sit side by side at 3 × 5 in each.
		const faces = await page
			.locator('.prep-print-card__face')
			.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON()));
		expect(faces).toHaveLength(2);
		expect(faces[0].width / PX_PER_MM).toBeCloseTo(76.2, 0);
		expect(faces[0].height / PX_PER_MM).toBeCloseTo(127, 0);
		expect(faces[1].left).toBeCloseTo(faces[0].right, 0);
		expect(faces[1].top).toBeCloseTo(faces[0].top, 0);
	});

	it.each(['A4', 'Letter'] as const)('prints on one %s page', async (format) => {
		const prompt = longestQuestion;
		await page.emulateMedia({ media: 'screen' });
		await page.goto(`${server.url}prompts/${prompt.id}/`);
		await page.emulateMedia({ media: 'print' });
		await page.locator('prep-print-flashcard[data-fitted]').waitFor({ state: 'attached' });
		const path = join(tmpdir(), `prep-card-${process.pid}-${format}.pdf`);
		try {
			// page.pdf prints with whatever media is emulated; clear the screen emulation.
			await page.emulateMedia({ media: null });
			await page.pdf({ path, format });
			expect(pdfInfo(path).pages).toBe(1);
			const text = squash(pdfText(path));
			expect(text).toContain(squash(prompt.data.question));
			expect(text).toContain(squash(prompt.data.beatCues.reflection));
			expect(text).not.toContain(squash('Follow-ups to expect'));
		} finally {
			unlinkSync(path);
		}
	});
});

describe('a prompt page in print without JavaScript', () => {
	it('still prints its card whole, at the default type sizes', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const path = join(tmpdir(), `prep-card-${process.pid}-nojs.pdf`);
		try {
			const noJs = await context.newPage();
			await noJs.goto(`${server.url}prompts/${longestQuestion.id}/`);
			expect(await noJs.getByRole('button', { name: 'Print flashcard' }).isDisabled()).toBe(true);
			await noJs.emulateMedia({ media: 'print' });
			const clipped = await noJs
				.locator('.prep-print-card .prep-face')
				.evaluateAll(
					(faces) => faces.filter((f) => f.scrollHeight > f.clientHeight + 1 || f.scrollWidth > f.clientWidth + 1).length,
				);
			expect(clipped).toBe(0);
			await noJs.pdf({ path, format: 'A4' });
			expect(pdfInfo(path).pages).toBe(1);
			expect(squash(pdfText(path))).toContain(squash(longestQuestion.data.question));
		} finally {
			await context.close();
			unlinkSync(path);
		}
	});
});

describe('the deck on screen', () => {
	it('turns a card over with the keyboard and back again', async () => {
		await openDeck();
		const summary = page.locator('details.prep-flip > summary').first();
		await summary.focus();
		const details = page.locator('details.prep-flip').first();
		const back = details.locator('.prep-face--back');
		expect(await back.isVisible()).toBe(false);
		await page.keyboard.press('Enter');
		expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
		expect(await back.isVisible()).toBe(true);
		expect(await back.getByText(prompts[0]!.data.beatCues.situation).isVisible()).toBe(true);
		await page.keyboard.press('Space');
		expect(await back.isVisible()).toBe(false);
		// The question stays the summary's name, so a screen reader hears it on each card.
		expect(await summary.textContent()).toContain(prompts[0]!.data.question.replace(/\s+/g, ' ').trim());
	});

	it('filters the cards and says how many show and print', async () => {
		await openDeck();
		const deck = page.locator('prep-flashcards');
		await deck.getByLabel('Bucket').selectOption('technical');
		const technical = prompts.filter((p) => p.data.bucket === 'technical');
		expect(await page.locator('li[data-id]:visible').count()).toBe(technical.length);
		await expect
			.poll(() => page.getByRole('status').textContent())
			.toContain(`Showing ${technical.length} of ${prompts.length} cards`);
		expect(page.url()).toContain('bucket=technical');
		await deck.getByLabel('Highest signal only').check();
		const both = technical.filter((p) => p.data.highestSignal).length;
		expect(await page.locator('li[data-id]:visible').count()).toBe(both);
	});

	it('shows the rubric bar of the chosen level on the backs', async () => {
		await openDeck();
		const first = prompts[0]!;
		const rubric = content.rubric.find((r) => r.id === first.data.rubric[0]!.id)!;
		await page.locator('prep-flashcards').getByLabel('Level').selectOption('staff');
		await page.locator('details.prep-flip > summary').first().click();
		const back = page.locator('details.prep-flip').first().locator('.prep-face--back');
		expect(await back.getByText('The staff bar').isVisible()).toBe(true);
		expect(await back.getByText(rubric.data.levels.staff.expectation.replace(/\s+/g, ' ').trim()).isVisible()).toBe(true);
		expect(await back.getByText(first.data.seniorPlus.replace(/\s+/g, ' ').trim()).isVisible()).toBe(false);
		// …and on the printed backs, every one of them.
		await page.locator('prep-flashcards[data-ready="true"]').waitFor({ state: 'attached' });
		const printed = page.locator('.prep-sheet--back .prep-face__senior:not([hidden])');
		expect(await printed.evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['level']))).toEqual(
			prompts.map(() => 'staff'),
		);
	});

	it('without JavaScript is a list of cards to open, with the Anki download', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		try {
			const noJs = await context.newPage();
			await noJs.goto(`${server.url}flashcards/`);
			expect(await noJs.locator('details.prep-flip').count()).toBe(prompts.length);
			expect(await noJs.getByRole('form').count()).toBe(0);
			await noJs.locator('details.prep-flip > summary').first().click();
			expect(await noJs.locator('details.prep-flip').first().getByText(prompts[0]!.data.beatCues.action).isVisible()).toBe(true);
			expect(await noJs.getByRole('link', { name: 'Download for Anki' }).getAttribute('href')).toBe('/flashcards/anki.tsv');
		} finally {
			await context.close();
		}
	});
});

describe('the deck in print', () => {
	interface Box {
		left: number;
		top: number;
		right: number;
		bottom: number;
		width: number;
		height: number;
	}
	interface SheetView {
		side: string;
		box: Box;
		cards: { id: string; box: Box; question: string | undefined; visible: boolean }[];
	}
	const sheets = () =>
		page.locator('.prep-sheet').evaluateAll((els) =>
			els.map((sheet) => ({
				side: sheet.classList.contains('prep-sheet--front') ? 'front' : 'back',
				box: sheet.getBoundingClientRect().toJSON(),
				cards: [...sheet.querySelectorAll<HTMLElement>('.prep-sheet__card')].map((card) => ({
					id: card.dataset['id']!,
					box: card.getBoundingClientRect().toJSON(),
					question: card.querySelector('.prep-face__question')?.textContent ?? undefined,
					visible: card.checkVisibility({ visibilityProperty: true }),
				})),
			})),
		) as Promise<SheetView[]>;

	it.each([
		['a4', 'index'],
		['letter', 'index'],
		['a4', 'a6'],
		['letter', 'a6'],
	] as const)('lays %s sheets of %s cards out whole, fronts then mirrored backs', async (paper, cardSize) => {
		await openDeck(`?paper=${paper}&card=${cardSize}`);
		await page.emulateMedia({ media: 'print' });
		for (const [name, selector] of Object.entries(CHROME)) {
			const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility()).length);
			expect(shown, `${name} is printed`).toBe(0);
		}
		expect(await page.locator('prep-flashcards').isVisible()).toBe(false);
		expect(await page.locator('.prep-sheets').isVisible()).toBe(true);

		const layout = sheetLayout(paper, cardSize);
		const views = await sheets();
		expect(views).toHaveLength(Math.ceil(prompts.length / layout.perSheet) * 2);
		const fronts = views.filter((v) => v.side === 'front');
		// Every question is on a front, in deck order, visible, inside its sheet.
		expect(fronts.flatMap((v) => v.cards.map((c) => c.id))).toEqual(prompts.map((p) => p.id));
		for (const view of views) {
			expect(view.box.width / PX_PER_MM).toBeCloseTo(PAPERS[paper].width, 0);
			expect(view.box.height / PX_PER_MM).toBeLessThanOrEqual(PAPERS[paper].height);
			for (const card of view.cards) {
				expect(card.visible, card.id).toBe(true);
				expect(card.box.left).toBeGreaterThanOrEqual(view.box.left - 0.5);
				expect(card.box.right).toBeLessThanOrEqual(view.box.right + 0.5);
				expect(card.box.top).toBeGreaterThanOrEqual(view.box.top - 0.5);
				expect(card.box.bottom, `${card.id} runs off its sheet`).toBeLessThanOrEqual(view.box.bottom + 0.5);
				if (view.side === 'front') {
					const prompt = prompts.find((p) => p.id === card.id)!;
					expect(card.question).toBe(prompt.data.question.replace(/\s+/g, ' ').trim());
				}
			}
		}
		// Each back sits where its front lands after a flip about the sheet's vertical axis.
		for (let i = 0; i < views.length; i += 2) {
			const [front, back] = [views[i]!, views[i + 1]!];
			expect(back.side).toBe('back');
			expect(back.cards.map((c) => c.id).sort()).toEqual(front.cards.map((c) => c.id).sort());
			for (const card of front.cards) {
				const behind = back.cards.find((c) => c.id === card.id)!;
				expect(behind.box.left - back.box.left).toBeCloseTo(front.box.right - card.box.right, 0);
				expect(behind.box.top - back.box.top).toBeCloseTo(card.box.top - front.box.top, 0);
			}
		}
		expect(await clippedFaces('.prep-sheets')).toEqual([]);
	});

	it('prints only the cards the filters let through, at the paper chosen on the page', async () => {
		await openDeck('?paper=a4');
		const deck = page.locator('prep-flashcards');
		await deck.getByLabel('Theme').selectOption('incidents');
		await deck.getByLabel('US Letter').check();
		await page.locator('prep-flashcards[data-ready="true"]').waitFor({ state: 'attached' });
		await page.emulateMedia({ media: 'print' });
		const incidents = prompts.filter((p) => p.data.theme === 'incidents').map((p) => p.id);
		const views = await sheets();
		expect(views.filter((v) => v.side === 'front').flatMap((v) => v.cards.map((c) => c.id))).toEqual(incidents);
		expect(views[0]!.box.width / PX_PER_MM).toBeCloseTo(PAPERS.letter.width, 0);
		const pageRule = await page.evaluate(
			() =>
				[...document.styleSheets, ...document.adoptedStyleSheets]
					.flatMap((s) => [...s.cssRules])
					.find((r) => r instanceof CSSPageRule)?.cssText,
		);
		expect(pageRule).toContain('215.9mm 279.4mm');
	});
});
