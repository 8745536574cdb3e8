import { describe, expect, it } from 'vitest';
import { createTimer, finish, nextBeat, pause, readTimer, reset, start, type PlannedBeat } from '../../src/lib/timer.ts';

// The loop story's windows: 20 + 15 + 60 + 30 + 20 + 15 = 160 s.
const plan: PlannedBeat[] = [
	{ id: 'situation', title: 'Situation', seconds: 20 },
	{ id: 'task', title: 'Task', seconds: 15 },
	{ id: 'action', title: 'Action', seconds: 60 },
	{ id: 'trade-off', title: 'Trade-off', seconds: 30 },
	{ id: 'result', title: 'Result', seconds: 20 },
	{ id: 'reflection', title: 'Reflection', seconds: 15 },
];
const T0 = 1_700_000_000_000;
const at = (seconds: number) => T0 + seconds * 1000;
const beatAt = (state: ReturnType<typeof createTimer>, seconds: number) =>
	plan[readTimer(state, plan, at(seconds)).beatIndex]!.id;

describe('a running timer', () => {
	const running = start(createTimer(), T0);

	it.each([
		[0, 'situation'],
		[19.9, 'situation'],
		[20, 'task'],
		[25, 'task'],
		[35, 'action'],
		[95, 'trade-off'],
		[125, 'result'],
		[145, 'reflection'],
		[155, 'reflection'],
		[400, 'reflection'],
	])('at %f s is in the %s beat', (seconds, beat) => expect(beatAt(running, seconds)).toBe(beat));

	it('reports time in and left in the beat', () => {
		expect(readTimer(running, plan, at(25))).toMatchObject({
			elapsed: 25_000,
			beatElapsed: 5_000,
			beatRemaining: 10_000,
			overtime: false,
		});
	});

	it('reports overtime once the last window runs out', () => {
		expect(readTimer(running, plan, at(159)).overtime).toBe(false);
		expect(readTimer(running, plan, at(160)).overtime).toBe(true);
		expect(readTimer(running, plan, at(170))).toMatchObject({ beatRemaining: 0, elapsed: 170_000 });
	});

	it('does not count time before it started', () => {
		expect(readTimer(running, plan, T0 - 5000).elapsed).toBe(0);
	});
});

describe('pause and resume', () => {
	it('stops the clock while paused and carries on from the same point', () => {
		let state = start(createTimer(), T0);
		state = pause(state, plan, at(30)); // in task, 10 s in
		expect(readTimer(state, plan, at(500))).toMatchObject({ elapsed: 30_000, status: 'paused', beatIndex: 1 });
		state = start(state, at(500));
		expect(readTimer(state, plan, at(505))).toMatchObject({ elapsed: 35_000, beatIndex: 2, beatElapsed: 0 });
	});

	it('ignores pause when not running and start when already running', () => {
		const idle = createTimer();
		expect(pause(idle, plan, at(1))).toBe(idle);
		const running = start(idle, T0);
		expect(start(running, at(5))).toBe(running);
	});
});

describe('next beat', () => {
	it('ends the current beat early and gives the next its full window', () => {
		let state = start(createTimer(), T0);
		state = nextBeat(state, plan, at(5)); // task from 5 s to 20 s
		expect(beatAt(state, 19)).toBe('task');
		expect(beatAt(state, 20)).toBe('action');
		expect(readTimer(state, plan, at(20)).beatElapsed).toBe(0);
	});

	it('works while paused and does nothing on the last beat or when idle', () => {
		let state = pause(start(createTimer(), T0), plan, at(3));
		state = nextBeat(state, plan, at(100));
		expect(readTimer(state, plan, at(200))).toMatchObject({ beatIndex: 1, elapsed: 3000, beatElapsed: 0 });
		const last = start(createTimer(), T0);
		expect(nextBeat(last, plan, at(150))).toBe(last);
		const idle = createTimer();
		expect(nextBeat(idle, plan, at(1))).toBe(idle);
	});
});

describe('finish and reset', () => {
	it('finishing freezes the total', () => {
		const state = finish(start(createTimer(), T0), plan, at(161));
		expect(readTimer(state, plan, at(999))).toMatchObject({ status: 'finished', elapsed: 161_000 });
		expect(start(state, at(1000))).toBe(state);
	});
	it('reset returns to idle at zero', () => {
		expect(readTimer(reset(), plan, at(50))).toMatchObject({ status: 'idle', elapsed: 0, beatIndex: 0 });
	});
});
