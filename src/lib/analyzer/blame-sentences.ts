/**
 * The learned blame reader (the shape is in sentence-reader.ts). Blame is where phrase rules carry
 * least from one set of authors to the next: it is told through a detail, an aside or a tone ("who
 * ships a rewrite at 4 on a Friday", "the level of care we inherited") more than through any fixed
 * words. It was trained on sentences that interviewers marked as carrying the blame in the
 * labelled answers (test/fixtures/analyzer/blame-sentences.json), against every sentence of the
 * answers without blame. A verdict it gives quotes the sentence, like a rule's.
 *
 * The weights (blame-sentence-weights.ts) are trained by scripts/train-second-look.ts; a test
 * retrains them and fails when the file no longer matches.
 */
import { sentenceAtOrAbove, type SentenceWeights } from './sentence-reader.ts';
import type { Sentence } from './sentences.ts';

/** Hash buckets for a sentence's words: 2^15, small enough to ship as one byte each. */
export const BLAME_BUCKETS = 1 << 15;

/**
 * At or above this likelihood a sentence is blame. High on purpose: leaving each labelled set out
 * in turn (scripts/cross-validate-blame-sentences.ts), 0.97 gave 98% precision and found half of
 * the answers with blame, giving 2 of 360 strong answers the verdict; 0.9 found 62% but gave 7.
 */
export const BLAME_SENTENCE_THRESHOLD = 0.97;

/**
 * A sentence that opens by naming the cause ("The root cause was their retry policy, and they fixed
 * it in a day") is what the blame page asks for: the cause named plainly. Many blaming sentences in
 * the labelled answers open the same way, so the reader would take the opening for the blame; it
 * leaves these to the rules, which judge what the rest of the sentence says of the other side.
 */
const NAMES_THE_CAUSE = /^(?:the |our )?(?:root )?cause (?:was|is|turned out to be)\b/i;

/** The sentence most likely to carry blame, when it is at or above the threshold. */
export const blamingSentence = (sentences: readonly Sentence[], weights: SentenceWeights): Sentence | undefined =>
	sentenceAtOrAbove(sentences, weights, BLAME_SENTENCE_THRESHOLD, (s) => NAMES_THE_CAUSE.test(s.text));
