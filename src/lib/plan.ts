/**
 * The four-week plan's calendar: which week a day falls in for the start date the candidate
 * chose, each week's dates, and what is due. Dates are calendar days (YYYY-MM-DD) compared in
 * UTC so that a daylight-saving change never moves a week; "today" is passed in.
 */
import type { PlanState } from './practice-store.ts';

const DAY = 86_400_000;
/** Days in a week of the routine. */
export const WEEK_DAYS = 7;

/** Days since the epoch of a YYYY-MM-DD date. */
const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY);
const fromDayNumber = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** The calendar day of a moment in the reader's own time zone, as YYYY-MM-DD. */
export const localDay = (date: Date) =>
	`${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Adds days to a YYYY-MM-DD date. */
export const addDays = (day: string, days: number) => fromDayNumber(dayNumber(day) + days);

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

/** Sets (or clears) the start date. */
export const setStartDate = (plan: PlanState, startDate: string | null, now: Date): PlanState => ({
	...plan,
	startDate,
	updatedAt: now.toISOString(),
});

/** Ticks or unticks a task of a week. */
export function tickTask(plan: PlanState, weekId: string, task: string, done: boolean, now: Date): PlanState {
	const ticked = new Set(plan.weeks[weekId]?.checked ?? []);
	if (done) ticked.add(task);
	else ticked.delete(task);
	return { ...plan, weeks: { ...plan.weeks, [weekId]: { checked: [...ticked], updatedAt: now.toISOString() } } };
}
