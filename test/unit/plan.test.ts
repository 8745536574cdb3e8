import { describe, expect, it } from 'vitest';
import {
	addDays,
	dueTasks,
	fitPlan,
	localDay,
	parseStartDate,
	planPhase,
	setInterviewDate,
	setStartDate,
	tickTask,
	weekProgress,
	weekRange,
	type CompressibleWeek,
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

describe('a typed start date', () => {
	const today = '2026-11-23';

	it.each([
		['a day this month', '2026-11-15'],
		['with spaces around it', ' 2026-11-15 '],
		['a leap day', '2028-02-29'],
		['five years ago to the day', '2021-11-23'],
		['two years ahead to the day', '2028-11-23'],
	])('accepts %s', (_, value) => expect(parseStartDate(value, today)).toEqual({ ok: true, day: value.trim() }));

	it.each([
		[
			'a US date with a two-digit year',
			'11/15/26',
			'short-year',
			'Enter the full date, with a four-digit year, as year-month-day (for example 2026-11-23).',
		],
		['a European date', '15.11.2026', 'format', 'Enter the date year first, as year-month-day (for example 2026-11-23).'],
		[
			'a two-digit year first',
			'26-11-15',
			'short-year',
			'Enter the full date, with a four-digit year, as year-month-day (for example 2026-11-23).',
		],
		['year 0026', '0026-11-15', 'too-early', 'That date is more than 5 years ago: check the year (for example 2026-11-23).'],
		['a day the calendar lacks', '2026-02-30', 'day', '2026-02-30 is not a day of the calendar: February 2026 has 28 days.'],
		['February 29 of a common year', '2027-02-29', 'day', '2027-02-29 is not a day of the calendar: February 2027 has 28 days.'],
		['month 13', '2026-13-01', 'month', 'There is no month 13: the month is a number from 01 to 12 (for example 2026-11-23).'],
		[
			'a year and month only',
			'2026-11',
			'format',
			'Enter the full date, year-month-day with a four-digit year (for example 2026-11-23).',
		],
		['a year only', '2026', 'format', 'Enter the full date, year-month-day with a four-digit year (for example 2026-11-23).'],
		[
			'a one-digit day',
			'2026-11-5',
			'format',
			'Enter the full date, year-month-day with a four-digit year (for example 2026-11-23).',
		],
		[
			'a five-digit year',
			'20266-11-15',
			'format',
			'Enter the full date, year-month-day with a four-digit year (for example 2026-11-23).',
		],
		['words', 'next monday', 'format', 'Enter the full date, year-month-day with a four-digit year (for example 2026-11-23).'],
		['nothing', '  ', 'empty', 'Enter the start date as year-month-day (for example 2026-11-23).'],
		[
			'the day before the window',
			'2021-11-22',
			'too-early',
			'That date is more than 5 years ago: check the year (for example 2026-11-23).',
		],
		[
			'the day after the window',
			'2028-11-24',
			'too-late',
			'That date is more than 2 years away: check the year (for example 2026-11-23).',
		],
	])('refuses %s (%s)', (_, value, problem, message) =>
		expect(parseStartDate(value, today)).toEqual({ ok: false, problem, message }),
	);

	it('sets a good date, clears with null, and leaves the plan as it was for a refused one', () => {
		const plan = setStartDate(emptyPracticeData().plan, '2026-11-02', now);
		expect(plan).toMatchObject({ startDate: '2026-11-02', updatedAt: now.toISOString() });
		for (const bad of ['11/15/26', '0026-11-15', '2026-02-30', '2026-11', ''])
			expect(setStartDate(plan, bad, new Date('2026-11-24T00:00:00Z'))).toBe(plan);
		expect(setStartDate(plan, null, now)).toMatchObject({ startDate: null, updatedAt: now.toISOString() });
	});
});

describe('fitPlan: the routine against the interview date', () => {
	const weeks: CompressibleWeek[] = [
		{
			week: 1,
			tasks: [
				{ id: 'book', whenShort: 'drop' },
				{ id: 'dig', whenShort: 'keep' },
				{ id: 'tag', whenShort: 'drop-under-two-weeks' },
			],
		},
		{ week: 2, tasks: [{ id: 'draft', whenShort: 'keep' }] },
		{
			week: 3,
			tasks: [
				{ id: 'mock-1', whenShort: 'keep' },
				{ id: 'mock-2', whenShort: 'drop' },
			],
		},
		{ week: 4, tasks: [{ id: 'loop', whenShort: 'keep' }] },
	];
	const today = '2026-11-02';

	it.each([
		['no interview date', null, { kind: 'unset' }],
		['an interview today', today, { kind: 'past' }],
		['an interview gone', '2026-10-30', { kind: 'past' }],
		['exactly four weeks', '2026-11-30', { kind: 'full', daysLeft: 28 }],
		['more than four weeks', '2027-01-04', { kind: 'full', daysLeft: 63 }],
	] as const)('runs %s as written', (_name, interview, fit) => expect(fitPlan(weeks, today, interview)).toEqual(fit));

	it('splits three weeks into four equal stages and drops only what is marked drop', () => {
		expect(fitPlan(weeks, today, '2026-11-23')).toEqual({
			kind: 'compressed',
			daysLeft: 21,
			stages: [
				{ week: 1, from: '2026-11-02', to: '2026-11-06', tasks: ['dig', 'tag'] },
				{ week: 2, from: '2026-11-07', to: '2026-11-11', tasks: ['draft'] },
				{ week: 3, from: '2026-11-12', to: '2026-11-16', tasks: ['mock-1'] },
				{ week: 4, from: '2026-11-17', to: '2026-11-22', tasks: ['loop'] },
			],
			dropped: [
				{ week: 1, task: 'book' },
				{ week: 3, task: 'mock-2' },
			],
		});
	});

	it('under two weeks also drops what is marked drop-under-two-weeks', () => {
		const fit = fitPlan(weeks, today, '2026-11-12');
		expect(fit).toMatchObject({ kind: 'compressed', daysLeft: 10 });
		if (fit.kind !== 'compressed') return;
		expect(fit.dropped.map((d) => d.task)).toEqual(['book', 'tag', 'mock-2']);
		expect(fit.stages.map((s) => [s.from, s.to])).toEqual([
			['2026-11-02', '2026-11-03'],
			['2026-11-04', '2026-11-06'],
			['2026-11-07', '2026-11-08'],
			['2026-11-09', '2026-11-11'],
		]);
	});

	it('lets weeks share a day when fewer than four are left, ending the day before the interview', () => {
		const fit = fitPlan(weeks, today, '2026-11-04');
		if (fit.kind !== 'compressed') throw new Error(fit.kind);
		expect(fit.stages.map((s) => [s.from, s.to])).toEqual([
			['2026-11-02', '2026-11-02'],
			['2026-11-02', '2026-11-02'],
			['2026-11-03', '2026-11-03'],
			['2026-11-03', '2026-11-03'],
		]);
	});

	it('compresses every day count from 1 to 27 into stages inside the days left, in order, none empty', () => {
		for (let days = 1; days < 28; days++) {
			const fit = fitPlan(weeks, today, addDays(today, days));
			if (fit.kind !== 'compressed') throw new Error(`${days}: ${fit.kind}`);
			expect(fit.stages[0]!.from).toBe(today);
			expect(fit.stages.at(-1)!.to).toBe(addDays(today, days - 1));
			for (const [i, s] of fit.stages.entries()) {
				expect(s.from <= s.to).toBe(true);
				if (i > 0) expect(fit.stages[i - 1]!.to <= s.from).toBe(true);
			}
		}
	});
});

describe('setInterviewDate', () => {
	const plan = { startDate: null, updatedAt: null, weeks: {} };
	const now = new Date('2026-11-02T10:00:00Z');
	it('sets, clears and refuses like the start date', () => {
		expect(setInterviewDate(plan, '2026-11-20', now).interview).toEqual({ date: '2026-11-20', updatedAt: now.toISOString() });
		expect(setInterviewDate(plan, null, now).interview).toEqual({ date: null, updatedAt: now.toISOString() });
		expect(setInterviewDate(plan, '2026-02-30', now)).toBe(plan);
	});
});
