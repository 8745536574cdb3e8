/** Trains the blame reader (blame-sentences.ts) on the sentences marked as carrying blame. */
import { BLAME_BUCKETS } from './blame-sentences.ts';
import type { EncodedSentenceWeights } from './sentence-reader.ts';
import { pitfallExamples, trainSentenceReader, type KeyedAnswer, type SentenceMarks } from './train-sentence-reader.ts';

/** Sentences of blame are few among thousands: each counts this many times over. */
const BLAME_WEIGHT = 8;

/** The blame reader's weights, trained on the answers and their marks, encoded for shipping. */
export const trainBlameSentences = (answers: readonly KeyedAnswer[], marks: SentenceMarks): EncodedSentenceWeights =>
	trainSentenceReader(pitfallExamples('blame', answers, marks, BLAME_WEIGHT), BLAME_BUCKETS);
