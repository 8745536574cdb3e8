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
		{
			name: 'a highest-signal prompt without a level ladder',
			change: (c: GuideContent) => {
				c.ladders = c.ladders.filter((l) => l.id !== 'deadline-pushback');
			},
			line: 'content/prompts/deadline-pushback.md → highestSignal → a highest-signal prompt has no level ladder → add content/ladders/deadline-pushback.md with `prompt: deadline-pushback`',
		},
		{
			name: 'a second ladder for the same prompt, named after another',
			change: (c: GuideContent) => {
				const copy = structuredClone(c.ladders.find((l) => l.id === 'outage-you-owned')!);
				c.ladders.push({ ...copy, id: 'outage-again', file: 'content/ladders/outage-again.md' });
			},
			lines: [
				'content/ladders/outage-again.md → (file name) → the ladder for "outage-you-owned" is named "outage-again" → rename the file to outage-you-owned.md',
				'content/ladders/outage-again.md → prompt → "outage-you-owned" already has a ladder in content/ladders/outage-you-owned.md → keep one ladder per prompt: merge the two or point this one at another highest-signal prompt',
			],
		},
		{
			name: 'a ladder change naming a rubric dimension that does not exist',
			change: (c: GuideContent) => {
				c.ladders.find((l) => l.id === 'outage-you-owned')!.data.changes['senior-staff'][1]!.dimension.id = 'incident-comand';
			},
			line: 'content/ladders/outage-you-owned.md → changes.senior-staff[1].dimension → no rubric entry "incident-comand" exists → did you mean "incident-command"?',
		},
	])('reports $name', ({ change, line, lines }: { change: (c: GuideContent) => void; line?: string; lines?: string[] }) => {
		const content = real();
		change(content);
		expect(checkContent(content).map(formatProblem)).toEqual(lines ?? [line]);
	});
});
