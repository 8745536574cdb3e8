/**
 * The benchmark's CPU calibration for Lighthouse (scripts/lib/cpu-slowdown.ts): the slowdown that
 * stands for Lighthouse's phone on a host of a given BenchmarkIndex, from Lighthouse's own table.
 */
import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor, DEFAULT_SLOWDOWN, median } from '../../scripts/lib/cpu-slowdown.ts';

describe('cpuSlowdownFor', () => {
	it('gives Lighthouse’s default 4x on the desktop its defaults assume', () => {
		expect(cpuSlowdownFor(1533)).toBe(DEFAULT_SLOWDOWN);
	});

	it('reads the calculator’s anchors and the line between them', () => {
		expect(cpuSlowdownFor(800)).toBe(2);
		expect(cpuSlowdownFor(1300)).toBe(3);
		expect(cpuSlowdownFor(475)).toBe(1.5);
		expect(cpuSlowdownFor(700)).toBe(1.85);
	});

	it('slows a faster host more, past the table as its last step does', () => {
		expect(cpuSlowdownFor(2000)).toBe(6);
		expect(cpuSlowdownFor(2233)).toBe(7);
	});

	it('slows nothing on a host already as slow as the phone', () => {
		expect(cpuSlowdownFor(150)).toBe(1);
		expect(cpuSlowdownFor(90)).toBe(1);
	});

	it('refuses a reading that is not an index', () => {
		expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/BenchmarkIndex/);
		expect(() => cpuSlowdownFor(0)).toThrow(/BenchmarkIndex/);
	});
});

describe('median', () => {
	it('keeps one busy reading from setting the calibration', () => {
		expect(median([700, 180, 720])).toBe(700);
		expect(median([600, 700])).toBe(650);
		expect(() => median([])).toThrow();
	});
});
