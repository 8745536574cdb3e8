/** The practice timer's UI text: one object, so that a misspelled key fails the type check. */
export const timerText = {
	/** What the timer says when the candidate finishes, by how the length compares with the preset. */
	verdicts: {
		thin: 'You spoke for {time}: thin. Under {thin} tends to sound evasive; make room for the trade-off and the reflection.',
		short: 'You spoke for {time}: a little short of the {target} target.',
		'on-target': 'You spoke for {time}: on target ({target}).',
		long: 'You spoke for {time}: long. Past {max}, trim the action beat first.',
		'too-long': 'You spoke for {time}: too long. Over {tooLong} reads as poor prioritization.',
	},
	/** Said on the custom length field when its number is outside the range. */
	customRange: 'Enter a length from {min} to {max} (in seconds: 30 to 900).',
	/** Beside a clock that ran past its window. */
	overBy: 'over by {time}',
	/** The start button's label in each state. */
	toggle: { start: 'Start', pause: 'Pause', resume: 'Resume' },
	/** Milestones said to screen readers; never every second. */
	announce: {
		started: 'Timer started.',
		paused: 'Paused at {time}.',
		resumed: 'Resumed.',
		reset: 'Timer reset.',
		overtime: 'The reflection window is over; finish when you are done.',
	},
};

export type TimerText = typeof timerText;
