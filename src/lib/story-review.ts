/**
 * The story editor's warnings. They are the analyzer's verdicts on the story's assembled answer
 * (the beats in spoken order, as the analyzer page would be given them pasted), so that the
 * editor and the analyzer judge the same text by the same rules and never disagree about it.
 */
import { analyzeAnswer, type Finding } from './analyzer.ts';
import type { Story } from './practice-store.ts';
import { assembleAnswer } from './stories.ts';

/** The verdicts on a story as written so far; nothing for a story with no beat text. */
export function storyWarnings(story: Pick<Story, 'beats'>): Finding[] {
	const answer = assembleAnswer(story);
	return answer.trim() === '' ? [] : analyzeAnswer(answer).findings.filter((f) => f.kind === 'verdict');
}
