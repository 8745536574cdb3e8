/**
 * The deck as a print shop gets it: `printDecks` (what `npm run flashcards:pdf` runs) prints the
 * built deck page with Chromium, and poppler reads the PDFs back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printDecks, type DeckPdf } from '../../scripts/lib/deck-pdf.ts';
import { loadContent } from '../../src/integrations/load-content.ts';
import { PAPERS, pageCount, paginate, sheetLayout } from '../../src/lib/deck/layout.ts';
import { promptOrder } from '../../src/lib/question-bank.ts';
import { DIST, ROOT } from '../helpers/paths.ts';
import { pdfInfo, pdfText, squash } from '../helpers/pdf.ts';

const { content } = loadContent(ROOT, 'content');
const prompts = [...content.prompts].sort((a, b) => promptOrder({ id: a.id, ...a.data }, { id: b.id, ...b.data }));
const MM = 72 / 25.4; // points per millimetre

let outDir: string;
let decks: DeckPdf[];
beforeAll(async () => {
	outDir = mkdtempSync(join(tmpdir(), 'prep-deck-pdf-'));
	decks = await printDecks({
		dist: DIST,
		outDir,
		decks: [
			{ paper: 'a4', cardSize: 'index' },
			{ paper: 'letter', cardSize: 'index' },
			{ paper: 'letter', cardSize: 'a6' },
		],
	});
});
afterAll(() => {
	if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('the printed deck', () => {
	it('holds every prompt', () => {
		for (const deck of decks) expect(deck.cards, deck.path).toBe(prompts.length);
	});

	it('has a front and a back page per sheet, on the chosen paper', () => {
		for (const deck of decks) {
			const layout = sheetLayout(deck.paper, deck.cardSize);
			const info = pdfInfo(deck.path);
			expect(info.pages, deck.path).toBe(pageCount(prompts.length, layout));
			expect(info.width / MM).toBeCloseTo(PAPERS[deck.paper].width, 0);
			expect(info.height / MM).toBeCloseTo(PAPERS[deck.paper].height, 0);
		}
	});

	it('prints every question, on the front page of its own sheet', () => {
		for (const deck of decks) {
			const layout = sheetLayout(deck.paper, deck.cardSize);
			const sheets = paginate(prompts, layout);
			sheets.forEach((sheet, i) => {
				const front = squash(pdfText(deck.path, { page: i * 2 + 1 }));
				for (const prompt of sheet.front) {
					if (prompt) expect(front, `${deck.path} page ${i * 2 + 1}`).toContain(squash(prompt.data.question));
				}
			});
			const all = squash(pdfText(deck.path));
			for (const prompt of prompts) expect(all).toContain(squash(prompt.data.question));
		}
	});

	it('puts each back behind its front for a long-edge flip', () => {
		// The first card sits top-left on the front; on the back page it must sit top-right.
		const deck = decks.find((d) => d.paper === 'a4' && d.cardSize === 'index')!;
		const { width, height } = pdfInfo(deck.path);
		const half = (page: number, side: 'left' | 'right') =>
			squash(
				pdfText(deck.path, { page, region: { x: side === 'left' ? 0 : width / 2, y: 0, width: width / 2, height: height / 2 } }),
			);
		const [first, second] = prompts;
		expect(half(1, 'left')).toContain(squash(first!.data.question));
		expect(half(1, 'right')).toContain(squash(second!.data.question));
		expect(half(2, 'right')).toContain(squash(first!.data.probes));
		expect(half(2, 'left')).toContain(squash(second!.data.probes));
	});
});
