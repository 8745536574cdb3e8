/**
 * The arithmetic of printing the deck: paper and card sizes, how many cards fit a sheet and where
 * each sits, the mirrored order of the backs, the cut marks, and the font-size search the print
 * island fits faces with. Pure.
 *
 * Every length is in millimetres, measured on the sheet as it comes out of the printer
 * (portrait, origin at the top-left corner).
 */

/** Paper sizes, portrait, in millimetres. */
export const PAPERS = {
	a4: { label: 'A4', width: 210, height: 297 },
	letter: { label: 'US Letter', width: 215.9, height: 279.4 },
} as const;
export type PaperId = keyof typeof PAPERS;
export const PAPER_IDS = Object.keys(PAPERS) as PaperId[];

/** Card sizes, long side first, in millimetres; the layout turns them whichever way fits more. */
export const CARD_SIZES = {
	index: { label: '3 × 5 in index card', long: 127, short: 76.2 },
	a6: { label: 'A6 (105 × 148 mm)', long: 148, short: 105 },
} as const;
export type CardSizeId = keyof typeof CARD_SIZES;
export const CARD_SIZE_IDS = Object.keys(CARD_SIZES) as CardSizeId[];
export const DEFAULT_CARD_SIZE: CardSizeId = 'index';

/** How the cards of one size sit on one paper: a grid centered on the sheet. */
export interface SheetLayout {
	paper: PaperId;
	cardSize: CardSizeId;
	paperWidth: number;
	paperHeight: number;
	cardWidth: number;
	cardHeight: number;
	columns: number;
	rows: number;
	perSheet: number;
	/** Left edge of the grid. */
	left: number;
	/** Top edge of the grid. */
	top: number;
}

// Floating-point slack, so that two 105 mm cards still fit across 210 mm of A4.
const EPSILON = 1e-6;

/**
 * The grid that fits the most cards on a portrait sheet. Sheets stay portrait so that a
 * long-edge duplex flip is a left-right mirror on every printer. Cards may fill the sheet to its
 * edges (four A6 cards tile A4 exactly): a card's text keeps a padding wider than a printer's
 * unprintable border, and the cut lines between cards all fall inside the printable area. On a
 * tie the card stands upright, so that a card size looks the same on either paper.
 */
export function sheetLayout(paper: PaperId, cardSize: CardSizeId): SheetLayout {
	const { width: paperWidth, height: paperHeight } = PAPERS[paper];
	const { long, short } = CARD_SIZES[cardSize];
	const grid = (cardWidth: number, cardHeight: number) => {
		const columns = Math.floor(paperWidth / cardWidth + EPSILON);
		const rows = Math.floor(paperHeight / cardHeight + EPSILON);
		return { cardWidth, cardHeight, columns, rows, perSheet: columns * rows };
	};
	const upright = grid(short, long);
	const lying = grid(long, short);
	const best = lying.perSheet > upright.perSheet ? lying : upright;
	if (best.perSheet === 0) throw new Error(`A ${cardSize} card does not fit on ${paper} paper`);
	return {
		paper,
		cardSize,
		paperWidth,
		paperHeight,
		...best,
		left: round((paperWidth - best.columns * best.cardWidth) / 2),
		top: round((paperHeight - best.rows * best.cardHeight) / 2),
	};
}

const round = (mm: number) => Math.round(mm * 100) / 100;

/** The top-left corner of a slot (0 is the top-left card, row by row). */
export function slotPosition(layout: SheetLayout, slot: number): { x: number; y: number } {
	const row = Math.floor(slot / layout.columns);
	const column = slot % layout.columns;
	return { x: round(layout.left + column * layout.cardWidth), y: round(layout.top + row * layout.cardHeight) };
}

/**
 * The slot on the back sheet behind a slot of the front sheet. A long-edge flip turns a portrait
 * sheet over left to right, so each row reads backwards; the grid is centered, so the mirrored
 * slot sits exactly behind.
 */
export function mirroredSlot(layout: SheetLayout, slot: number): number {
	const row = Math.floor(slot / layout.columns);
	const column = slot % layout.columns;
	return row * layout.columns + (layout.columns - 1 - column);
}

/** One sheet of the printed deck: its front and back, slot by slot (`null` for an empty slot). */
export interface Sheet<T> {
	front: (T | null)[];
	back: (T | null)[];
}

/** Deals cards onto sheets: fronts in reading order, each back in the slot behind its front. */
export function paginate<T>(cards: readonly T[], layout: SheetLayout): Sheet<T>[] {
	const sheets: Sheet<T>[] = [];
	for (let start = 0; start < cards.length; start += layout.perSheet) {
		const front: (T | null)[] = Array.from({ length: layout.perSheet }, (_, slot) => cards[start + slot] ?? null);
		const back: (T | null)[] = Array.from({ length: layout.perSheet }, () => null);
		front.forEach((card, slot) => {
			back[mirroredSlot(layout, slot)] = card;
		});
		sheets.push({ front, back });
	}
	return sheets;
}

/** The number of printed pages for `cardCount` cards: a front and a back per sheet. */
export const pageCount = (cardCount: number, layout: SheetLayout) => Math.ceil(cardCount / layout.perSheet) * 2;

/** A straight line on the sheet. */
export interface Segment {
	x1: number;
	y1: number;
	x2: number;
	y2: number;
}

/**
 * Crop marks in the margins around the grid: each cut line of the grid is extended by a short
 * tick that stops `gap` short of the cards, so that no mark shows on a trimmed card. Where a
 * margin is too narrow for a legible tick there is none; the cards' own outlines still show
 * where to cut.
 */
export function cropMarks(layout: SheetLayout, { length = 6, gap = 2, minimum = 2.5 } = {}): Segment[] {
	const marks: Segment[] = [];
	const right = layout.left + layout.columns * layout.cardWidth;
	const bottom = layout.top + layout.rows * layout.cardHeight;
	const room = (margin: number) => Math.min(length, margin - gap);
	const topRoom = room(layout.top);
	const sideRoom = room(layout.left);
	if (topRoom >= minimum) {
		for (let c = 0; c <= layout.columns; c++) {
			const x = round(layout.left + c * layout.cardWidth);
			marks.push({ x1: x, y1: round(layout.top - gap - topRoom), x2: x, y2: round(layout.top - gap) });
			marks.push({ x1: x, y1: round(bottom + gap), x2: x, y2: round(bottom + gap + topRoom) });
		}
	}
	if (sideRoom >= minimum) {
		for (let r = 0; r <= layout.rows; r++) {
			const y = round(layout.top + r * layout.cardHeight);
			marks.push({ x1: round(layout.left - gap - sideRoom), y1: y, x2: round(layout.left - gap), y2: y });
			marks.push({ x1: round(right + gap), y1: y, x2: round(right + gap + sideRoom), y2: y });
		}
	}
	return marks;
}

/** The status line of the deck, e.g. "Showing 4 of 34 cards: 1 sheet of A4, printed two-sided on 2 pages." */
export function deckSummary(shown: number, total: number, layout: SheetLayout): string {
	const cards = shown === total ? `Showing all ${total} cards` : `Showing ${shown} of ${total} cards`;
	if (shown === 0) return `${cards}: nothing to print.`;
	const sheets = Math.ceil(shown / layout.perSheet);
	const paper = PAPERS[layout.paper].label;
	return `${cards}: ${layout.perSheet} to a sheet, ${sheets} ${sheets === 1 ? 'sheet' : 'sheets'} of ${paper}, printed two-sided on ${sheets * 2} pages.`;
}

/**
 * The largest size on the grid `min, min + step, …, max` that fits, found by bisection (so a size
 * must fit whenever a larger one does); `min` when none does. A generator, so that the caller
 * decides when to measure: it yields each size to try, is resumed with whether that size fit, and
 * returns the answer. `largestFitting` drives it in one go; the deck drives it a trial at a time,
 * giving the page a turn between trials (src/components/flashcards/fit-faces.ts).
 */
export function* searchLargestFitting(min: number, max: number, step: number): Generator<number, number, boolean> {
	let low = 0;
	let high = Math.floor((max - min) / step + EPSILON);
	const size = (k: number) => Math.round((min + k * step) * 1000) / 1000;
	if (yield size(high)) return size(high);
	while (low < high - 1) {
		const mid = Math.floor((low + high) / 2);
		if (yield size(mid)) low = mid;
		else high = mid;
	}
	return size(low);
}

/** `searchLargestFitting` with `fits` as the measure, all at once. */
export function largestFitting(min: number, max: number, step: number, fits: (size: number) => boolean): number {
	const search = searchLargestFitting(min, max, step);
	let trial = search.next();
	while (!trial.done) trial = search.next(fits(trial.value));
	return trial.value;
}
