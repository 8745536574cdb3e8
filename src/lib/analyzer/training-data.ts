/**
 * The labelled answers and the marked sentences as the trainers read them, from
 * test/fixtures/analyzer/. Node only: the training script and the tests use it, the site never does.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyedAnswer, SentenceMarks } from './train-sentence-reader.ts';

const FIXTURES = 'test/fixtures/analyzer';

/** Every answer of `sets`, keyed "set:id". */
export function keyedAnswers(root: string, sets: readonly string[]): KeyedAnswer[] {
	return sets.flatMap((set) =>
		(JSON.parse(readFileSync(join(root, FIXTURES, `${set}.json`), 'utf8')) as (KeyedAnswer & { id: string })[]).map((a) => ({
			...a,
			key: `${set}:${a.id}`,
		})),
	);
}

/** The sentences interviewers marked in each answer, from a file of marks ({key, sentences}[]). */
function sentenceMarks(root: string, file: string): SentenceMarks {
	const marks = JSON.parse(readFileSync(join(root, FIXTURES, file), 'utf8')) as { key: string; sentences: string[] }[];
	return new Map(marks.map((m) => [m.key, m.sentences]));
}

/** The sentences interviewers marked as carrying each answer's blame. */
export const blameMarks = (root: string) => sentenceMarks(root, 'blame-sentences.json');

/** The sentences interviewers marked as carrying each answer's heroism. */
export const heroismMarks = (root: string) => sentenceMarks(root, 'heroism-sentences.json');

/** The sentences interviewers marked as stating each answer's trade-off. */
export const tradeOffMarks = (root: string) => sentenceMarks(root, 'trade-off-sentences.json');
