import { describe, expect, it } from 'vitest';
import { buildChecks, checksAt, scoreAt, type ChecklistSource } from '../../src/lib/checklist.ts';
import { summarizeProgress, unpracticed } from '../../src/lib/progress.ts';
import type { Attempt } from '../../src/lib/practice-store.ts';
import { LEVELS } from '../../src/schemas/ids.ts';

const level = (name: string) => ({ check: `${name}?`, expectation: `${name} shows` });
const source: ChecklistSource = {
	beats: [
		{ id: 'situation', check: 'Did you set the scene?', cue: 'Service, team, blast radius.' },
		{ id: 'task', check: 'Did you say what you owned?', cue: 'Your part.' },
	],
	pitfalls: [
		{ id: 'blame', check: 'Did you stay neutral about the other team?', fix: 'Describe the cross-team fix. Then own your side.' },
	],
	rubric: [
		{
			id: 'saying-no',
			title: 'Saying no',
			levels: { mid: level('mid'), senior: level('senior'), staff: level('staff'), principal: level('principal') },
		},
	],
};
const checks = buildChecks(source, LEVELS);

describe('buildChecks', () => {
	it('makes one check per beat and pitfall, and one per rubric dimension and level', () => {
		expect(checks.map((c) => c.id)).toEqual([
			'beat:situation',
			'beat:task',
			'pitfall:blame',
			'rubric:saying-no@mid',
			'rubric:saying-no@senior',
			'rubric:saying-no@staff',
			'rubric:saying-no@principal',
		]);
	});
	it('asks each pitfall’s question, with the first sentence of its fix as the hint', () => {
		expect(checks[2]).toMatchObject({
			label: 'Did you stay neutral about the other team?',
			hint: 'Describe the cross-team fix.',
		});
		expect(checks.every((c) => c.hint.length > 0)).toBe(true);
	});
});

describe('scoring at a level', () => {
	it('counts only that level’s rubric checks', () => {
		expect(checksAt(checks, 'staff').map((c) => c.id)).toEqual([
			'beat:situation',
			'beat:task',
			'pitfall:blame',
			'rubric:saying-no@staff',
		]);
		expect(scoreAt(checks, 'staff', ['beat:task', 'rubric:saying-no@staff', 'rubric:saying-no@mid'])).toEqual({
			checked: 2,
			total: 4,
		});
		expect(scoreAt(checks, 'mid', [])).toEqual({ checked: 0, total: 4 });
	});
});

const attempt = (id: string, promptId: string, day: number, checked: number): Attempt => ({
	id,
	promptId,
	date: `2026-11-${String(day).padStart(2, '0')}T09:00:00.000Z`,
	seconds: 140,
	preset: 'loop-story',
	level: 'senior',
	checked,
	total: 10,
});

describe('summarizeProgress', () => {
	const rows = summarizeProgress([
		attempt('1', 'outage', 1, 4),
		attempt('2', 'alert', 2, 6),
		attempt('3', 'outage', 3, 7),
		attempt('4', 'alert', 4, 6),
		attempt('5', 'cut', 5, 3),
	]);

	it('lists each prompt once, most recently practiced first', () =>
		expect(rows.map((r) => r.promptId)).toEqual(['cut', 'alert', 'outage']));
	it('gives last, best, count and trend', () => {
		const outage = rows.find((r) => r.promptId === 'outage')!;
		expect(outage).toMatchObject({ attempts: 2, trend: 'up', last: { id: '3' }, best: { id: '3' } });
		expect(rows.find((r) => r.promptId === 'alert')!.trend).toBe('same');
		expect(rows.find((r) => r.promptId === 'cut')!.trend).toBe('first');
		expect(summarizeProgress([attempt('1', 'x', 1, 8), attempt('2', 'x', 2, 2)])[0]).toMatchObject({
			trend: 'down',
			best: { id: '1' },
		});
	});
	it('lists the highest-signal prompts not yet practiced', () => {
		expect(unpracticed(['outage', 'migration', 'deadline'], [attempt('1', 'outage', 1, 4)])).toEqual(['migration', 'deadline']);
	});
});
