/**
 * A follow-up as the practice record stores it, and the guard that reads it back. Its own module,
 * apart from how a follow-up is chosen (follow-up.ts), because every island's stored record checks
 * its follow-ups: the choosing code then ships only with the islands that ask follow-ups.
 */

/** What an answer missed, or `prompt` when the follow-up is one of the prompt's own. */
export type FollowUpReason = 'no-number' | 'we' | 'no-trade-off' | 'no-reflection' | 'prompt';

/** The gaps, in the order they are asked about. */
export const GAPS = ['no-number', 'we', 'no-trade-off', 'no-reflection'] as const;
export type Gap = (typeof GAPS)[number];

/** A chosen follow-up: the question the interviewer asks and why it was chosen. */
export interface FollowUp {
	reason: FollowUpReason;
	question: string;
}

/** A follow-up as stored with a mock loop's answer: the question, why, and how long the reply ran. */
export interface FollowUpRecord extends FollowUp {
	/** The reply's length in seconds; null when it was not timed. */
	seconds: number | null;
}

const REASONS: readonly FollowUpReason[] = [...GAPS, 'prompt'];

/** True when `x` is a stored follow-up (for the practice store's salvage). */
export const isFollowUpRecord = (x: unknown): x is FollowUpRecord => {
	if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
	const r = x as Record<string, unknown>;
	const seconds = r['seconds'];
	return (
		REASONS.includes(r['reason'] as FollowUpReason) &&
		typeof r['question'] === 'string' &&
		(seconds === null || (typeof seconds === 'number' && Number.isFinite(seconds) && seconds >= 0))
	);
};
