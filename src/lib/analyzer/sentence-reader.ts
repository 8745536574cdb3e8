/**
 * A learned reading of one sentence at a time, the shape the sentence readers share (blame in
 * blame-sentences.ts, heroism in heroism-sentences.ts, the trade-off in trade-off-sentences.ts):
 * a logistic regression over the
 * sentence's words and word pairs, hashed into buckets, and whom the sentence is about. What a
 * reader looks for is told in too many words for a phrase list to carry from one set of authors
 * to the next, so it is learned from sentences interviewers marked in the labelled answers.
 *
 * Weights ship as one signed byte per bucket (scale times the byte), base64-encoded; the number of
 * buckets is the number of weights. scripts/train-second-look.ts trains them.
 */
import { hashBucket } from './hash-bucket.ts';
import type { Sentence } from './sentences.ts';

/** The trained weights as shipped: a bias, and one byte per bucket times `scale`, base64-encoded. */
export interface EncodedSentenceWeights {
	bias: number;
	scale: number;
	bytes: string;
}

/** The weights ready to score with; there is one per bucket. */
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

/** The buckets (of `buckets`) a sentence sets: its words and word pairs, and whom it is about. */
export function sentenceFeatures(sentence: string, buckets: number): number[] {
	const bucket = (s: string) => hashBucket(s, buckets);
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

/** How likely a sentence with these features is to be what the weights were trained to find. */
export function sentenceLikelihood(features: readonly number[], { bias, weights }: SentenceWeights): number {
	let z = bias;
	for (const j of features) z += weights[j] ?? 0;
	return 1 / (1 + Math.exp(-z));
}

/** The likelihood of one sentence's text under a reader's weights. */
export const likelihoodOf = (text: string, reader: SentenceWeights) =>
	sentenceLikelihood(sentenceFeatures(text, reader.weights.length), reader);

/** The sentence a reader finds likeliest, and how likely; undefined when there are no sentences. */
export function likeliestSentence(
	sentences: readonly Sentence[],
	reader: SentenceWeights,
): { sentence: Sentence; likelihood: number } | undefined {
	let best: { sentence: Sentence; likelihood: number } | undefined;
	for (const sentence of sentences) {
		const likelihood = likelihoodOf(sentence.text, reader);
		if (!best || likelihood > best.likelihood) best = { sentence, likelihood };
	}
	return best;
}

/**
 * The sentence a reader finds likeliest at or above `threshold`, among those `skip` leaves; the
 * verdict a reader gives quotes it.
 */
export function sentenceAtOrAbove(
	sentences: readonly Sentence[],
	reader: SentenceWeights,
	threshold: number,
	skip: (sentence: Sentence) => boolean = () => false,
): Sentence | undefined {
	const best = likeliestSentence(
		sentences.filter((s) => !skip(s)),
		reader,
	);
	return best && best.likelihood >= threshold ? best.sentence : undefined;
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
