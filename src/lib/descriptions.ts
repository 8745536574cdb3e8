/**
 * Meta descriptions derived from content when an entry gives none: each says what the page
 * holds, because it shows in search results and link previews.
 */
import { truncate } from './text.ts';

const MAX = 200;

export const promptDescription = (question: string) =>
	truncate(
		`${question} What the question probes, follow-ups to expect, pitfalls, beat-by-beat cues and what a senior+ answer adds.`,
		MAX,
	);

export const answerDescription = (title: string, question: string) =>
	truncate(`${title}: a full STAR-TR answer to "${question}", beat by beat, with notes on why each beat works.`, MAX);

export const pitfallDescription = (title: string, symptom: string) => truncate(`Pitfall: ${title}. ${symptom}`, MAX);
