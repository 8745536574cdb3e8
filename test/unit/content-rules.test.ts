/**
 * Rules across entries, on the real content with one thing changed per case: the rule must name
 * the entry's file and field.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../scripts/lib/load-content.ts';
import { formatProblem } from '../../src/lib/content-problems.ts';
import { checkContent, type GuideContent } from '../../src/lib/content-rules.ts';
import { countWords } from '../../src/lib/text.ts';
import { ROOT } from '../helpers/paths.ts';

const real = () => structuredClone(loadContent(ROOT, 'content').content);
const prompt = (c: GuideContent, id: string) => c.prompts.find((p) => p.id === id)!;
const answer = (c: GuideContent, id: string) => c.answers.find((a) => a.id === id)!;
const screenWords = (c: GuideContent, id: string) => answer(c, id).data.screen.reduce((n, b) => n + countWords(b.text), 0);

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
			name: 'a screen version too long for 90 seconds at 150 words a minute',
			change: (c: GuideContent) => {
				// 225 words is the most 90 s allows at 150 words a minute; go one over.
				const action = answer(c, 'outage-0214-payments').data.screen[2]!;
				action.text += ' word'.repeat(226 - screenWords(c, 'outage-0214-payments'));
			},
			line: "content/answers/outage-0214-payments.md → screen → the screen version has 226 words, about 1:30 at 150 words a minute, outside screen-answer's target of 60–90 s (150–225 words) → cut it to 225 words or fewer",
		},
		{
			name: 'a screen version too short for 60 seconds',
			change: (c: GuideContent) => {
				for (const part of answer(c, 'conference-deadline').data.screen) part.text = 'Ten words a beat is far too short to land.';
			},
			line: "content/answers/conference-deadline.md → screen → the screen version has 60 words, about 0:24 at 150 words a minute, outside screen-answer's target of 60–90 s (150–225 words) → bring it to at least 150 words",
		},
	])('reports $name', ({ change, line }) => {
		const content = real();
		change(content);
		expect(checkContent(content).map(formatProblem)).toEqual([line]);
	});
});

