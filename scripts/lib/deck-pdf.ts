/**
 * Prints the flashcard deck of a built site to PDF with Chromium: the deck page is opened with
 * its paper and card size in the URL, waits until its island has laid the sheets out and fitted
 * every face, and is printed at the CSS page size the island set.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CARD_SIZE_IDS, DEFAULT_CARD_SIZE, PAPER_IDS, type CardSizeId, type PaperId } from '../../src/lib/deck/layout.ts';
import { launchBrowser } from './browser.ts';
import { serveStatic } from './serve.ts';

/** One printed deck. */
export interface DeckPdf {
	paper: PaperId;
	cardSize: CardSizeId;
	path: string;
	/** Cards in the deck, and the sheets they take (each printed front and back). */
	cards: number;
	sheets: number;
}

/** Every paper with every card size. */
export const ALL_DECKS = PAPER_IDS.flatMap((paper) => CARD_SIZE_IDS.map((cardSize) => ({ paper, cardSize })));

/** The file name of a deck: `flashcards-a4.pdf` for the default card size, `flashcards-a4-a6.pdf` otherwise. */
export const deckFileName = (paper: PaperId, cardSize: CardSizeId) =>
	`flashcards-${paper}${cardSize === DEFAULT_CARD_SIZE ? '' : `-${cardSize}`}.pdf`;

/** Prints each requested deck of the site built in `dist` (served under `base`) into `outDir`. */
export async function printDecks(options: {
	dist: string;
	outDir: string;
	base?: string;
	decks?: readonly { paper: PaperId; cardSize: CardSizeId }[];
}): Promise<DeckPdf[]> {
	const { dist, outDir, base = '/', decks = ALL_DECKS } = options;
	mkdirSync(outDir, { recursive: true });
	const server = await serveStatic(dist, base, { serviceWorker: false });
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		const printed: DeckPdf[] = [];
		for (const { paper, cardSize } of decks) {
			await page.goto(`${server.url}flashcards/?paper=${paper}&card=${cardSize}`);
			const deck = page.locator('prep-flashcards[data-ready="true"]');
			await deck.waitFor({ state: 'attached', timeout: 30_000 });
			const sheets = Number(await deck.getAttribute('data-sheets'));
			const cards = await page.locator('prep-flashcards li[data-id]:not([hidden])').count();
			const path = join(outDir, deckFileName(paper, cardSize));
			await page.pdf({ path, preferCSSPageSize: true });
			printed.push({ paper, cardSize, path, cards, sheets });
		}
		return printed;
	} finally {
		await browser.close();
		await server.close();
	}
}
