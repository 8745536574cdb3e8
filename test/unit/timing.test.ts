import { describe, expect, it } from 'vitest';
import {
	overBy,
	customPreset,
	judgeLength,
	planBeats,
	presetTotal,
	wordRange,
	type BeatWindow,
	type Preset,
} from '../../src/lib/timing.ts';

const beats: BeatWindow[] = [
	['situation', 15, 20],
	['task', 10, 15],
	['action', 45, 60],
	['trade-off', 20, 30],
	['result', 15, 20],
	['reflection', 10, 15],
].map(([id, min, max]) => ({ id: id as string, title: id as string, window: { min: min as number, max: max as number } }));

const loop: Preset = {
	id: 'loop-story',
	title: 'Loop story',
	default: true,
	target: { min: 120, max: 180 },
	thinBelow: 90,
	tooLongAbove: 240,
};
const screen: Preset = {
	id: 'screen-answer',
	title: 'Screen answer',
	default: false,
	target: { min: 60, max: 90 },
	thinBelow: 45,
	tooLongAbove: 120,
};
const seconds = (plan: { seconds: number }[]) => plan.map((b) => b.seconds);

describe('planBeats', () => {
	it('uses the upper windows for the loop story', () => {
		expect(seconds(planBeats(beats))).toEqual([20, 15, 60, 30, 20, 15]);
		expect(presetTotal(loop, beats)).toBe(160);
	});

	it.each([90, 60, 100, 300])('scales the windows to exactly %i s, in proportion', (total) => {
		const plan = planBeats(beats, total);
		expect(plan.reduce((sum, b) => sum + b.seconds, 0)).toBe(total);
		expect(plan[2]!.seconds).toBeGreaterThan(plan[1]!.seconds); // action stays the longest
		expect(Math.abs(plan[0]!.seconds - (20 * total) / 160)).toBeLessThan(1);
	});

	it('runs a screen answer to its target maximum', () => {
		expect(presetTotal(screen, beats)).toBe(90);
		expect(seconds(planBeats(beats, 90))).toEqual([11, 8, 35, 17, 11, 8]);
	});
});

describe('judgeLength', () => {
	it.each([
		[60, 'thin'],
		[89, 'thin'],
		[90, 'short'],
		[119, 'short'],
		[120, 'on-target'],
		[180, 'on-target'],
		[181, 'long'],
		[240, 'long'],
		[241, 'too-long'],
	])('a %i s loop story is %s', (s, verdict) => expect(judgeLength(s, loop)).toBe(verdict));

	it('judges screen answers on their own scale', () => {
		expect(judgeLength(75, screen)).toBe('on-target');
		expect(judgeLength(130, screen)).toBe('too-long');
	});
});

describe('customPreset', () => {
	it('keeps the loop story proportions for the total chosen', () => {
		expect(customPreset(360, loop)).toMatchObject({ target: { min: 240, max: 360 }, thinBelow: 180, tooLongAbove: 480 });
	});
});

describe('wordRange', () => {
	it.each([
		[{ min: 60, max: 90 }, 150, { min: 150, max: 225 }],
		[{ min: 120, max: 180 }, 150, { min: 300, max: 450 }],
		[{ min: 61, max: 89 }, 150, { min: 153, max: 222 }],
		[{ min: 60, max: 90 }, 130, { min: 130, max: 195 }],
	])('%j at %i words a minute is %j words', (seconds, pace, words) => expect(wordRange(seconds, pace)).toEqual(words));
});

describe('overBy', () => {
	it.each([
		[14.9, 15, 0],
		[15, 15, 0],
		[100.4, 15, 85],
		[245, 160, 85],
	])('%s s against %s s is over by %s s', (elapsed, limit, over) => expect(overBy(elapsed, limit)).toBe(over));
});
