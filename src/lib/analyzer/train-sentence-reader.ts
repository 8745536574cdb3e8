/**
 * Trains a sentence reader (sentence-reader.ts). Not loaded by the site: scripts/train-second-look.ts
 * writes the weights, and a test retrains to check that they are current. Plain stochastic gradient
 * descent in a fixed order, so the same examples always give the same weights.
 */
import { encodeWeights, sentenceFeatures, type EncodedSentenceWeights } from './sentence-reader.ts';
import { splitSentences } from './sentences.ts';

/** A labelled answer with a key of its set and id, as "held-out-4:weak-…". */
export interface KeyedAnswer {
	key: string;
	text: string;
	expected: { pitfalls: readonly string[] };
}

/** The sentences interviewers marked in each answer, by the answer's key. */
export type SentenceMarks = ReadonlyMap<string, readonly string[]>;

/** One sentence to learn from: what it is, and how much it counts. */
export interface SentenceExample {
	text: string;
	found: boolean;
	weight: number;
}

const PASSES = 20;
const RATE = 0.05;
const L2 = 1e-4;

/** Whether a sentence is one of the marked ones (a mark may be part of a sentence, or span two). */
export const isMarked = (sentence: string, marked: readonly string[]) =>
	marked.some((m) => sentence.includes(m) || m.includes(sentence));

/** Weights over `buckets` trained on the examples, encoded for shipping. */
export function trainSentenceReader(examples: readonly SentenceExample[], buckets: number): EncodedSentenceWeights {
	const read = examples.map((e) => ({ ...e, features: sentenceFeatures(e.text, buckets) }));
	const weights = new Float64Array(buckets);
	let bias = 0;
	for (let pass = 0; pass < PASSES; pass++)
		for (const { features, found, weight } of read) {
			let z = bias;
			for (const j of features) z += weights[j]!;
			const g = (1 / (1 + Math.exp(-z)) - Number(found)) * weight;
			bias -= RATE * g;
			for (const j of features) weights[j] = weights[j]! - RATE * (g + L2 * weights[j]!);
		}
	return encodeWeights(bias, weights);
}

/**
 * The examples for a reader of one pitfall's sentences: a sentence an interviewer marked as
 * carrying the pitfall in its answer is an example of it, counting `markedWeight` times (they are
 * few among thousands); every sentence of an answer without the pitfall is an example of none. The
 * other sentences of an answer with it are left out: some carry a share of it, unmarked.
 */
export function pitfallExamples(
	pitfall: string,
	answers: readonly KeyedAnswer[],
	marks: SentenceMarks,
	markedWeight: number,
): SentenceExample[] {
	return answers.flatMap((answer): SentenceExample[] => {
		const sentences = splitSentences(answer.text);
		if (!answer.expected.pitfalls.includes(pitfall)) return sentences.map((s) => ({ text: s.text, found: false, weight: 1 }));
		const marked = marks.get(answer.key) ?? [];
		return sentences.filter((s) => isMarked(s.text, marked)).map((s) => ({ text: s.text, found: true, weight: markedWeight }));
	});
}
