import { describe, expect, it } from 'vitest';
import { advance, createMock, pauseLeft, resume } from '../../src/lib/mock.ts';
import { continuePause, extendPause } from '../../src/lib/mock-pause.ts';

/** A two-prompt loop in a 10-second pause that started at t = 1000. */
const pausing = () => advance(createMock(['outage', 'alert']), 1_000, 10_000);

describe('continuePause', () => {
	it('counts down again from what the pause had left when held', () => {
		const held = pauseLeft(pausing(), 4_000); // held at t = 4000 with 7 s left
		const continued = continuePause(pausing(), held, 60_000);
		expect(pauseLeft(continued, 60_000)).toBe(7_000);
		expect(resume(continued, 66_999).phase).toBe('pause');
		expect(resume(continued, 67_000).phase).toBe('answer');
	});

	it('changes nothing outside a pause', () => {
		const answering = createMock(['outage']);
		expect(continuePause(answering, 5_000, 1_000)).toEqual(answering);
	});
});

describe('extendPause', () => {
	it.each([
		[30_000, 39_000],
		[0, 9_000],
		[-5_000, 9_000],
	])('adds %i ms to a running pause', (ms, left) => {
		expect(pauseLeft(extendPause(pausing(), ms), 2_000)).toBe(left);
	});

	it('changes nothing outside a pause', () => {
		const answering = createMock(['outage']);
		expect(extendPause(answering, 30_000)).toEqual(answering);
	});
});
