/**
 * The flashcard deck: a card per prompt built from the content collections, the Anki export of
 * those cards, and the arithmetic of printing them (how many cards fit a sheet, where each one
 * sits, the mirrored order of the backs and the cut marks). Pure: the deck page, the Anki
 * endpoint, the deck island and the PDF script all call in here, and nothing runs on import.
 *
 * Every length is in millimetres, measured on the sheet as it comes out of the printer
 * (portrait, origin at the top-left corner).
 */
import { BEATS, LABELS, LEVELS, type BeatId, type Bucket, type Level, type Theme } from '../schemas/ids.ts';

// ---------------------------------------------------------------------------------------------
// The card model

/** What a card needs from a prompt's frontmatter; references are entry ids. */
export interface DeckPrompt {
	id: string;
	question: string;
	short: string;
	bucket: Bucket;
	theme: Theme;
	highestSignal: boolean;
	probes: string;
	storyTypes: readonly string[];
	pitfalls: readonly string[];
	rubric: readonly string[];
	seniorPlus: string;
	beatCues: Readonly<Record<BeatId, string>>;
}

/** The entries a card's references point into, keyed by id. */
export interface DeckLookups {
	beats: Readonly<Record<string, { title: string }>>;
	storyTypes: Readonly<Record<string, { title: string }>>;
	pitfalls: Readonly<Record<string, { title: string }>>;
	rubric: Readonly<Record<string, { title: string; levels: Readonly<Record<Level, { expectation: string }>> }>>;
}

/** One rubric dimension as a card back states it at one level. */
export interface LevelExpectation {
	dimension: string;
	expectation: string;
}

/** A flashcard: the front asks the question, the back holds what to remember. */
export interface Card {
	id: string;
	/** Position in the whole deck, from 1; printed on both faces so a loose back finds its front. */
	number: number;
	question: string;
	short: string;
	bucket: Bucket;
	bucketLabel: string;
	theme: Theme;
	themeLabel: string;
	highestSignal: boolean;
	probes: string;
	/** Titles of the story types that answer it. */
	storyTypes: string[];
	/** One cue per STAR-TR beat, in speaking order. */
	beats: { id: BeatId; title: string; cue: string }[];
	/** Titles of the pitfalls it invites. */
	pitfalls: string[];
	/** The prompt's own "what a senior+ answer adds". */
	seniorPlus: string;
	/** The rubric's expectation at each level, for each dimension the prompt probes. */
	levels: Record<Level, LevelExpectation[]>;
}

function lookup<T>(table: Readonly<Record<string, T>>, id: string, what: string, promptId: string): T {
	const entry = table[id];
	if (!entry) throw new Error(`Prompt "${promptId}" names the ${what} "${id}", which does not exist: run npm run check:content`);
	return entry;
}

/** Builds the card of a prompt; `number` is its position in the deck, from 1. */
export function toCard(prompt: DeckPrompt, lookups: DeckLookups, number: number): Card {
	const dimensions = prompt.rubric.map((id) => lookup(lookups.rubric, id, 'rubric dimension', prompt.id));
	return {
		id: prompt.id,
		number,
		question: prompt.question,
		short: prompt.short,
		bucket: prompt.bucket,
		bucketLabel: LABELS.bucket[prompt.bucket],
		theme: prompt.theme,
		themeLabel: LABELS.theme[prompt.theme],
		highestSignal: prompt.highestSignal,
		probes: prompt.probes,
		storyTypes: prompt.storyTypes.map((id) => lookup(lookups.storyTypes, id, 'story type', prompt.id).title),
		beats: BEATS.map((id) => ({
			id,
			title: lookup(lookups.beats, id, 'beat', prompt.id).title,
			cue: prompt.beatCues[id],
		})),
		pitfalls: prompt.pitfalls.map((id) => lookup(lookups.pitfalls, id, 'pitfall', prompt.id).title),
		seniorPlus: prompt.seniorPlus,
		levels: Object.fromEntries(
			LEVELS.map((level) => [
				level,
				dimensions.map((d) => ({ dimension: d.title, expectation: d.levels[level].expectation })),
			])
		) as Record<Level, LevelExpectation[]>,
	};
}

// ---------------------------------------------------------------------------------------------
// Filters and settings

/**
 * What the deck shows and prints. The bucket, theme and highest-signal filters choose cards.
 * `level` chooses what the back's last section says: empty means the prompt's own "what a
 * senior+ answer adds"; a level swaps in the rubric's expectation at that level for each
 * dimension the prompt probes, so a candidate aiming at staff studies the staff bar. Prompts have
 * no level of their own, so no level hides a card.
 */
export interface DeckSettings {
	bucket: Bucket | '';
	theme: Theme | '';
	highestSignalOnly: boolean;
	level: Level | '';
	paper: PaperId;
	cardSize: CardSizeId;
}

/** True when the card passes the bucket, theme and highest-signal filters. */
export const cardMatches = (card: Pick<Card, 'bucket' | 'theme' | 'highestSignal'>, s: DeckSettings) =>
	(s.bucket === '' || card.bucket === s.bucket) &&
	(s.theme === '' || card.theme === s.theme) &&
	(!s.highestSignalOnly || card.highestSignal);

/** Regions whose usual office paper is US Letter; everywhere else prints on A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI']);

/** The paper a reader most likely has, from a BCP 47 locale such as "en-US". */
export function defaultPaper(locale: string): PaperId {
	const region = locale.split(/[-_]/).slice(1).find((part) => /^[A-Za-z]{2}$/.test(part));
	return region && LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : 'a4';
}

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T | ''): T | '' =>
	value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/** Reads settings from a query string such as `?paper=letter&bucket=technical`, ignoring unknown values. */
export function settingsFromQuery(
	query: string,
	known: { buckets: readonly Bucket[]; themes: readonly Theme[] },
	fallbackPaper: PaperId
): DeckSettings {
	const params = new URLSearchParams(query);
	return {
		bucket: oneOf(params.get('bucket'), known.buckets, ''),
		theme: oneOf(params.get('theme'), known.themes, ''),
		highestSignalOnly: params.get('signal') === '1',
		level: oneOf(params.get('level'), LEVELS, ''),
		paper: oneOf(params.get('paper'), PAPER_IDS, fallbackPaper) || fallbackPaper,
		cardSize: oneOf(params.get('card'), CARD_SIZE_IDS, DEFAULT_CARD_SIZE) || DEFAULT_CARD_SIZE,
	};
}

/** Writes settings as a query string; the paper is always written, since its default varies by reader. */
export function settingsToQuery(s: DeckSettings): string {
	const params = new URLSearchParams();
	if (s.bucket) params.set('bucket', s.bucket);
	if (s.theme) params.set('theme', s.theme);
	if (s.highestSignalOnly) params.set('signal', '1');
	if (s.level) params.set('level', s.level);
	params.set('paper', s.paper);
	if (s.cardSize !== DEFAULT_CARD_SIZE) params.set('card', s.cardSize);
	return `?${params.toString()}`;
}

// ---------------------------------------------------------------------------------------------
// Paper, card sizes and the sheet layout

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
 * The largest size on the grid `min, min + step, …, max` for which `fits` holds, found by
 * bisection (so `fits` must hold for every size below one that fits); `min` when none does. The
 * island passes a check that lays a card face out at that font size.
 */
export function largestFitting(min: number, max: number, step: number, fits: (size: number) => boolean): number {
	let low = 0;
	let high = Math.floor((max - min) / step + EPSILON);
	const size = (k: number) => Math.round((min + k * step) * 1000) / 1000;
	if (fits(size(high))) return size(high);
	while (low < high - 1) {
		const mid = Math.floor((low + high) / 2);
		if (fits(size(mid))) low = mid;
		else high = mid;
	}
	return size(low);
}

// ---------------------------------------------------------------------------------------------
// Anki export

/** The deck name Anki files the notes under. */
export const ANKI_DECK = 'Backend Behavioral Prep';

/**
 * The file headers Anki (2.1.55 and later) reads before the notes: tab-separated, fields are
 * HTML, Basic notes, and the guid column makes a second import update the notes instead of
 * adding copies.
 */
export const ANKI_HEADER = [
	'#separator:tab',
	'#html:true',
	'#notetype:Basic',
	`#deck:${ANKI_DECK}`,
	'#columns:GUID\tFront\tBack\tTags',
	'#guid column:1',
	'#tags column:4',
] as const;

/** Escapes text for an HTML field. Quotes become entities too: Anki reads a leading `"` as CSV quoting. */
export const escapeHtml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Makes a value safe as one field of a tab-separated row: no tab, carriage return or newline survives. */
export const tsvField = (value: string) => value.replace(/[\t\r\n]+/g, ' ').trim();

/** The tags of a card: its bucket and theme as hierarchical tags, and whether it is one of the four. */
export const ankiTags = (card: Pick<Card, 'bucket' | 'theme' | 'highestSignal'>) =>
	[`bucket::${card.bucket}`, `theme::${card.theme}`, ...(card.highestSignal ? ['highest-signal'] : [])].join(' ');

const text = (value: string) => escapeHtml(value.replace(/\s+/g, ' ').trim());

/** The front of a card as Anki HTML: the question, then its bucket and theme. */
export function ankiFront(card: Card): string {
	const meta = [card.bucketLabel, card.themeLabel, ...(card.highestSignal ? ['Highest signal'] : [])].map(text).join(' · ');
	return `${text(card.question)}<br><small>${meta}</small>`;
}

/** The back of a card as Anki HTML: what it probes, the stories, a cue per beat, the pitfalls and the senior+ bar. */
export function ankiBack(card: Card): string {
	const beats = card.beats.map((b) => `<li><b>${text(b.title)}:</b> ${text(b.cue)}</li>`).join('');
	return [
		`<p><b>Probes:</b> ${text(card.probes)}</p>`,
		`<p><b>Answer with:</b> ${card.storyTypes.map(text).join(', ')}</p>`,
		`<p><b>STAR-TR:</b></p><ul>${beats}</ul>`,
		`<p><b>Avoid:</b> ${card.pitfalls.map(text).join(', ')}</p>`,
		`<p><b>Senior+ adds:</b> ${text(card.seniorPlus)}</p>`,
	].join('');
}

/** One row of the Anki file: guid, front, back and tags, each a single clean field. */
export const ankiRow = (card: Card) =>
	[`backend-behavioral-prep:${card.id}`, ankiFront(card), ankiBack(card), ankiTags(card)].map(tsvField).join('\t');

/** The whole Anki import file: the header lines, then a note per card. */
export const ankiFile = (cards: readonly Card[]) => `${[...ANKI_HEADER, ...cards.map(ankiRow)].join('\n')}\n`;
