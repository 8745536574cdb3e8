/**
 * The interviewer's follow-up after an answer: one question, chosen by what the answer missed,
 * and the window a reply should fit (30 to 60 seconds). Pure: the caller passes the analyzer's
 * result of a typed or transcribed answer or, without text, the candidate's self-score, and a
 * random source for the prompt's own follow-ups.
 *
 * The gaps are tried in the order an interviewer probes them: a result with no number (how was it
 * measured?), "we" doing the work (what did you do?), no rejected option (what did you turn down?),
 * no reflection (what would you change?). With none missing, one of the prompt's own follow-ups.
 */
import type { Analysis } from './analyzer.ts';
import { GAPS, type FollowUp, type Gap } from './follow-up-record.ts';

export { GAPS, isFollowUpRecord, type FollowUp, type FollowUpReason, type FollowUpRecord, type Gap } from './follow-up-record.ts';

/** The interviewer's question for each gap. */
export const GAP_QUESTIONS: Record<Gap, string> = {
	'no-number': 'How did you measure that? What was the number before and after?',
	we: 'You said “we” a lot. What did you personally do?',
	'no-trade-off': 'What other option did you consider, and why did you reject it?',
	'no-reflection': 'Looking back, what would you do differently?',
};

/** How long a follow-up's reply should run, in seconds. */
export const FOLLOW_UP_WINDOW = { min: 30, max: 60 } as const;

/** What the analyzer's result says about the gaps (a typed or transcribed answer). */
export type AnalysisEvidence = Pick<Analysis, 'words' | 'quantities' | 'beats' | 'findings'>;

/** The self-score's evidence: the checks offered for the prompt, and those the candidate ticked. */
export interface SelfScoreEvidence {
	offered: readonly string[];
	ticked: readonly string[];
}

/** The checks whose tick says a gap was covered (any one offered and unticked means it was missed). */
export const GAP_CHECKS: Record<Gap, readonly string[]> = {
	'no-number': ['beat:result', 'pitfall:vague-metrics'],
	we: ['beat:action', 'beat:task', 'pitfall:plural-pronouns'],
	'no-trade-off': ['beat:trade-off', 'pitfall:no-trade-off'],
	'no-reflection': ['beat:reflection', 'pitfall:no-reflection'],
};

/** The gaps an analysed answer shows, in asking order. An empty answer shows none (nothing to judge). */
export function gapsInAnalysis(analysis: AnalysisEvidence): Gap[] {
	if (analysis.words === 0) return [];
	const verdict = (pitfall: string) => analysis.findings.some((f) => f.kind === 'verdict' && f.pitfall === pitfall);
	const missed: Record<Gap, boolean> = {
		// A clock time ("at 3 a.m.") is not a measured result.
		'no-number': !analysis.quantities.some((q) => q.kind !== 'time') || verdict('vague-metrics'),
		we: verdict('plural-pronouns'),
		'no-trade-off': !analysis.beats['trade-off'].covered,
		'no-reflection': !analysis.beats.reflection.covered,
	};
	return GAPS.filter((gap) => missed[gap]);
}

/**
 * The gaps a self-score shows: a gap is missed when one of its checks was offered and left unticked.
 * No tick at all means the answer was not scored yet, which says nothing.
 */
export function gapsInSelfScore(score: SelfScoreEvidence): Gap[] {
	if (score.ticked.length === 0) return [];
	const offered = new Set(score.offered);
	const ticked = new Set(score.ticked);
	return GAPS.filter((gap) => GAP_CHECKS[gap].some((id) => offered.has(id) && !ticked.has(id)));
}

/** What the choice reads: the answer's evidence (text wins over self-score) and the prompt's own follow-ups. */
export interface FollowUpInput {
	analysis?: AnalysisEvidence | null;
	selfScore?: SelfScoreEvidence | null;
	promptFollowUps: readonly string[];
	/** A number in [0, 1) that picks among the prompt's follow-ups; `Math.random` in the page. */
	random: () => number;
}

/**
 * The follow-up to ask: the first gap the answer shows (judged on its text when there is text,
 * else on the self-score), otherwise one of the prompt's own follow-ups, otherwise the reflection
 * question (a prompt always has follow-ups in content, but stored data may outlive one).
 */
export function chooseFollowUp(input: FollowUpInput): FollowUp {
	const hasText = !!input.analysis && input.analysis.words > 0;
	const gaps = hasText ? gapsInAnalysis(input.analysis!) : input.selfScore ? gapsInSelfScore(input.selfScore) : [];
	const gap = gaps[0];
	if (gap) return { reason: gap, question: GAP_QUESTIONS[gap] };
	const own = input.promptFollowUps;
	if (own.length === 0) return { reason: 'no-reflection', question: GAP_QUESTIONS['no-reflection'] };
	const i = Math.min(own.length - 1, Math.max(0, Math.floor(input.random() * own.length)));
	return { reason: 'prompt', question: own[i]! };
}

/** How a reply's length sits against the follow-up window. */
export type ReplyVerdict = 'short' | 'on-target' | 'long';

export const judgeReply = (seconds: number): ReplyVerdict =>
	seconds < FOLLOW_UP_WINDOW.min ? 'short' : seconds > FOLLOW_UP_WINDOW.max ? 'long' : 'on-target';
