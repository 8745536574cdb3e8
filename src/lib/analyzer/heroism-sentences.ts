/**
 * The learned heroism reader (the shape is in sentence-reader.ts). Heroism is told as a detail of
 * the night or the season ("I covered both holiday weeks", "I've never missed an election night",
 * "the one in the chair") more often than in the fixed words the rules know. It was trained on the
 * sentences interviewers marked as carrying the heroism in the labelled answers
 * (test/fixtures/analyzer/heroism-sentences.json), against every sentence of the answers without.
 * A verdict it gives quotes the sentence, like a rule's.
 *
 * The weights (heroism-sentence-weights.ts) are trained by scripts/train-second-look.ts; a test
 * retrains them and fails when the file no longer matches.
 */
import { sentenceAtOrAbove, type SentenceWeights } from './sentence-reader.ts';
import type { Sentence } from './sentences.ts';

/** Hash buckets for a sentence's words: 2^13, a quarter of the blame reader's, since 418 marked
    sentences set few words. The size was not tuned. */
export const HEROISM_BUCKETS = 1 << 13;

/**
 * At or above this likelihood a sentence is heroism. Very high, because a strong answer tells its
 * night too: leaving each labelled set out in turn (scripts/cross-validate-second-look.ts, 1,180
 * answers), the rules with the second look found 92% of heroism and gave no strong answer the
 * verdict; with the reader at 0.99, 97% at 98.5% precision, and two strong answers (0.97 gave
 * five).
 */
export const HEROISM_SENTENCE_THRESHOLD = 0.99;

/**
 * Heroism is the speaker's own (or their team's) endurance, so only a sentence about the speaker
 * can carry it: "the old cluster was up until 3 a.m." is a service's night, though it reads like
 * one, word for word.
 */
export const aboutTheSpeaker = (sentence: Sentence) => /\b(?:I|me|my|myself|we|us|our)\b/i.test(sentence.text);

/** The sentence about the speaker most likely to carry heroism, when it is at or above the
    threshold, among those `skip` leaves. */
export const heroicSentence = (
	sentences: readonly Sentence[],
	weights: SentenceWeights,
	skip: (sentence: Sentence) => boolean = () => false,
): Sentence | undefined =>
	sentenceAtOrAbove(sentences, weights, HEROISM_SENTENCE_THRESHOLD, (s) => skip(s) || !aboutTheSpeaker(s));
