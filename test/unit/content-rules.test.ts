/**
 * Rules across entries, on the real content with one thing changed per case: the rule must name
 * the entry's file and field.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { formatProblem } from '../../src/lib/content-problems.ts';
import { checkContent, type GuideContent } from '../../src/lib/content-rules.ts';
import { ROOT } from '../helpers/paths.ts';

const real = () => structuredClone(loadContent(ROOT, 'content').content);
const prompt = (c: GuideContent, id: string) => c.prompts.find((p) => p.id === id)!;

describe('checkContent', () => {
	it('finds nothing wrong with the real content', () => {
		expect(checkContent(real()).map(formatProblem)).toEqual([]);
	});

	it.each([
		{
			name: 'a prompt cue copied from the beat',
			change: (c: GuideContent) => {
				prompt(c, 'noisy-alert').data.beatCues.result = ` ${c.beats.find((b) => b.id === 'result')!.data.cue.toUpperCase()} `;
			},
			line: `content/prompts/noisy-alert.md → beatCues.result → repeats the result beat's generic cue → write what the result beat says for "noisy-alert"`,
		},
		{
			name: 'two beats of a prompt with the same cue',
			change: (c: GuideContent) => {
				const cues = prompt(c, 'noisy-alert').data.beatCues;
				cues.reflection = cues.task;
			},
			line: 'content/prompts/noisy-alert.md → beatCues.reflection → is the same cue as beatCues.task → give the reflection beat its own cue',
		},
		{
			name: 'a pitfall no prompt invites',
			change: (c: GuideContent) => {
				for (const p of c.prompts) p.data.pitfalls = p.data.pitfalls.filter((r) => r.id !== 'over-rehearsed');
			},
			line: 'content/pitfalls/over-rehearsed.md → (entry) → no prompt invites this pitfall → add "over-rehearsed" to the `pitfalls` of the prompts where it bites',
		},
	])('reports $name', ({ change, line }) => {
		const content = real();
		change(content);
		expect(checkContent(content).map(formatProblem)).toEqual([line]);
	});
});
