import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/lib/analyzer.ts';
import {
	chooseFollowUp,
	GAP_QUESTIONS,
	gapsInAnalysis,
	gapsInSelfScore,
	isFollowUpRecord,
	judgeReply,
} from '../../src/lib/follow-up.ts';

const own = ['What would you have done with another week?', 'Who disagreed with you?'];
const first = () => 0;
const last = () => 0.999;

// A strong answer: "I" acts, a measured result, a rejected option and a "next time".
const STRONG =
	'Our checkout API was timing out for a third of requests after a deploy. I owned the rollback call as the on-call lead. ' +
	'I rolled back the deploy, I paged the database owner and I wrote the status update. ' +
	'I chose rolling back over scaling the database, because a rollback took two minutes and scaling took twenty. ' +
	'Errors fell from 30% to 0.5% within ten minutes. ' +
	'Since then I have added a canary stage, and next time I would gate the deploy on the error rate.';
const WE =
	'Our checkout API was timing out after a deploy. We rolled back the deploy, we paged the database owner and we wrote the status update. ' +
	'We chose rolling back over scaling the database, because a rollback took two minutes and scaling took twenty. ' +
	'Errors fell from 30% to 0.5% within ten minutes. Next time I would gate the deploy on the error rate.';
const NO_NUMBER =
	'Our checkout API was timing out after a deploy. I rolled back the deploy and I paged the database owner. ' +
	'I chose rolling back over scaling the database, because rolling back was quicker. Things got a lot better. ' +
	'Next time I would gate the deploy on the error rate.';

describe('gapsInAnalysis', () => {
	it.each([
		['a strong answer', STRONG, []],
		['a "we" answer', WE, ['we']],
		['an answer without a number', NO_NUMBER, ['no-number']],
		['an empty answer', '', []],
	])('finds the gaps of %s', (_name, text, gaps) => {
		expect(gapsInAnalysis(analyzeAnswer(text))).toEqual(gaps);
	});

	it('lists the gaps in asking order', () => {
		const bare = 'We fixed the outage. Things got better.';
		expect(gapsInAnalysis(analyzeAnswer(bare))).toEqual(['no-number', 'we', 'no-trade-off', 'no-reflection']);
	});
});

describe('gapsInSelfScore', () => {
	const offered = ['beat:task', 'beat:action', 'beat:trade-off', 'beat:result', 'beat:reflection', 'pitfall:blame'];
	it('says nothing before anything is ticked', () => {
		expect(gapsInSelfScore({ offered, ticked: [] })).toEqual([]);
	});
	it('finds a gap whose offered check is unticked', () => {
		expect(gapsInSelfScore({ offered, ticked: ['beat:task', 'beat:action', 'beat:result', 'beat:reflection'] })).toEqual([
			'no-trade-off',
		]);
	});
	it('ignores checks the prompt does not offer', () => {
		expect(gapsInSelfScore({ offered: ['beat:result'], ticked: ['beat:result'] })).toEqual([]);
	});
	it('reads a pitfall check as well as a beat check', () => {
		expect(gapsInSelfScore({ offered: ['beat:action', 'pitfall:plural-pronouns'], ticked: ['beat:action'] })).toEqual(['we']);
	});
});

describe('chooseFollowUp', () => {
	it.each([
		['no number', NO_NUMBER, 'no-number'],
		['"we"', WE, 'we'],
	] as const)('asks about %s first', (_name, text, reason) => {
		const choice = chooseFollowUp({ analysis: analyzeAnswer(text), promptFollowUps: own, random: first });
		expect(choice).toEqual({ reason, question: GAP_QUESTIONS[reason] });
	});

	it('asks what was rejected, then what would change', () => {
		const noTradeOff = 'I rolled back the deploy. Errors fell from 30% to 1%. Next time I would add a canary.';
		expect(chooseFollowUp({ analysis: analyzeAnswer(noTradeOff), promptFollowUps: own, random: first }).reason).toBe(
			'no-trade-off',
		);
		const noReflection =
			'I rolled back the deploy rather than scaling the database, because it took two minutes instead of twenty. Errors fell from 30% to 1%.';
		expect(chooseFollowUp({ analysis: analyzeAnswer(noReflection), promptFollowUps: own, random: first }).reason).toBe(
			'no-reflection',
		);
	});

	it("asks one of the prompt's own follow-ups when nothing is missing, picked by the random source", () => {
		const analysis = analyzeAnswer(STRONG);
		expect(chooseFollowUp({ analysis, promptFollowUps: own, random: first })).toEqual({ reason: 'prompt', question: own[0] });
		expect(chooseFollowUp({ analysis, promptFollowUps: own, random: last })).toEqual({ reason: 'prompt', question: own[1] });
	});

	it('judges the text over the self-score when both are there', () => {
		const selfScore = { offered: ['beat:trade-off'], ticked: ['beat:result'] };
		expect(chooseFollowUp({ analysis: analyzeAnswer(WE), selfScore, promptFollowUps: own, random: first }).reason).toBe('we');
	});

	it('falls back on the self-score without text', () => {
		const selfScore = { offered: ['beat:result', 'beat:reflection'], ticked: ['beat:result'] };
		for (const analysis of [null, analyzeAnswer('')])
			expect(chooseFollowUp({ analysis, selfScore, promptFollowUps: own, random: first })).toEqual({
				reason: 'no-reflection',
				question: GAP_QUESTIONS['no-reflection'],
			});
	});

	it("asks the prompt's own follow-up with neither text nor a score", () => {
		expect(chooseFollowUp({ promptFollowUps: own, random: first })).toEqual({ reason: 'prompt', question: own[0] });
	});

	it('still asks something when the prompt has no follow-ups', () => {
		expect(chooseFollowUp({ promptFollowUps: [], random: first }).reason).toBe('no-reflection');
	});
});

describe('judgeReply', () => {
	it.each([
		[29, 'short'],
		[30, 'on-target'],
		[60, 'on-target'],
		[61, 'long'],
	] as const)('judges a %i s reply %s', (seconds, verdict) => expect(judgeReply(seconds)).toBe(verdict));
});

describe('isFollowUpRecord', () => {
	it.each([
		[{ reason: 'we', question: 'What did you do?', seconds: 42 }, true],
		[{ reason: 'prompt', question: 'Why?', seconds: null }, true],
		[{ reason: 'mood', question: 'Why?', seconds: 3 }, false],
		[{ reason: 'we', question: 'Why?', seconds: -1 }, false],
		[{ reason: 'we', seconds: 3 }, false],
		[null, false],
	])('reads %j as %s', (x, ok) => expect(isFollowUpRecord(x)).toBe(ok));
});
