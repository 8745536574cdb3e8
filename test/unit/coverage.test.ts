import { describe, expect, it } from 'vitest';
import { buildCoverage, type CoveragePrompt, type CoverageStory } from '../../src/lib/coverage.ts';

const prompts: CoveragePrompt[] = [
	{ id: 'outage', bucket: 'behavioral', theme: 'incidents', highestSignal: true },
	{ id: 'migration', bucket: 'behavioral', theme: 'data', highestSignal: true },
	{ id: 'alert', bucket: 'behavioral', theme: 'incidents', highestSignal: false },
	{ id: 'cache', bucket: 'technical', theme: 'reliability', highestSignal: false },
	{ id: 'deadline', bucket: 'behavioral', theme: 'delivery', highestSignal: true },
];
const story = (id: string, prompts: string[], type: string | null = null, shaped = true): CoverageStory => ({
	id,
	prompts,
	type,
	shaped,
});
const coverage = (stories: CoverageStory[]) =>
	buildCoverage({
		prompts,
		stories,
		storyTypes: ['outage', 'schema-migration', 'mentoring'],
		buckets: ['behavioral', 'technical', 'situational'],
		themes: ['incidents', 'reliability', 'data', 'delivery'],
	});

describe('buildCoverage', () => {
	it('groups prompts by bucket, then theme, leaving empty groups out', () => {
		expect(coverage([]).groups.map((g) => [g.bucket, g.theme, g.rows.map((r) => r.promptId)])).toEqual([
			['behavioral', 'incidents', ['outage', 'alert']],
			['behavioral', 'data', ['migration']],
			['behavioral', 'delivery', ['deadline']],
			['technical', 'reliability', ['cache']],
		]);
	});

	it('marks each prompt with the stories that answer it', () => {
		const rows = coverage([story('a', ['outage', 'alert']), story('b', ['outage'])]).groups.flatMap((g) => g.rows);
		expect(Object.fromEntries(rows.map((r) => [r.promptId, r.stories]))).toEqual({
			outage: ['a', 'b'],
			alert: ['a'],
			migration: [],
			deadline: [],
			cache: [],
		});
	});

	it.each([
		['no stories', [], ['outage', 'migration', 'deadline', 'alert', 'cache'], ['outage', 'migration', 'deadline']],
		[
			'one story on two prompts',
			[story('a', ['outage', 'cache'])],
			['migration', 'deadline', 'alert'],
			['migration', 'deadline'],
		],
		[
			'every highest-signal prompt covered',
			[story('a', ['outage', 'migration']), story('b', ['deadline'])],
			['alert', 'cache'],
			[],
		],
	])('with %s, lists the uncovered prompts highest-signal first', (_, stories, uncovered, cold) => {
		const result = coverage(stories);
		expect(result.uncovered).toEqual(uncovered);
		expect(result.uncoveredHighestSignal).toEqual(cold);
	});

	it('says how many prompts each story answers, ignoring prompts no longer in the guide', () => {
		const result = coverage([
			story('none', []),
			story('one', ['outage', 'gone']),
			story('two', ['outage', 'alert']),
			story('three', ['outage', 'alert', 'cache']),
			story('four', ['outage', 'alert', 'cache', 'deadline']),
		]);
		expect(result.reach.map((r) => [r.storyId, r.count, r.reach])).toEqual([
			['none', 0, 'none'],
			['one', 1, 'one'],
			['two', 2, 'aim'],
			['three', 3, 'aim'],
			['four', 4, 'wide'],
		]);
	});

	it('lists the story types no shaped story covers; raw entries do not count', () => {
		const result = coverage([story('a', [], 'outage'), story('b', [], 'mentoring', false), story('c', [], null)]);
		expect(result.missingTypes).toEqual(['schema-migration', 'mentoring']);
		expect(result.shaped).toBe(2);
	});
});
