/** The deck as an Anki import file: a note per card, with the deck and note type named in the header. Pure. */
import type { Card } from './card.ts';

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
