/**
 * The four-week plan's calendar: which week a day falls in for the start date the candidate
 * chose, each week's dates, and what is due. Dates are calendar days (YYYY-MM-DD) compared in
 * UTC so that a daylight-saving change never moves a week; "today" is passed in.
 */
import type { WhenShort } from '../schemas/ids.ts';
import type { PlanState } from './practice-store.ts';
import { addDays, dayNumber, localDay, parseStartDate } from './calendar.ts';

// The calendar's helpers, for the plan island and its tests, which read the plan's dates through this module.
export { addDays, localDay, parseStartDate, START_WINDOW, type StartDateProblem, type StartDateResult } from './calendar.ts';

/** Days in a week of the routine. */
export const WEEK_DAYS = 7;

/** Where today is in the plan: no start date, not started, in week n (day 1–7), or past the end. */
export type PlanPhase =
	| { kind: 'unset' }
	| { kind: 'before'; daysUntil: number }
	| { kind: 'week'; week: number; day: number }
	| { kind: 'after'; daysSince: number };

/** The phase of the plan on `today` for a plan of `weeks` weeks starting on `start`. */
export function planPhase(start: string | null, today: string, weeks: number): PlanPhase {
	if (start === null) return { kind: 'unset' };
	const offset = dayNumber(today) - dayNumber(start);
	if (offset < 0) return { kind: 'before', daysUntil: -offset };
	const week = Math.floor(offset / WEEK_DAYS) + 1;
	if (week > weeks) return { kind: 'after', daysSince: offset - weeks * WEEK_DAYS + 1 };
	return { kind: 'week', week, day: (offset % WEEK_DAYS) + 1 };
}

/** The first and last day of week `week` (1-based). */
export const weekRange = (start: string, week: number) => ({
	from: addDays(start, (week - 1) * WEEK_DAYS),
	to: addDays(start, week * WEEK_DAYS - 1),
});

/** A week of the routine as the plan needs it from content. */
export interface PlanWeek {
	id: string;
	week: number;
	tasks: readonly string[];
}

/** Tasks done out of the week's tasks (ticks of tasks no longer in the content do not count). */
export function weekProgress(week: PlanWeek, plan: PlanState) {
	const ticked = new Set(plan.weeks[week.id]?.checked ?? []);
	return { done: week.tasks.filter((t) => ticked.has(t)).length, total: week.tasks.length };
}

/**
 * What is due on `today`: the current week's open tasks, and the open tasks of the weeks
 * already past (overdue). Before the start nothing is due; after the end everything open is
 * overdue.
 */
export function dueTasks(weeks: readonly PlanWeek[], plan: PlanState, today: string) {
	const phase = planPhase(plan.startDate, today, weeks.length);
	const open = (w: PlanWeek) => {
		const ticked = new Set(plan.weeks[w.id]?.checked ?? []);
		return w.tasks.filter((t) => !ticked.has(t)).map((task) => ({ week: w.week, task }));
	};
	const current = phase.kind === 'week' ? phase.week : phase.kind === 'after' ? weeks.length + 1 : 0;
	return {
		phase,
		thisWeek: weeks.filter((w) => w.week === current).flatMap(open),
		overdue: weeks.filter((w) => w.week < current).flatMap(open),
	};
}

/**
 * Sets (or, with null, clears) the start date. A date `parseStartDate` refuses (a partial or
 * foreign format, a day the calendar lacks, a year far from `now`) leaves the plan unchanged.
 */
export function setStartDate(plan: PlanState, startDate: string | null, now: Date): PlanState {
	if (startDate === null) return { ...plan, startDate: null, updatedAt: now.toISOString() };
	const read = parseStartDate(startDate, localDay(now));
	return read.ok ? { ...plan, startDate: read.day, updatedAt: now.toISOString() } : plan;
}

/** Ticks or unticks a task of a week. */
export function tickTask(plan: PlanState, weekId: string, task: string, done: boolean, now: Date): PlanState {
	const ticked = new Set(plan.weeks[weekId]?.checked ?? []);
	if (done) ticked.add(task);
	else ticked.delete(task);
	return { ...plan, weeks: { ...plan.weeks, [weekId]: { checked: [...ticked], updatedAt: now.toISOString() } } };
}

/** A week of the routine as compression needs it: its tasks with what each does when time is short. */
export interface CompressibleWeek {
	week: number;
	tasks: readonly { id: string; whenShort: WhenShort }[];
}

/** One week of the routine squeezed into the days left: its first and last day and the tasks kept. */
export interface CompressedStage {
	week: number;
	from: string;
	to: string;
	tasks: string[];
}

/** The routine against the interview date. */
export type PlanFit =
	| { kind: 'unset' }
	/** The interview is today or gone. */
	| { kind: 'past' }
	/** Four weeks or more: the routine runs as written. */
	| { kind: 'full'; daysLeft: number }
	| { kind: 'compressed'; daysLeft: number; stages: CompressedStage[]; dropped: { week: number; task: string }[] };

/** Days in the whole routine; fewer than these before the interview compresses it. */
export const ROUTINE_DAYS = 28;
/** Under this many days, tasks marked `drop-under-two-weeks` go as well. */
export const SHORT_DAYS = 14;

/**
 * Fits the routine into the days from `today` to the day before `interview` (YYYY-MM-DD). With
 * four weeks or more it runs as written. With fewer, each week gets an equal share of the days
 * (weeks share a day when there are fewer than four), and it drops the tasks marked `drop`, and
 * under two weeks also those marked `drop-under-two-weeks`; what it drops is listed.
 */
export function fitPlan(weeks: readonly CompressibleWeek[], today: string, interview: string | null): PlanFit {
	if (interview === null) return { kind: 'unset' };
	const daysLeft = dayNumber(interview) - dayNumber(today);
	if (daysLeft <= 0) return { kind: 'past' };
	if (daysLeft >= ROUTINE_DAYS) return { kind: 'full', daysLeft };
	const drops = (whenShort: WhenShort) => whenShort === 'drop' || (whenShort === 'drop-under-two-weeks' && daysLeft < SHORT_DAYS);
	const ordered = [...weeks].sort((a, b) => a.week - b.week);
	const n = ordered.length;
	const stages = ordered.map((w, i): CompressedStage => {
		const first = Math.floor((i * daysLeft) / n);
		const last = Math.max(first, Math.floor(((i + 1) * daysLeft) / n) - 1);
		return {
			week: w.week,
			from: addDays(today, first),
			to: addDays(today, last),
			tasks: w.tasks.filter((t) => !drops(t.whenShort)).map((t) => t.id),
		};
	});
	const dropped = ordered.flatMap((w) => w.tasks.filter((t) => drops(t.whenShort)).map((t) => ({ week: w.week, task: t.id })));
	return { kind: 'compressed', daysLeft, stages, dropped };
}

/**
 * Sets (or, with null, clears) the interview date. A date `parseStartDate` refuses leaves the
 * plan unchanged (the same calendar and the same window around today as the start date).
 */
export function setInterviewDate(plan: PlanState, interview: string | null, now: Date): PlanState {
	if (interview === null) return { ...plan, interview: { date: null, updatedAt: now.toISOString() } };
	const read = parseStartDate(interview, localDay(now));
	return read.ok ? { ...plan, interview: { date: read.day, updatedAt: now.toISOString() } } : plan;
}
