import { describe, expect, it } from 'vitest';
import { emptyPracticeData } from '../../src/lib/practice-store.ts';
import {
	assembleAnswer,
	deleteStory,
	duplicateStory,
	emptyBeats,
	isShaped,
	liveStories,
	newStory,
	saveStory,
	speakingSeconds,
	splitList,
	storyLength,
	WORD_LIMIT,
} from '../../src/lib/stories.ts';

const t0 = new Date('2026-11-01T09:00:00Z');
const t1 = new Date('2026-11-02T09:00:00Z');
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
const allBeats = (text: string) =>
	Object.fromEntries(Object.keys(emptyBeats()).map((b) => [b, text])) as ReturnType<typeof emptyBeats>;

describe('raw and shaped stories', () => {
	it.each([
		['no beat written', emptyBeats(), false],
		['five of six beats', { ...allBeats('Done.'), reflection: '' }, false],
		['a beat of spaces only', { ...allBeats('Done.'), task: '   ' }, false],
		['all six beats', allBeats('Done.'), true],
	])('%s → shaped is %s', (_, beats, shaped) => expect(isShaped({ beats })).toBe(shaped));

	it('assembles the written beats in spoken order, skipping empty ones', () => {
		const beats = { ...emptyBeats(), reflection: 'R.', situation: 'S.', action: 'A.' };
		expect(assembleAnswer({ beats })).toBe('S.\n\nA.\n\nR.');
	});
});

describe('length', () => {
	it.each([
		[0, 0],
		[150, 60],
		[300, 120],
		[375, 150],
		[100, 40],
	])('%i words take %i s to say', (n, seconds) => expect(speakingSeconds(n)).toBe(seconds));

	it('counts the words of every beat and flags a story over the guideline', () => {
		const at = { ...emptyBeats(), situation: words(WORD_LIMIT - 100), action: words(100) };
		expect(storyLength({ beats: at })).toEqual({ words: WORD_LIMIT, seconds: 120, over: false });
		const over = { ...at, result: 'one more' };
		expect(storyLength({ beats: over })).toEqual({ words: WORD_LIMIT + 2, seconds: 121, over: true });
	});
});

describe('editing the bank', () => {
	const base = saveStory(emptyPracticeData(), newStory('a', { title: 'Orders table', line: 'March, fraud column' }, t0), t0);

	it('adds, then edits in place with a new edit time', () => {
		const edited = saveStory(base, { ...liveStories(base.stories)[0]!, title: 'Orders table migration' }, t1);
		expect(liveStories(edited.stories).map((s) => [s.title, s.updatedAt])).toEqual([
			['Orders table migration', t1.toISOString()],
		]);
	});

	it('duplicates under a new id, leaving the original untouched', () => {
		const copied = duplicateStory(base, 'a', 'b', (t) => `${t} (copy)`, t1);
		expect(liveStories(copied.stories).map((s) => [s.id, s.title, s.line])).toEqual([
			['a', 'Orders table', 'March, fraud column'],
			['b', 'Orders table (copy)', 'March, fraud column'],
		]);
	});

	it('deletes to a tombstone that hides the story', () => {
		const deleted = deleteStory(base, 'a', t1);
		expect(liveStories(deleted.stories)).toEqual([]);
		expect(deleted.stories).toEqual([{ id: 'a', deleted: true, updatedAt: t1.toISOString() }]);
	});

	it.each([
		['one per line', 'p99 1.2 s → 180 ms\n\n 40% fewer pages ', /\n/, ['p99 1.2 s → 180 ms', '40% fewer pages']],
		['comma-separated', 'postgres, on-call ,, migration', /,/, ['postgres', 'on-call', 'migration']],
	])('splits a list %s', (_, text, separator, list) => expect(splitList(text, separator)).toEqual(list));
});
