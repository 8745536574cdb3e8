/**
 * Trains the blame sentence reader (blame-sentences.ts). Not loaded by the site:
 * scripts/train-second-look.ts writes its output to blame-sentence-weights.ts, and a test retrains
 * to check that file is current. Plain stochastic gradient descent in a fixed order, so the same
 * answers and marks always give the same weights.
 *
 * A sentence is an example of blame when an interviewer marked it as carrying the blame of its
 * answer; every sentence of an answer without blame is an example of none. The other sentences of
 * an answer with blame are left out: some carry a share of it, unmarked.
 */
import { BLAME_BUCKETS, encodeWeights, sentenceFeatures, type EncodedSentenceWeights } from './blame-sentences.ts';
import { splitSentences } from './sentences.ts';

/** A labelled answer with a key of its set and id, as "held-out-4:weak-…". */
export interface KeyedAnswer {
	key: string;
	text: string;
	expected: { pitfalls: readonly string[] };
}

/** The sentences marked as carrying an answer's blame, by the answer's key. */
export type BlameMarks = ReadonlyMap<string, readonly string[]>;

const PASSES = 20;
const RATE = 0.05;
const L2 = 1e-4;
/** Sentences of blame are few among thousands: each counts this many times over. */
const BLAME_WEIGHT = 8;

/** The examples: each sentence's features and whether it carries blame. */
export function blameExamples(answers: readonly KeyedAnswer[], marks: BlameMarks): { features: number[]; blame: boolean }[] {
	return answers.flatMap((answer): { features: number[]; blame: boolean }[] => {
		const sentences = splitSentences(answer.text);
		if (!answer.expected.pitfalls.includes('blame'))
			return sentences.map((s) => ({ features: sentenceFeatures(s.text), blame: false }));
		const marked = marks.get(answer.key) ?? [];
		return sentences
			.filter((s) => marked.some((m) => s.text.includes(m) || m.includes(s.text)))
			.map((s) => ({ features: sentenceFeatures(s.text), blame: true }));
	});
}

/** Weights trained on the answers and their marks, encoded for shipping. */
export function trainBlameSentences(answers: readonly KeyedAnswer[], marks: BlameMarks): EncodedSentenceWeights {
	const examples = blameExamples(answers, marks);
	const weights = new Float64Array(BLAME_BUCKETS);
	let bias = 0;
	for (let pass = 0; pass < PASSES; pass++)
		for (const { features, blame } of examples) {
			let z = bias;
			for (const j of features) z += weights[j]!;
			const g = (1 / (1 + Math.exp(-z)) - Number(blame)) * (blame ? BLAME_WEIGHT : 1);
			bias -= RATE * g;
			for (const j of features) weights[j] = weights[j]! - RATE * (g + L2 * weights[j]!);
		}
	return encodeWeights(bias, weights);
}
