/**
 * The story bank's model: a story starts as a week-1 raw entry (a title and a line) and is
 * "shaped" once all six STAR-TR beats are written. Edits stamp `updatedAt` and deletions leave a
 * tombstone, so that merging two copies of the bank (practice-store.ts) keeps the latest of each.
 */
import { attemptId, type PracticeData, type Story, type StoryRecord } from './practice-store.ts';
import { countWords } from './text.ts';
import { BEATS, type BeatId } from '../schemas/ids.ts';

/** The guideline a written story stays under. */
export const WORD_LIMIT = 300;
import { WORDS_PER_MINUTE } from './timing.ts';

export { WORDS_PER_MINUTE };

/** Six empty beats. */
export const emptyBeats = (): Record<BeatId, string> => Object.fromEntries(BEATS.map((b) => [b, ''])) as Record<BeatId, string>;

/** A new raw entry. */
export const newStory = (id: string, fields: Partial<Omit<Story, 'id' | 'createdAt' | 'updatedAt'>>, now: Date): Story => ({
	id,
	title: '',
	line: '',
	type: null,
	beats: emptyBeats(),
	metrics: [],
	tags: [],
	prompts: [],
	...fields,
	createdAt: now.toISOString(),
	updatedAt: now.toISOString(),
});

/** A new story id (time plus randomness, like attempt ids). */
export const storyId = (now: Date, random: () => number) => `s-${attemptId(now, random)}`;

/** True for a tombstone. */
export const isDeleted = (record: StoryRecord): record is Extract<StoryRecord, { deleted: true }> => 'deleted' in record;

/** The stories that exist (no tombstones), oldest first. */
export const liveStories = (records: readonly StoryRecord[]): Story[] =>
	records
		.filter((r): r is Story => !isDeleted(r))
		.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id));

/** A story is shaped once every beat has text; until then it is a raw entry. */
export const isShaped = (story: Pick<Story, 'beats'>) => BEATS.every((b) => story.beats[b].trim() !== '');

/** The beats as one answer, in spoken order, one paragraph each. */
export const assembleAnswer = (story: Pick<Story, 'beats'>) =>
	BEATS.map((b) => story.beats[b].trim())
		.filter((t) => t !== '')
		.join('\n\n');

/** Seconds it takes to say `words` at the assumed rate. */
export const speakingSeconds = (words: number) => Math.round((words / WORDS_PER_MINUTE) * 60);

/** Words and speaking time of a story's assembled answer, and whether it is over the guideline. */
export function storyLength(story: Pick<Story, 'beats'>) {
	const words = countWords(assembleAnswer(story));
	return { words, seconds: speakingSeconds(words), over: words > WORD_LIMIT };
}

/** Splits a free-text list (one per line, or comma-separated for tags) into trimmed items. */
export const splitList = (text: string, separator: RegExp = /\n/) =>
	text
		.split(separator)
		.map((s) => s.trim())
		.filter((s) => s !== '');

/** Saves a story (new or edited), stamping it edited now. */
export function saveStory(data: PracticeData, story: Story, now: Date): PracticeData {
	const saved = { ...story, updatedAt: now.toISOString() };
	const exists = data.stories.some((s) => s.id === story.id);
	return { ...data, stories: exists ? data.stories.map((s) => (s.id === story.id ? saved : s)) : [...data.stories, saved] };
}

/** Deletes a story, leaving a tombstone so that an import of an older copy does not revive it. */
export const deleteStory = (data: PracticeData, id: string, now: Date): PracticeData => ({
	...data,
	stories: data.stories.map((s) => (s.id === id ? { id, deleted: true as const, updatedAt: now.toISOString() } : s)),
});

/** Copies a story under a new id and title; the copy is a separate story from then on. */
export function duplicateStory(
	data: PracticeData,
	id: string,
	newId: string,
	title: (old: string) => string,
	now: Date,
): PracticeData {
	const original = liveStories(data.stories).find((s) => s.id === id);
	if (!original) return data;
	const copy: Story = {
		...structuredClone(original),
		id: newId,
		title: title(original.title),
		createdAt: now.toISOString(),
		updatedAt: now.toISOString(),
	};
	return { ...data, stories: [...data.stories, copy] };
}
