/** The follow-up round's UI text: one object, so that a misspelled key fails the type check. */
export const followUpText = {
	/** Said once when the interviewer asks; the clock itself is not a live region. */
	asked: 'Follow-up: {question} Your reply clock is running: aim for 0:30 to 1:00.',
	why: {
		'no-number': 'Asked because the answer gave no measured result.',
		we: 'Asked because “we” did most of the work in the answer.',
		'no-trade-off': 'Asked because the answer named no option you turned down.',
		'no-reflection': 'Asked because the answer did not say what you would change.',
		prompt: 'One of the follow-ups this prompt tends to get.',
	},
	replied: 'You replied for {time}: {verdict}.',
	verdicts: { short: 'short of the 0:30 to 1:00 window', 'on-target': 'within the 0:30 to 1:00 window', long: 'past 1:00' },
	overBy: 'over by {time}',
};

export type FollowUpText = typeof followUpText;
