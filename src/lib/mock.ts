/**
 * The mock loop: which prompts a loop draws (with a seeded random, so a draw can be replayed in
 * tests), the session as it runs (answer, short pause, next prompt, done) and its summary.
 * Time is passed in as millisecond timestamps; nothing here reads a clock.
 */
import type { Bucket, Origin } from '../schemas/ids.ts';
import type { FollowUp, FollowUpRecord } from './follow-up.ts';
import type { MockItem } from './practice-store.ts';
import { judgeLength, type LengthVerdict, type Preset } from './timing.ts';

/** A prompt as loop selection needs it, in listing order. */
export interface LoopPrompt {
	id: string;
	bucket: Bucket;
	origin: Origin;
	highestSignal: boolean;
}

/** The loops a candidate can choose. */
export type LoopChoice =
	| { kind: 'fifteen' }
	| { kind: 'highest-signal' }
	| { kind: 'screen-eight' }
	| { kind: 'bucket'; bucket: Bucket }
	| { kind: 'random'; count: number };

/** A small seeded generator (mulberry32): the same seed gives the same draw. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}

/** A shuffled copy (Fisher–Yates). */
export function shuffle<T>(list: readonly T[], random: () => number): T[] {
	const out = [...list];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/**
 * The prompt ids of a loop. Fixed sets keep listing order unless `shuffled`; a random draw of
 * `count` prompts from the whole bank is always in drawn order.
 */
export function selectLoop(prompts: readonly LoopPrompt[], choice: LoopChoice, random: () => number, shuffled = false): string[] {
	const pick = (list: readonly LoopPrompt[]) => (shuffled ? shuffle(list, random) : [...list]).map((p) => p.id);
	switch (choice.kind) {
		case 'fifteen':
			return pick(prompts.filter((p) => p.origin === 'loop-fifteen'));
		case 'highest-signal':
			return pick(prompts.filter((p) => p.highestSignal));
		case 'screen-eight':
			return pick(prompts.filter((p) => p.origin === 'screen-eight'));
		case 'bucket':
			return pick(prompts.filter((p) => p.bucket === choice.bucket));
		case 'random': {
			const count = Math.max(1, Math.min(prompts.length, Math.floor(choice.count)));
			return shuffle(prompts, random)
				.slice(0, count)
				.map((p) => p.id);
		}
	}
}

export type MockPhase = 'answer' | 'pause' | 'done';

/** A running mock loop. */
export interface MockState {
	items: MockItem[];
	/** Index of the prompt being answered, or coming up after the pause. */
	index: number;
	phase: MockPhase;
	/** When the pause before `index` ends (ms timestamp), in the pause phase. */
	pauseEndsAt: number | null;
}

/** A new loop over `promptIds`, on the first prompt. */
export const createMock = (promptIds: readonly string[]): MockState => ({
	items: promptIds.map((promptId) => ({ promptId, seconds: null, checked: null, total: null })),
	index: 0,
	phase: promptIds.length === 0 ? 'done' : 'answer',
	pauseEndsAt: null,
});

const updateCurrent = (state: MockState, change: Partial<MockItem>): MockState => ({
	...state,
	items: state.items.map((item, i) => (i === state.index ? { ...item, ...change } : item)),
});

/** Records how long the current answer ran (the timer's Finish). */
export const recordTime = (state: MockState, seconds: number): MockState =>
	state.phase === 'answer' ? updateCurrent(state, { seconds: Math.round(seconds) }) : state;

/** Records the self-score of the current answer. */
export const recordScore = (state: MockState, checked: number, total: number): MockState =>
	state.phase === 'answer' ? updateCurrent(state, { checked, total }) : state;

/** Records the follow-up the interviewer asks after the current answer; its reply is not timed yet. */
export const recordFollowUp = (state: MockState, followUp: FollowUp): MockState =>
	state.phase === 'answer' ? updateCurrent(state, { followUp: { ...followUp, seconds: null } }) : state;

/** Records how long the reply to the current answer's follow-up ran. */
export function recordReply(state: MockState, seconds: number): MockState {
	const followUp = state.items[state.index]?.followUp;
	if (state.phase !== 'answer' || !followUp) return state;
	return updateCurrent(state, { followUp: { ...followUp, seconds: Math.round(seconds) } });
}

/** Moves on: to a pause of `pauseMs` before the next prompt, or to the end after the last. */
export function advance(state: MockState, now: number, pauseMs: number): MockState {
	if (state.phase !== 'answer') return state;
	if (state.index >= state.items.length - 1) return { ...state, phase: 'done', pauseEndsAt: null };
	if (pauseMs <= 0) return { ...state, index: state.index + 1 };
	return { ...state, index: state.index + 1, phase: 'pause', pauseEndsAt: now + pauseMs };
}

/** Ends the pause once its time is up (or at once with `skip`). */
export function resume(state: MockState, now: number, skip = false): MockState {
	if (state.phase !== 'pause' || (!skip && now < state.pauseEndsAt!)) return state;
	return { ...state, phase: 'answer', pauseEndsAt: null };
}

/** Milliseconds left in the pause (0 outside one). */
export const pauseLeft = (state: MockState, now: number) => (state.phase === 'pause' ? Math.max(0, state.pauseEndsAt! - now) : 0);

/** Ends the loop early; prompts not reached stay unanswered. */
export const endMock = (state: MockState): MockState => ({ ...state, phase: 'done', pauseEndsAt: null });

/** Why a prompt should be practiced again. */
export type RepeatReason = 'not-answered' | 'length' | 'score';

export interface MockSummaryRow {
	promptId: string;
	seconds: number | null;
	verdict: LengthVerdict | null;
	/** Self-score from 0 to 1, or null when not scored. */
	score: number | null;
	repeat: RepeatReason[];
	/** The follow-up asked after the answer, with its reply's time; null when none was asked. */
	followUp: FollowUpRecord | null;
}

/** The share of checks below which an answer is worth repeating. */
export const PASS_SCORE = 0.7;

/**
 * The summary of a loop: each answer's length judged against the preset, its self-score, and
 * why it should be repeated (not answered, off the target length, or scored below `passScore`).
 */
export function summarizeMock(
	items: readonly MockItem[],
	preset: Pick<Preset, 'target' | 'thinBelow' | 'tooLongAbove'>,
	passScore = PASS_SCORE,
) {
	const rows = items.map((item): MockSummaryRow => {
		const verdict = item.seconds === null ? null : judgeLength(item.seconds, preset);
		const score = item.checked === null || !item.total ? null : item.checked / item.total;
		const repeat: RepeatReason[] = [];
		if (item.seconds === null) repeat.push('not-answered');
		else if (verdict !== 'on-target') repeat.push('length');
		if (score !== null && score < passScore) repeat.push('score');
		return { promptId: item.promptId, seconds: item.seconds, verdict, score, repeat, followUp: item.followUp ?? null };
	});
	return {
		rows,
		repeat: rows.filter((r) => r.repeat.length > 0).map((r) => r.promptId),
		answered: rows.filter((r) => r.seconds !== null).length,
		totalSeconds: rows.reduce((sum, r) => sum + (r.seconds ?? 0), 0),
	};
}
