/**
 * Calendar days as YYYY-MM-DD text, compared in UTC so that a daylight-saving change never moves
 * a day, and a date typed or stored as text read into one. Its own module, apart from the plan's
 * logic, because every island's stored record checks its dates with it: the plan's code then
 * ships only with the plan.
 */
const DAY = 86_400_000;
/** Days since the epoch of a YYYY-MM-DD date. */
export const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY);
const fromDayNumber = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** The calendar day of a moment in the reader's own time zone, as YYYY-MM-DD. */
export const localDay = (date: Date) =>
	`${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;

/** Adds days to a YYYY-MM-DD date. */
export const addDays = (day: string, days: number) => fromDayNumber(dayNumber(day) + days);

/** How far from today a start date may be: a plan started longer ago, or further ahead, is a typing slip. */
export const START_WINDOW = { yearsBefore: 5, yearsAfter: 2 } as const;

/** Why a typed start date was refused: the shape, a day the calendar does not have, or too far from today. */
export type StartDateProblem = 'empty' | 'format' | 'short-year' | 'month' | 'day' | 'too-early' | 'too-late';

export type StartDateResult = { ok: true; day: string } | { ok: false; problem: StartDateProblem; message: string };

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const shiftYears = (day: string, years: number) => `${String(Number(day.slice(0, 4)) + years).padStart(4, '0')}${day.slice(4)}`;

/**
 * Reads a start date typed or stored as text: only a whole calendar day, YYYY-MM-DD, from
 * five years before `today` (YYYY-MM-DD) to two years after it. Refusals carry a sentence the
 * reader can act on, e.g. "11/15/26" → "Enter the full date, with a four-digit year, …".
 */
export function parseStartDate(value: string, today: string): StartDateResult {
	const text = value.trim();
	const refuse = (problem: StartDateProblem, message: string): StartDateResult => ({ ok: false, problem, message });
	const example = `for example ${today}`;
	if (text === '') return refuse('empty', `Enter the start date as year-month-day (${example}).`);
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) {
		// A two-digit year anywhere (11/15/26, 26-11-15) is the usual slip: say so.
		const shortYear = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(text) || /^\d{2}-\d{1,2}-\d{1,2}$/.test(text);
		if (shortYear) return refuse('short-year', `Enter the full date, with a four-digit year, as year-month-day (${example}).`);
		if (/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(text))
			return refuse('format', `Enter the date year first, as year-month-day (${example}).`);
		return refuse('format', `Enter the full date, year-month-day with a four-digit year (${example}).`);
	}
	const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
	if (month < 1 || month > 12)
		return refuse('month', `There is no month ${match[2]}: the month is a number from 01 to 12 (${example}).`);
	const last = daysInMonth(year, month);
	if (day < 1 || day > last) {
		return refuse('day', `${text} is not a day of the calendar: ${MONTHS[month - 1]} ${year} has ${last} days.`);
	}
	if (text < shiftYears(today, -START_WINDOW.yearsBefore)) {
		return refuse('too-early', `That date is more than ${START_WINDOW.yearsBefore} years ago: check the year (${example}).`);
	}
	if (text > shiftYears(today, START_WINDOW.yearsAfter)) {
		return refuse('too-late', `That date is more than ${START_WINDOW.yearsAfter} years away: check the year (${example}).`);
	}
	return { ok: true, day: text };
}
