/**
 * The trade-off sentence reader (src/lib/analyzer/trade-off-sentences.ts): it adds to the rules'
 * reading of the trade-off beat and never takes one away, the beat map quotes the sentence it found,
 * and the shipped weights find trade-offs the rules miss in the labelled answers, mostly where the
 * answers' authors saw one.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/lib/analyzer.ts';
import { SHIPPED_READERS } from '../../src/lib/analyzer/readers.ts';
import { sentenceFeatures, type SentenceWeights } from '../../src/lib/analyzer/sentence-reader.ts';
import { splitSentences } from '../../src/lib/analyzer/sentences.ts';
import { TRADE_OFF_BUCKETS, readTradeOff } from '../../src/lib/analyzer/trade-off-sentences.ts';
import { TRAINING_SETS } from '../../src/lib/analyzer/train-second-look.ts';
import { keyedAnswers } from '../../src/lib/analyzer/training-data.ts';
import { ROOT } from '../helpers/paths.ts';

/** A reader sure of one sentence and of nothing else. */
function sureOf(sentence: string): SentenceWeights {
	const weights = new Float32Array(TRADE_OFF_BUCKETS);
	const features = sentenceFeatures(sentence, TRADE_OFF_BUCKETS);
	for (const j of features) weights[j] = 40 / features.length;
	return { bias: -20, weights };
}
const doubtful: SentenceWeights = { bias: -20, weights: new Float32Array(TRADE_OFF_BUCKETS) };

const STORY = 'I owned the billing export. I kept the nightly batch for another quarter. The export ran in four minutes.';
const KEPT = 'I kept the nightly batch for another quarter.';

describe('reading the trade-off beat', () => {
	it('keeps the sentences the rules found, however unlikely the reader finds them', () => {
		const sentences = splitSentences('I owned it. I added quotas rather than raising the limit.');
		expect(readTradeOff(sentences, [1], doubtful)).toEqual({ covered: true, sentences: [1] });
	});

	it('finds no trade-off where neither the rules nor the reader do', () => {
		expect(readTradeOff(splitSentences(STORY), [], doubtful)).toEqual({ covered: false, sentences: [] });
	});

	it('covers the beat with the sentence the reader is sure of, where no rule fired', () => {
		expect(readTradeOff(splitSentences(STORY), [], sureOf(KEPT))).toEqual({ covered: true, sentences: [1] });
	});

	it('shows that sentence in the beat map and gives no "no trade-off" verdict', () => {
		const verdicts = (readers: { tradeOff: SentenceWeights }) =>
			analyzeAnswer(STORY, { readers })
				.findings.filter((f) => f.kind === 'verdict')
				.map((f) => f.pitfall);
		expect(verdicts({ tradeOff: doubtful })).toContain('no-trade-off');
		expect(verdicts({ tradeOff: sureOf(KEPT) })).not.toContain('no-trade-off');
		const beat = analyzeAnswer(STORY, { readers: { tradeOff: sureOf(KEPT) } }).beats['trade-off'];
		expect(beat).toEqual({ covered: true, sentences: [1] });
	});
});

describe('the weights as shipped', () => {
	it('find trade-offs the rules miss, mostly where the answer’s author saw one', () => {
		// With a reader that finds nothing, the beat is the rules' alone.
		const rulesOnly: SentenceWeights = { bias: 0, weights: new Float32Array(0) };
		const added = keyedAnswers(ROOT, TRAINING_SETS).filter(
			(answer) =>
				!analyzeAnswer(answer.text, { secondLook: false, readers: { tradeOff: rulesOnly } }).beats['trade-off'].covered &&
				analyzeAnswer(answer.text, { secondLook: false, readers: SHIPPED_READERS }).beats['trade-off'].covered,
		);
		expect(added.length).toBeGreaterThan(20);
		const agreed = added.filter((answer) => !answer.expected.pitfalls.includes('no-trade-off'));
		expect(agreed.length / added.length).toBeGreaterThan(0.9);
	});
});
