import { describe, expect, it } from 'vitest';
import {
	addDays,
	dueTasks,
	localDay,
	planPhase,
	setStartDate,
	tickTask,
	weekProgress,
	weekRange,
	type PlanWeek,
} from '../../src/lib/plan.ts';
import { emptyPracticeData } from '../../src/lib/practice-store.ts';

const now = new Date('2026-11-23T10:00:00Z');
const weeks: PlanWeek[] = [
	{ id: 'week-1', week: 1, tasks: ['a', 'b'] },
	{ id: 'week-2', week: 2, tasks: ['c'] },
	{ id: 'week-3', week: 3, tasks: ['d', 'e'] },
	{ id: 'week-4', week: 4, tasks: ['f'] },
];

describe('planPhase', () => {
	it.each([
		['no start date', null, '2026-11-02', { kind: 'unset' }],
		['the day before the start', '2026-11-02', '2026-11-01', { kind: 'before', daysUntil: 1 }],
		['the start day', '2026-11-02', '2026-11-02', { kind: 'week', week: 1, day: 1 }],
		['the last day of week 1', '2026-11-02', '2026-11-08', { kind: 'week', week: 1, day: 7 }],
		['the first day of week 2', '2026-11-02', '2026-11-09', { kind: 'week', week: 2, day: 1 }],
		['across a daylight-saving change (US, Nov 1)', '2026-10-26', '2026-11-02', { kind: 'week', week: 2, day: 1 }],
		['across a month and year end', '2026-12-28', '2027-01-18', { kind: 'week', week: 4, day: 1 }],
		['the last day of week 4', '2026-11-02', '2026-11-29', { kind: 'week', week: 4, day: 7 }],
		['the day after the plan', '2026-11-02', '2026-11-30', { kind: 'after', daysSince: 1 }],
	])('%s', (_, start, today, phase) => expect(planPhase(start, today, 4)).toEqual(phase));
});

describe('dates', () => {
	it.each([
		[1, '2026-11-02', '2026-11-08'],
		[2, '2026-11-09', '2026-11-15'],
		[4, '2026-11-23', '2026-11-29'],
	])('week %i runs from %s to %s', (week, from, to) => expect(weekRange('2026-11-02', week)).toEqual({ from, to }));

	it('adds days across a leap day', () => expect(addDays('2028-02-28', 2)).toBe('2028-03-01'));
	it('reads the local calendar day', () => expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05'));
});

describe('ticks and what is due', () => {
	let plan = setStartDate(emptyPracticeData().plan, '2026-11-02', now);
	plan = tickTask(plan, 'week-1', 'a', true, now);
	plan = tickTask(plan, 'week-3', 'd', true, now);

	it('counts progress per week, ignoring ticks of tasks no longer listed', () => {
		const stale = tickTask(plan, 'week-1', 'gone', true, now);
		expect(weeks.map((w) => weekProgress(w, stale))).toEqual([
			{ done: 1, total: 2 },
			{ done: 0, total: 1 },
			{ done: 1, total: 2 },
			{ done: 0, total: 1 },
		]);
	});

	it('unticks', () => expect(tickTask(plan, 'week-1', 'a', false, now).weeks['week-1']!.checked).toEqual([]));

	it.each([
		['before the start', '2026-10-30', [], []],
		['in week 1', '2026-11-03', [{ week: 1, task: 'b' }], []],
		[
			'in week 3',
			'2026-11-20',
			[{ week: 3, task: 'e' }],
			[
				{ week: 1, task: 'b' },
				{ week: 2, task: 'c' },
			],
		],
		[
			'after the end',
			'2026-12-10',
			[],
			[
				{ week: 1, task: 'b' },
				{ week: 2, task: 'c' },
				{ week: 3, task: 'e' },
				{ week: 4, task: 'f' },
			],
		],
	])('%s', (_, today, thisWeek, overdue) => {
		const due = dueTasks(weeks, plan, today);
		expect(due.thisWeek).toEqual(thisWeek);
		expect(due.overdue).toEqual(overdue);
	});
});
