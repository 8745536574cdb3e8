/** The plan's UI text: one object, so that a misspelled key fails the type check. */
export const planText = {
	unset: 'Set the day you start week 1 to see what is due.',
	before: 'Week 1 starts in {days} {days:day|days}, on {date}.',
	week: 'Today is day {day} of week {week}: {title}. This week runs {from} to {to}.',
	after: 'The four weeks ended {days} {days:day|days} ago.',
	progress: '{done} of {total} done',
	dueNone: 'Nothing open this week.',
	overdue: 'Still open from earlier weeks',
	thisWeek: 'this week',
	range: '{from} to {to}',
	fitUnset: 'Add your interview date to see whether the four weeks fit before it.',
	fitPast: 'That interview date is today or already past: set the next one.',
	fitFull: '{days} {days:day|days} to your interview: the four weeks fit as written.',
	fitCompressed:
		'{days} {days:day|days} to your interview, fewer than the four weeks: the routine is squeezed into the days there are, and {n} {n:task is|tasks are} dropped to fit.',
	stage: 'Week {week}, {title}: {dates}',
	stageDay: 'on {day}',
	dropped: 'Dropped to fit:',
	partialDate: 'Enter the whole date, day, month and four-digit year; the saved start date is unchanged.',
	saveFailed: 'Saving failed: the browser refused to store more data.',
	unavailable: 'This browser does not let the site store data ({reason}): ticks will not be kept.',
	keptAside:
		'Your saved practice data could not be read ({reason}). A copy is kept aside in this browser, and the plan started fresh; {progress} can download it.',
	partlyKeptAside:
		'Part of your saved practice data could not be read: {reason}. The original is kept aside in this browser; {progress} can download it.',
};

export type PlanText = typeof planText;
