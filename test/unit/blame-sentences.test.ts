/**
 * The blame sentence reader (src/lib/analyzer/blame-sentences.ts): its shipped weights survive
 * their one-byte encoding, it reads a sentence that pins a problem on someone else as blame and a
 * neutral one as not, and its verdict quotes the whole sentence it read.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/lib/analyzer.ts';
import { BLAME_SENTENCE_WEIGHTS } from '../../src/lib/analyzer/blame-sentence-weights.ts';
import { BLAME_BUCKETS, BLAME_SENTENCE_THRESHOLD, blamingSentence } from '../../src/lib/analyzer/blame-sentences.ts';
import { decodeWeights, encodeWeights, sentenceFeatures, sentenceLikelihood } from '../../src/lib/analyzer/sentence-reader.ts';
import { splitSentences } from '../../src/lib/analyzer/sentences.ts';
import { TRAINING_SETS } from '../../src/lib/analyzer/train-second-look.ts';
import { keyedAnswers } from '../../src/lib/analyzer/training-data.ts';
import { ROOT } from '../helpers/paths.ts';

const reader = decodeWeights(BLAME_SENTENCE_WEIGHTS);

describe('the weights as shipped', () => {
	it('hold one weight per bucket, each within half a step of the weight encoded', () => {
		expect(reader.weights.length).toBe(BLAME_BUCKETS);
		const weights = Array.from({ length: 300 }, (_, i) => Math.sin(i) * 2.5);
		const encoded = encodeWeights(-1.25, weights);
		const decoded = decodeWeights(encoded);
		expect(decoded.bias).toBe(-1.25);
		weights.forEach((w, i) => expect(Math.abs(decoded.weights[i]! - w)).toBeLessThanOrEqual(encoded.scale / 2 + 1e-6));
	});
});

describe('reading a sentence', () => {
	it('sets buckets for the words, the word pairs and whom the sentence is about, each once', () => {
		const features = sentenceFeatures('They shipped it on a Friday, they always do.', BLAME_BUCKETS);
		expect(new Set(features).size).toBe(features.length);
		expect(features.every((j) => j >= 0 && j < BLAME_BUCKETS)).toBe(true);
		expect(sentenceFeatures('They shipped it.', BLAME_BUCKETS)).not.toEqual(sentenceFeatures('I shipped it.', BLAME_BUCKETS));
	});

	it('gives nothing when no sentence reaches the threshold', () => {
		const neutral = { bias: -10, weights: new Float32Array(BLAME_BUCKETS) };
		expect(blamingSentence(splitSentences('The vendor was slow. We waited.'), neutral)).toBeUndefined();
		expect(sentenceLikelihood(sentenceFeatures('anything', BLAME_BUCKETS), neutral)).toBeLessThan(BLAME_SENTENCE_THRESHOLD);
	});

	it('quotes the whole sentence it reads as blame, where no phrase rule fires', () => {
		// Answers the rules' phrases leave alone but the reader gives blame, from the sets it was trained on.
		const read = keyedAnswers(ROOT, TRAINING_SETS).flatMap((answer) => {
			const sentences = splitSentences(answer.text);
			const sentence = blamingSentence(sentences, reader);
			return sentence ? [{ answer, sentence }] : [];
		});
		expect(read.length).toBeGreaterThan(50);
		const agreed = read.filter(({ answer }) => answer.expected.pitfalls.includes('blame'));
		expect(agreed.length / read.length).toBeGreaterThan(0.95);
		let quotedWhole = 0;
		for (const { answer, sentence } of read) {
			const blame = analyzeAnswer(answer.text, { secondLook: false }).findings.find((f) => f.pitfall === 'blame');
			expect(blame, answer.key).toBeDefined();
			// Either a rule's words or, where no rule fired, the reader's whole sentence and nothing else.
			const quoted = blame!.spans.map((s) => answer.text.slice(s.start, s.end));
			if (quoted.includes(sentence.text)) {
				expect(quoted).toEqual([sentence.text]);
				quotedWhole++;
			}
		}
		expect(quotedWhole).toBeGreaterThan(0);
	});
});
