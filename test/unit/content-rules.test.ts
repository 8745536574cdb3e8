/**
 * Rules across entries, on the real content with one thing changed per case: the rule must name
 * the entry's file and field.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/integrations/load-content.ts';
import { formatProblem } from '../../src/lib/content-problems.ts';
import { checkContent, type GuideContent } from '../../src/lib/content-rules.ts';
import { countWords } from '../../src/lib/text.ts';
import { ROOT } from '../helpers/paths.ts';

const real = () => structuredClone(loadContent(ROOT, 'content').content);
const prompt = (c: GuideContent, id: string) => c.prompts.find((p) => p.id === id)!;
const answer = (c: GuideContent, id: string) => c.answers.find((a) => a.id === id)!;
const screenWords = (c: GuideContent, id: string) => answer(c, id).data.screen.reduce((n, b) => n + countWords(b.text), 0);
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
			name: 'a story type recommended for a prompt that does not name it',
			change: (c: GuideContent) => {
				const mentoring = c.storyTypes.find((t) => t.id === 'mentoring')!;
				mentoring.data.recommendedFor[1] = { collection: 'prompts', id: 'led-complex-project' };
			},
			line: 'content/story-types/mentoring.md → recommendedFor[1] → the prompt "led-complex-project" does not list "mentoring" in its storyTypes → add mentoring to storyTypes in content/prompts/led-complex-project.md, or recommend another prompt',
		},
		{
			name: 'a prompt recommended twice',
			change: (c: GuideContent) => {
				const outage = c.storyTypes.find((t) => t.id === 'outage')!;
				outage.data.recommendedFor[2] = outage.data.recommendedFor[0]!;
			},
			line: 'content/story-types/outage.md → recommendedFor[2] → "outage-you-owned" is recommended twice → remove the second "outage-you-owned"',
		},
		{
			name: 'a recommended prompt that does not exist',
			change: (c: GuideContent) => {
				c.storyTypes.find((t) => t.id === 'outage')!.data.recommendedFor[0] = { collection: 'prompts', id: 'outage-you-own' };
			},
			line: 'content/story-types/outage.md → recommendedFor[0] → no prompts entry "outage-you-own" exists → did you mean "outage-you-owned"?',
		},
		{
			name: 'a competency no prompt probes',
			change: (c: GuideContent) => {
				for (const p of c.prompts) p.data.competencies = p.data.competencies.filter((x) => x !== 'ambiguity');
			},
			line: 'content/prompts/ → competencies → no prompt probes "ambiguity" → add "ambiguity" to the `competencies` of the prompts whose good answer must handle it',
		},
		{
			name: 'two prompts with the same order',
			change: (c: GuideContent) => {
				prompt(c, 'noisy-alert').data.order = prompt(c, 'outage-you-owned').data.order;
			},
			line: 'content/prompts/outage-you-owned.md → order → 1 is also used by "noisy-alert" → give each entry its own order',
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
			line: 'content/glossary/jitter.md → aliases[0] → "jitter" is already this entry\'s term → remove the repeated spelling',
		},
		{
			name: 'two glossary files with one id',
			change: (c: GuideContent) => {
				const copy = structuredClone(glossary(c, 'ttl'));
				c.glossary.push({
					...copy,
					file: 'content/glossary/ttl.mdx',
					data: { ...copy.data, term: 'Time to expiry', aliases: [] },
				});
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
		{
			name: 'a product name not written as its makers write it',
			change: (c: GuideContent) => {
				prompt(c, 'approach-to-java').data.question = "What's your approach to java, and to NodeJS?";
			},
			lines: [
				'content/prompts/approach-to-java.md → question → writes "java" → write "Java"',
				'content/prompts/approach-to-java.md → question → writes "NodeJS" → write "Node.js"',
			],
		},
	])('reports $name', ({ change, line, lines }: { change: (c: GuideContent) => void; line?: string; lines?: string[] }) => {
		const content = real();
		change(content);
		expect(checkContent(content).map(formatProblem)).toEqual(lines ?? [line]);
	});
});
