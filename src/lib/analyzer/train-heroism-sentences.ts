/** Trains the heroism reader (heroism-sentences.ts) on the sentences marked as carrying heroism. */
import { HEROISM_BUCKETS } from './heroism-sentences.ts';
import type { EncodedSentenceWeights } from './sentence-reader.ts';
import { pitfallExamples, trainSentenceReader, type KeyedAnswer, type SentenceMarks } from './train-sentence-reader.ts';

/** Sentences of heroism are few among thousands: each counts this many times over, as blame's do. */
const HEROISM_WEIGHT = 8;

/** The heroism reader's weights, trained on the answers and their marks, encoded for shipping. */
export const trainHeroismSentences = (answers: readonly KeyedAnswer[], marks: SentenceMarks): EncodedSentenceWeights =>
	trainSentenceReader(pitfallExamples('heroism', answers, marks, HEROISM_WEIGHT), HEROISM_BUCKETS);
