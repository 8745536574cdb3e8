import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/lib/analyzer.ts';
import { emptyBeats } from '../../src/lib/stories.ts';
import { storyWarnings } from '../../src/lib/story-review.ts';
import { BEATS, type BeatId } from '../../src/schemas/ids.ts';

const story = (beats: Partial<Record<BeatId, string>>) => ({ beats: { ...emptyBeats(), ...beats } });
const pasted = (beats: Partial<Record<BeatId, string>>, separator: string) =>
	BEATS.map((b) => beats[b] ?? '')
		.filter((t) => t !== '')
		.join(separator);
const verdicts = (text: string) =>
	analyzeAnswer(text)
		.findings.filter((f) => f.kind === 'verdict')
		.map((f) => f.pitfall);

// Stories written the way the editor's beat fields invite: short notes, often with no "I".
const STORIES: [string, Partial<Record<BeatId, string>>, string[]][] = [
	[
		'the trade-off told without a subject',
		{
			situation: 'Checkout timed out every noon when the promo email went out.',
			task: 'I was on call, so the fix was mine.',
			action: 'Rolled back the deploy that had doubled the pool size.',
			'trade-off': 'Rolled back rather than scaling the database: two minutes versus twenty.',
			result: 'Errors fell from 4% to zero within three minutes.',
			reflection: 'Next time I would canary pool changes on one node first.',
		},
		[],
	],
	[
		'no alternative and no lesson',
		{
			situation: 'Checkout timed out every noon.',
			task: 'I was on call.',
			action: 'I rolled back the deploy.',
			result: 'Errors fell from 4% to zero.',
		},
		['no-trade-off', 'no-reflection'],
	],
	[
		'a story told as "we"',
		{
			situation: 'Our queue backed up during a launch.',
			action: 'We found the slow consumer, we restarted it and we added an alert.',
			'trade-off': 'We chose restarting over a rewrite.',
			result: 'The queue drained in ten minutes.',
			reflection: 'Since then I review consumer lag every week.',
		},
		['plural-pronouns'],
	],
	[
		'a vague result',
		{
			task: 'My job was the search service.',
			action: 'I added a cache in front of the index instead of sharding it.',
			result: 'Search got much faster.',
			reflection: 'I learned to measure before and after.',
		},
		['vague-metrics'],
	],
];

describe('the story editor and the analyzer judge the same text the same way', () => {
	it.each(STORIES)('%s', (_, beats, expected) => {
		const editor = storyWarnings(story(beats)).map((f) => f.pitfall);
		expect(editor).toEqual(expected);
		// The same beats pasted into the analyzer, one paragraph each or run together.
		expect(verdicts(pasted(beats, '\n\n'))).toEqual(editor);
		expect(verdicts(pasted(beats, ' '))).toEqual(editor);
	});

	it('says nothing about a story with no beat text', () => expect(storyWarnings(story({ situation: '  ' }))).toEqual([]));
});
