/**
 * The deck page's settings: the question bank's filters, the level the backs are written for,
 * and the paper and card size to print on, with the URL form that makes a deck shareable (the PDF
 * script opens `?paper=letter&card=a6`). Pure.
 */
import { LEVELS, type Level } from '../../schemas/ids.ts';
import {
	filtersFromQuery,
	filtersToQuery,
	matches,
	type FilterablePrompt,
	type KnownValues,
	type PromptFilters,
} from '../prompt-filter.ts';
import { CARD_SIZE_IDS, DEFAULT_CARD_SIZE, PAPER_IDS, type CardSizeId, type PaperId } from './layout.ts';

const oneOf = <T extends string>(value: string | null, allowed: readonly T[], fallback: T | ''): T | '' =>
	value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;

/**
 * What the deck shows and prints. The question bank's filters choose cards (`PromptFilters`,
 * read from and written to the URL the same way).
 * `level` chooses what the back's last section says: empty means the prompt's own "what a
 * senior+ answer adds"; a level swaps in the rubric's expectation at that level for each
 * dimension the prompt probes, so a candidate aiming at staff studies the staff bar. Prompts have
 * no level of their own, so no level hides a card.
 */
export interface DeckSettings extends PromptFilters {
	level: Level | '';
	paper: PaperId;
	cardSize: CardSizeId;
}

/** True when the card passes the filters, exactly as its prompt would in the question bank. */
export const cardMatches = (card: FilterablePrompt, s: DeckSettings) => matches(card, s);

/** Regions whose usual office paper is US Letter; everywhere else prints on A4. */
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI']);

/** The paper a reader most likely has, from a BCP 47 locale such as "en-US". */
export function defaultPaper(locale: string): PaperId {
	const region = locale
		.split(/[-_]/)
		.slice(1)
		.find((part) => /^[A-Za-z]{2}$/.test(part));
	return region && LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : 'a4';
}

/** Reads settings from a query string such as `?paper=letter&bucket=technical`, ignoring unknown values. */
export function settingsFromQuery(query: string, known: KnownValues, fallbackPaper: PaperId): DeckSettings {
	const params = new URLSearchParams(query);
	return {
		...filtersFromQuery(query, known),
		level: oneOf(params.get('level'), LEVELS, ''),
		paper: oneOf(params.get('paper'), PAPER_IDS, fallbackPaper) || fallbackPaper,
		cardSize: oneOf(params.get('card'), CARD_SIZE_IDS, DEFAULT_CARD_SIZE) || DEFAULT_CARD_SIZE,
	};
}

/** Writes settings as a query string; the paper is always written, since its default varies by reader. */
export function settingsToQuery(s: DeckSettings): string {
	const params = new URLSearchParams(filtersToQuery(s));
	if (s.level) params.set('level', s.level);
	params.set('paper', s.paper);
	if (s.cardSize !== DEFAULT_CARD_SIZE) params.set('card', s.cardSize);
	return `?${params.toString()}`;
}
