/**
 * The guide's content as pages need it: every collection loaded once, sorted the way listings
 * show it, with the lookups that link entries both ways (a pitfall to the prompts that invite it,
 * a rubric dimension to the prompts that probe it). Only build-time code imports this.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { bankOrder, byOrder, layOutBank, promptOrder } from '../lib/question-bank.ts';
import { url } from './url.ts';

export type PromptEntry = CollectionEntry<'prompts'>;
export type AnswerEntry = CollectionEntry<'answers'>;
export type PitfallEntry = CollectionEntry<'pitfalls'>;
export type RubricEntry = CollectionEntry<'rubric'>;
export type BeatEntry = CollectionEntry<'beats'>;
export type TimingEntry = CollectionEntry<'timing'>;
export type WeekEntry = CollectionEntry<'weeks'>;
export type StoryTypeEntry = CollectionEntry<'storyTypes'>;
export type FaqEntry = CollectionEntry<'faq'>;

const sorted = <T extends { id: string; data: { order: number } }>(entries: T[]) =>
	entries.sort((a, b) => byOrder({ id: a.id, order: a.data.order }, { id: b.id, order: b.data.order }));

async function load() {
	const [prompts, answers, pitfalls, rubric, beats, timing, weeks, storyTypes, faq] = await Promise.all([
		getCollection('prompts'),
		getCollection('answers'),
		getCollection('pitfalls'),
		getCollection('rubric'),
		getCollection('beats'),
		getCollection('timing'),
		getCollection('weeks'),
		getCollection('storyTypes'),
		getCollection('faq'),
	]);
	return {
		prompts: prompts.sort((a, b) => promptOrder({ id: a.id, ...a.data }, { id: b.id, ...b.data })),
		answers: sorted(answers),
		pitfalls: pitfalls.sort((a, b) => a.data.rank - b.data.rank),
		rubric: sorted(rubric),
		beats: sorted(beats),
		timing: sorted(timing),
		weeks: weeks.sort((a, b) => a.data.week - b.data.week),
		storyTypes: sorted(storyTypes),
		faq: sorted(faq),
	};
}

export type Guide = Awaited<ReturnType<typeof load>>;

let cached: Promise<Guide> | undefined;
/** Every collection, loaded once per build and shared by all pages. */
export const getGuide = () => (cached ??= load());

/** Finds an entry by id in a list, failing loudly: the content check guarantees it exists. */
export function byId<T extends { id: string }>(entries: T[], id: string): T {
	const entry = entries.find((e) => e.id === id);
	if (!entry) throw new Error(`No entry "${id}": run npm run check:content`);
	return entry;
}

/** The prompts whose `field` references `id`, in listing order. */
export const promptsReferencing = (guide: Guide, field: 'pitfalls' | 'rubric' | 'storyTypes', id: string) =>
	guide.prompts.filter((p) => p.data[field].some((ref) => ref.id === id));

/** The sample answer of a prompt, if it has one. */
export const answerFor = (guide: Guide, promptId: string) => guide.answers.find((a) => a.data.prompt.id === promptId);

/** The default timing preset (the loop story). */
export const defaultTiming = (guide: Guide) => guide.timing.find((t) => t.data.default) ?? guide.timing[0]!;

/** A prompt entry with its frontmatter fields alongside, as the bank layout reads them. */
const flat = (p: PromptEntry) => ({ ...p, ...p.data, id: p.id });

/** The question bank laid out: the cold four, then bucket by bucket and theme by theme. */
export const bankLayout = (guide: Guide) => layOutBank(guide.prompts.map(flat));

const orders = new WeakMap<Guide, ReturnType<typeof flat>[]>();

/** The prompts before and after `id` in bank order, for prompt-to-prompt navigation. */
export function neighbours(guide: Guide, id: string) {
	// Worked out once per build, not once per page: every prompt page asks.
	if (!orders.has(guide)) orders.set(guide, bankOrder(guide.prompts.map(flat)));
	const order = orders.get(guide)!;
	const i = order.findIndex((p) => p.id === id);
	return { previous: order[i - 1], next: order[i + 1] };
}

/**
 * Each prompt as a practice island needs it in its embedded JSON: id, page link and only the
 * frontmatter fields named, so that no page ships fields its script never reads.
 */
export function promptsForIsland<K extends keyof PromptEntry['data']>(guide: Guide, fields: readonly K[]) {
	return guide.prompts.map((p) => ({
		id: p.id,
		href: url(`/prompts/${p.id}/`),
		...(Object.fromEntries(fields.map((field) => [field, p.data[field]])) as Pick<PromptEntry['data'], K>),
	}));
}
