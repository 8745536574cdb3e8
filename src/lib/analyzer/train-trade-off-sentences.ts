/**
 * The examples the trade-off reader (trade-off-sentences.ts) learns from. A sentence an interviewer
 * marked as stating its answer's trade-off is an example of one; every sentence of an answer
 * without a trade-off is an example of none, and so, counting for less, is every unmarked sentence
 * of an answer with one (the marking was of every sentence that states it, but a clause may be
 * missed).
 */
import type { EncodedSentenceWeights } from './sentence-reader.ts';
import {
	isMarked,
	trainSentenceReader,
	type KeyedAnswer,
	type SentenceExample,
	type SentenceMarks,
} from './train-sentence-reader.ts';
import { splitSentences } from './sentences.ts';
import { TRADE_OFF_BUCKETS } from './trade-off-sentences.ts';

/** How much a marked sentence counts: there are about four answers with a trade-off to one without. */
const MARKED_WEIGHT = 2;
/** How much an unmarked sentence of an answer with a trade-off counts as one without. */
const UNMARKED_WEIGHT = 0.3;

/** The examples: each sentence and whether it states a trade-off. */
export function tradeOffExamples(answers: readonly KeyedAnswer[], marks: SentenceMarks): SentenceExample[] {
	return answers.flatMap((answer): SentenceExample[] => {
		const sentences = splitSentences(answer.text);
		if (answer.expected.pitfalls.includes('no-trade-off'))
			return sentences.map((s) => ({ text: s.text, found: false, weight: 1 }));
		const marked = marks.get(answer.key) ?? [];
		return sentences.map((s) =>
			isMarked(s.text, marked)
				? { text: s.text, found: true, weight: MARKED_WEIGHT }
				: { text: s.text, found: false, weight: UNMARKED_WEIGHT },
		);
	});
}

/** The trade-off reader's weights, trained on the answers and their marks, encoded for shipping. */
export const trainTradeOffSentences = (answers: readonly KeyedAnswer[], marks: SentenceMarks): EncodedSentenceWeights =>
	trainSentenceReader(tradeOffExamples(answers, marks), TRADE_OFF_BUCKETS);
