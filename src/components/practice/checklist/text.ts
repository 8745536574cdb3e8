/** The self-score checklist's UI text: one object, so that a misspelled key fails the type check. */
export const checklistText = {
	keptAside:
		'Your saved practice data could not be read ({reason}). A copy is kept aside in this browser, and a fresh record was started; {progress} can download it.',
	partlyKeptAside:
		'Part of your saved practice data could not be read: {reason}. The original is kept aside in this browser; {progress} can download it.',
	unavailable: 'Ticks cannot be saved: {reason}. You can still score, but nothing will be remembered.',
	saveFailed: 'Saving failed: the browser refused to store more data.',
	score: '{checked} of {total} checks at {level}.',
	untimed: 'Not timed: use the timer above, or save without a time.',
	timed: 'Timed answer: {time}.',
	saved: 'Saved: {checked} of {total} at {level}{time}. Ticks cleared for your next attempt.',
	progressLabel: 'See your progress',
};

export type ChecklistText = typeof checklistText;
