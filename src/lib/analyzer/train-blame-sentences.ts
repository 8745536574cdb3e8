/**
 * The examples the blame reader (blame-sentences.ts) learns from. A sentence is an example of
 * blame when an interviewer marked it as carrying the blame of its answer; every sentence of an
 * answer without blame is an example of none. The other sentences of an answer with blame are
 * left out: some carry a share of it, unmarked.
 */
import { BLAME_BUCKETS } from './blame-sentences.ts';
import type { EncodedSentenceWeights } from './sentence-reader.ts';
import {
	isMarked,
	trainSentenceReader,
	type KeyedAnswer,
	type SentenceExample,
	type SentenceMarks,
} from './train-sentence-reader.ts';
import { splitSentences } from './sentences.ts';

/** Sentences of blame are few among thousands: each counts this many times over. */
const BLAME_WEIGHT = 8;

/** The examples: each sentence and whether it carries blame. */
export function blameExamples(answers: readonly KeyedAnswer[], marks: SentenceMarks): SentenceExample[] {
	return answers.flatMap((answer): SentenceExample[] => {
		const sentences = splitSentences(answer.text);
		if (!answer.expected.pitfalls.includes('blame')) return sentences.map((s) => ({ text: s.text, found: false, weight: 1 }));
		const marked = marks.get(answer.key) ?? [];
		return sentences.filter((s) => isMarked(s.text, marked)).map((s) => ({ text: s.text, found: true, weight: BLAME_WEIGHT }));
	});
}

/** The blame reader's weights, trained on the answers and their marks, encoded for shipping. */
export const trainBlameSentences = (answers: readonly KeyedAnswer[], marks: SentenceMarks): EncodedSentenceWeights =>
	trainSentenceReader(blameExamples(answers, marks), BLAME_BUCKETS);
