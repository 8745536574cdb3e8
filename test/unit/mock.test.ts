import { describe, expect, it } from 'vitest';
import {
	advance,
	createMock,
	endMock,
	pauseLeft,
	recordFollowUp,
	recordReply,
	recordScore,
	recordTime,
	resume,
	seededRandom,
	selectLoop,
	shuffle,
	summarizeMock,
	type LoopPrompt,
} from '../../src/lib/mock.ts';

const prompts: LoopPrompt[] = [
	{ id: 'outage', bucket: 'behavioral', origin: 'loop-fifteen', highestSignal: true },
	{ id: 'alert', bucket: 'behavioral', origin: 'loop-fifteen', highestSignal: false },
	{ id: 'proud', bucket: 'behavioral', origin: 'screen-eight', highestSignal: false },
	{ id: 'cache', bucket: 'technical', origin: 'added', highestSignal: false },
	{ id: 'java', bucket: 'technical', origin: 'screen-eight', highestSignal: false },
	{ id: 'fire', bucket: 'situational', origin: 'added', highestSignal: false },
];
const preset = { target: { min: 120, max: 180 }, thinBelow: 60, tooLongAbove: 240 };

describe('selectLoop', () => {
	const random = () => seededRandom(42);
	it.each([
		['the fifteen', { kind: 'fifteen' } as const, ['outage', 'alert']],
		['the highest-signal prompts', { kind: 'highest-signal' } as const, ['outage']],
		['the screen list', { kind: 'screen-eight' } as const, ['proud', 'java']],
		['a bucket', { kind: 'bucket', bucket: 'technical' } as const, ['cache', 'java']],
	])('draws %s in listing order', (_, choice, ids) => expect(selectLoop(prompts, choice, random())).toEqual(ids));

	it('draws a random count without repeats, the same for the same seed', () => {
		const first = selectLoop(prompts, { kind: 'random', count: 4 }, random());
		expect(first).toHaveLength(4);
		expect(new Set(first).size).toBe(4);
		expect(selectLoop(prompts, { kind: 'random', count: 4 }, random())).toEqual(first);
		expect(selectLoop(prompts, { kind: 'random', count: 4 }, seededRandom(7))).not.toEqual(first);
	});

	it.each([
		[0, 1],
		[99, 6],
	])('keeps a random count of %i within 1 and the bank size', (count, length) =>
		expect(selectLoop(prompts, { kind: 'random', count }, random())).toHaveLength(length),
	);

	it('shuffles a fixed set when asked, keeping its members', () => {
		const shuffled = selectLoop(prompts, { kind: 'bucket', bucket: 'behavioral' }, random(), true);
		expect([...shuffled].sort()).toEqual(['alert', 'outage', 'proud']);
	});

	it('shuffles into a permutation and gives values in [0, 1)', () => {
		const r = seededRandom(1);
		const values = Array.from({ length: 1000 }, r);
		expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
		expect(shuffle([1, 2, 3, 4, 5], seededRandom(3)).sort()).toEqual([1, 2, 3, 4, 5]);
	});
});

describe('a mock session', () => {
	it('answers, pauses, answers and ends', () => {
		let s = createMock(['a', 'b']);
		expect(s).toMatchObject({ phase: 'answer', index: 0 });
		s = recordScore(recordTime(s, 149.6), 8, 10);
		s = advance(s, 1_000, 10_000);
		expect(s).toMatchObject({ phase: 'pause', index: 1 });
		expect(pauseLeft(s, 4_000)).toBe(7_000);
		expect(resume(s, 10_999)).toBe(s);
		s = resume(s, 11_000);
		expect(s).toMatchObject({ phase: 'answer', index: 1 });
		s = advance(recordTime(s, 50), 20_000, 10_000);
		expect(s.phase).toBe('done');
		expect(s.items).toEqual([
			{ promptId: 'a', seconds: 150, checked: 8, total: 10 },
			{ promptId: 'b', seconds: 50, checked: null, total: null },
		]);
	});

	it('skips a pause on request, and goes straight on with no pause', () => {
		const paused = advance(createMock(['a', 'b']), 0, 10_000);
		expect(resume(paused, 1, true).phase).toBe('answer');
		expect(advance(createMock(['a', 'b']), 0, 0)).toMatchObject({ phase: 'answer', index: 1 });
	});

	it('ignores times and scores outside an answer, and can end early', () => {
		const paused = advance(createMock(['a', 'b', 'c']), 0, 5_000);
		expect(recordTime(paused, 30)).toBe(paused);
		expect(recordScore(paused, 1, 2)).toBe(paused);
		expect(endMock(paused).phase).toBe('done');
		expect(createMock([]).phase).toBe('done');
	});
});

describe('follow-ups in a mock session', () => {
	const followUp = { reason: 'we' as const, question: 'What did you personally do?' };
	it('keeps the follow-up with its answer, untimed until the reply is', () => {
		let s = recordFollowUp(recordTime(createMock(['a', 'b']), 140), followUp);
		expect(s.items[0]!.followUp).toEqual({ ...followUp, seconds: null });
		s = recordReply(s, 41.6);
		expect(s.items[0]).toEqual({
			promptId: 'a',
			seconds: 140,
			checked: null,
			total: null,
			followUp: { ...followUp, seconds: 42 },
		});
		expect(s.items[1]).not.toHaveProperty('followUp');
	});

	it('ignores a reply without a follow-up, and a follow-up outside an answer', () => {
		const s = createMock(['a', 'b']);
		expect(recordReply(s, 30)).toBe(s);
		const paused = advance(s, 0, 5_000);
		expect(recordFollowUp(paused, followUp)).toBe(paused);
	});

	it('shows the follow-up and its reply in the summary', () => {
		const s = recordReply(recordFollowUp(recordTime(createMock(['a']), 150), followUp), 45);
		expect(summarizeMock(s.items, preset).rows[0]!.followUp).toEqual({ ...followUp, seconds: 45 });
	});
});

describe('summarizeMock', () => {
	const item = (promptId: string, seconds: number | null, checked: number | null = null, total: number | null = null) => ({
		promptId,
		seconds,
		checked,
		total,
	});
	it.each([
		['on target and well scored', item('a', 150, 8, 10), 'on-target', 0.8, []],
		['on target, not scored', item('a', 150), 'on-target', null, []],
		['thin', item('a', 45, 9, 10), 'thin', 0.9, ['length']],
		['too long and weakly scored', item('a', 300, 3, 10), 'too-long', 0.3, ['length', 'score']],
		['skipped', item('a', null), null, null, ['not-answered']],
		['an empty checklist', item('a', 150, 0, 0), 'on-target', null, []],
	])('%s', (_, it_, verdict, score, repeat) => {
		expect(summarizeMock([it_], preset).rows[0]).toEqual({
			promptId: 'a',
			seconds: it_.seconds,
			verdict,
			score,
			repeat,
			followUp: null,
		});
	});

	it('lists the prompts to repeat and totals the time spoken', () => {
		const summary = summarizeMock([item('a', 150, 9, 10), item('b', 200), item('c', null)], preset);
		expect(summary).toMatchObject({ repeat: ['b', 'c'], answered: 2, totalSeconds: 350 });
	});
});
