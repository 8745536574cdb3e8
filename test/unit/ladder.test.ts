import { describe, expect, it } from 'vitest';
import { ladderDescription, stepsBetween } from '../../src/lib/ladder.ts';
import { stepLevels } from '../../src/schemas/ladder.ts';

describe('stepsBetween', () => {
	it.each([
		['mid', 'senior', ['mid-senior']],
		['senior', 'mid', ['mid-senior']],
		['mid', 'principal', ['mid-senior', 'senior-staff', 'staff-principal']],
		['principal', 'senior', ['senior-staff', 'staff-principal']],
		['staff', 'staff', []],
	] as const)('%s and %s: %j', (a, b, steps) => expect(stepsBetween(a, b)).toEqual(steps));
});

describe('stepLevels', () => {
	it('splits a step into its two levels', () => expect(stepLevels('staff-principal')).toEqual(['staff', 'principal']));
});

describe('ladderDescription', () => {
	it('names the question and stays under 200 characters', () => {
		const text = ladderDescription('One outage at four levels', 'Walk through an outage you owned end-to-end.');
		expect(text).toContain('"Walk through an outage you owned end-to-end."');
		expect(text.length).toBeLessThanOrEqual(200);
	});
});
