/** The current "On this page" entry (src/lib/toc-current.ts). */
import { describe, expect, it } from 'vitest';
import { currentHeading } from '../../src/lib/toc-current.ts';

describe('the current heading', () => {
	const tops = [-900, -400, 30, 500, 1400];
	const read: number[] = [];
	const topOf = (i: number) => (read.push(i), tops[i]!);

	it('is the last heading at or above the line', () => {
		expect(currentHeading(tops.length, topOf, 100)).toBe(2);
		expect(currentHeading(tops.length, topOf, 30)).toBe(2);
		expect(currentHeading(tops.length, topOf, 29)).toBe(1);
		expect(currentHeading(tops.length, topOf, 2000)).toBe(4);
	});

	it('is the first heading before any has reached the line', () => {
		expect(currentHeading(tops.length, topOf, -1000)).toBe(0);
		expect(currentHeading(1, () => 300, 100)).toBe(0);
	});

	it('reads a few positions, not every heading', () => {
		read.length = 0;
		const many = Array.from({ length: 1000 }, (_, i) => i * 100);
		currentHeading(many.length, (i) => (read.push(i), many[i]!), 52_345);
		expect(read.length).toBeLessThanOrEqual(11);
	});
});
