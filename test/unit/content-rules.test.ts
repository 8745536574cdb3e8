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
const glossary = (c: GuideContent, id: string) => c.glossary.find((g) => g.id === id)!;

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
			name: 'a glossary alias another entry already has, in another case and spacing',
			change: (c: GuideContent) => {
				glossary(c, 'slo').data.aliases.push('  CUTOVER ');
			},
			line: 'content/glossary/slo.md → aliases[3] → "  CUTOVER " is already the term of "cutover" (content/glossary/cutover.md) → each spelling may link to one entry only: remove it here or there',
		},
		{
			name: 'a glossary alias that repeats its own term',
			change: (c: GuideContent) => {
				glossary(c, 'jitter').data.aliases.push('jitter');
			},
			line: "content/glossary/jitter.md → aliases[0] → \"jitter\" is already this entry's term → remove the repeated spelling",
		},
		{
			name: 'two glossary files with one id',
			change: (c: GuideContent) => {
				const copy = structuredClone(glossary(c, 'ttl'));
				c.glossary.push({ ...copy, file: 'content/glossary/ttl.mdx', data: { ...copy.data, term: 'Time to expiry', aliases: [] } });
			},
			line: 'content/glossary/ttl.mdx → (file name) → the id "ttl" is also content/glossary/ttl.md → keep one file per term',
		},
		{
			name: 'a glossary entry that refers to itself',
			change: (c: GuideContent) => {
				glossary(c, 'ttl').data.seeAlso.push({ id: 'ttl', collection: 'glossary' });
			},
			line: 'content/glossary/ttl.md → seeAlso[1] → the entry refers to itself → list related entries only',
		},
	])('reports $name', ({ change, line }) => {
		const content = real();
		change(content);
		expect(checkContent(content).map(formatProblem)).toEqual([line]);
	});
});
