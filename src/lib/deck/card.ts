/**
 * The flashcard deck's card model: a card per prompt, built from the content collections by
 * `toCard`, so that nothing on a card is typed twice. Pure; the deck page, the Anki endpoint and
 * the print card all render these.
 */
import {
	BEATS,
	LABELS,
	LEVELS,
	type BeatId,
	type Bucket,
	type Competency,
	type Level,
	type Origin,
	type Theme,
} from '../../schemas/ids.ts';

/** What a card needs from a prompt's frontmatter; references are entry ids. */
export interface DeckPrompt {
	id: string;
	question: string;
	short: string;
	bucket: Bucket;
	theme: Theme;
	highestSignal: boolean;
	competencies: readonly Competency[];
	origin: Origin;
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
	/** What the prompt probes, and where it comes from: the deck filters on them as the bank does. */
	competencies: Competency[];
	origin: Origin;
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
		competencies: [...prompt.competencies],
		origin: prompt.origin,
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
			LEVELS.map((level) => [level, dimensions.map((d) => ({ dimension: d.title, expectation: d.levels[level].expectation }))]),
		) as Record<Level, LevelExpectation[]>,
	};
}
