/**
 * A learned reading of blame, one sentence at a time. Blame is where phrase rules carry least from
 * one set of authors to the next: it is told through a detail, an aside or a tone ("who ships a
 * rewrite at 4 on a Friday", "the level of care we inherited") more than through any fixed words.
 * So beside the rules, a logistic regression over each sentence's words (hashed unigrams and
 * bigrams) and who the sentence is about scores how likely the sentence is to pin a problem on
 * someone else. It was trained on sentences that interviewers marked as carrying the blame in the
 * labelled answers (test/fixtures/analyzer/blame-sentences.json), against every sentence of the
 * answers without blame. A verdict it gives quotes the sentence, like a rule's.
 *
 * The weights (blame-sentence-weights.ts) are trained by scripts/train-second-look.ts, one signed
 * byte per hash bucket; a test retrains them and fails when the file no longer matches.
 */
import { hashBucket } from './hash-bucket.ts';
import type { Sentence } from './sentences.ts';

/** Hash buckets for a sentence's words: 2^15, small enough to ship as one byte each. */
export const BLAME_BUCKETS = 1 << 15;

/**
 * At or above this likelihood a sentence is blame. High on purpose: leaving each labelled set out
 * in turn (scripts/cross-validate-blame-sentences.ts), 0.97 gave 98% precision and found half of
 * the answers with blame, giving 2 of 360 strong answers the verdict; 0.9 found 62% but gave 7.
 */
export const BLAME_SENTENCE_THRESHOLD = 0.97;

/** The trained weights as shipped: a bias, and one byte per bucket times `scale`, base64-encoded. */
export interface EncodedSentenceWeights {
	bias: number;
	scale: number;
	bytes: string;
}

/** The weights ready to score with. */
export interface SentenceWeights {
	bias: number;
	weights: Float32Array;
}

// Who a sentence is about: another party, the speaker, or only another party.
const OTHERS =
	/\b(?:they|their|them|theirs|he|his|him|she|her|team|vendor|vendors|manager|lead|architects?|sales|product|PM|director|VP|reviewer|contractor|agency|business|leadership|management|QA|ops)\b/i;
/** A name: a capitalised word after the sentence's start. */
const NAMED = /(?<=[a-z,;:]\s)[A-Z][a-z]{2,}/;
const SPEAKER = /\b(?:I|we|my|our|me|us)\b/;

const bucket = (s: string) => hashBucket(s, BLAME_BUCKETS);

/** The buckets a sentence sets: its words and word pairs, and whom it is about. */
export function sentenceFeatures(sentence: string): number[] {
	const tokens = sentence.toLowerCase().match(/[a-z0-9']+|[?!]/g) ?? [];
	const features = new Set<number>();
	tokens.forEach((t, i) => {
		features.add(bucket(`1 ${t}`));
		if (i > 0) features.add(bucket(`2 ${tokens[i - 1]} ${t}`));
	});
	const others = OTHERS.test(sentence) || NAMED.test(sentence);
	const speaker = SPEAKER.test(sentence);
	features.add(bucket(`#others ${others}`));
	features.add(bucket(`#speaker ${speaker}`));
	features.add(bucket(`#others-only ${others && !speaker}`));
	return [...features];
}

/** How likely a sentence with these features is to carry blame. */
export function blameLikelihood(features: readonly number[], { bias, weights }: SentenceWeights): number {
	let z = bias;
	for (const j of features) z += weights[j] ?? 0;
	return 1 / (1 + Math.exp(-z));
}

/** The shipped weights, decoded. */
export function decodeWeights({ bias, scale, bytes }: EncodedSentenceWeights): SentenceWeights {
	const raw = atob(bytes);
	const weights = new Float32Array(raw.length);
	for (let i = 0; i < raw.length; i++) weights[i] = ((raw.charCodeAt(i) << 24) >> 24) * scale;
	return { bias, weights };
}

/** The weights, encoded one signed byte per bucket. */
export function encodeWeights(bias: number, weights: ArrayLike<number>): EncodedSentenceWeights {
	let largest = 0;
	for (let i = 0; i < weights.length; i++) largest = Math.max(largest, Math.abs(weights[i]!));
	const scale = largest / 127 || 1;
	let raw = '';
	for (let i = 0; i < weights.length; i++) raw += String.fromCharCode(Math.round(weights[i]! / scale) & 0xff);
	return { bias: Math.round(bias * 1e4) / 1e4, scale, bytes: btoa(raw) };
}

/**
 * A sentence that opens by naming the cause ("The root cause was their retry policy, and they fixed
 * it in a day") is what the blame page asks for: the cause named plainly. Many blaming sentences in
 * the labelled answers open the same way, so the reader would take the opening for the blame; it
 * leaves these to the rules, which judge what the rest of the sentence says of the other side.
 */
const NAMES_THE_CAUSE = /^(?:the |our )?(?:root )?cause (?:was|is|turned out to be)\b/i;

/** The sentence most likely to carry blame, when it is at or above the threshold. */
export function blamingSentence(sentences: readonly Sentence[], weights: SentenceWeights): Sentence | undefined {
	let best: Sentence | undefined;
	let bestLikelihood = BLAME_SENTENCE_THRESHOLD;
	for (const sentence of sentences) {
		if (NAMES_THE_CAUSE.test(sentence.text)) continue;
		const likelihood = blameLikelihood(sentenceFeatures(sentence.text), weights);
		if (likelihood >= bestLikelihood) {
			best = sentence;
			bestLikelihood = likelihood;
		}
	}
	return best;
}
