/**
 * The heroism sentence reader (src/lib/analyzer/heroism-sentences.ts): it gives nothing below its
 * threshold, leaves a sentence a lesson turns around, and where no rule fires its verdict quotes the
 * whole sentence it read as heroism, mostly where the answer's author saw heroism.
 */
import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/lib/analyzer.ts';
import { HEROISM_BUCKETS, heroicSentence } from '../../src/lib/analyzer/heroism-sentences.ts';
import { SHIPPED_READERS } from '../../src/lib/analyzer/readers.ts';
import { sentenceFeatures, type SentenceWeights } from '../../src/lib/analyzer/sentence-reader.ts';
import { splitSentences } from '../../src/lib/analyzer/sentences.ts';
import { TRAINING_SETS } from '../../src/lib/analyzer/train-second-look.ts';
import { keyedAnswers } from '../../src/lib/analyzer/training-data.ts';
import { ROOT } from '../helpers/paths.ts';

/** A reader sure of one sentence and of nothing else. */
function sureOf(sentence: string): SentenceWeights {
	const weights = new Float32Array(HEROISM_BUCKETS);
	const features = sentenceFeatures(sentence, HEROISM_BUCKETS);
	for (const j of features) weights[j] = 40 / features.length;
	return { bias: -20, weights };
}

const STORY = 'I owned the ticketing launch. I covered both holiday weeks on the rota. Sales held at 4,000 an hour.';
const HOLIDAYS = 'I covered both holiday weeks on the rota.';
const heroism = (text: string, reader: SentenceWeights) =>
	analyzeAnswer(text, { secondLook: false, readers: { heroism: reader } }).findings.find((f) => f.pitfall === 'heroism');

describe('reading heroism', () => {
	it('gives nothing when no sentence reaches the threshold', () => {
		const doubtful = { bias: -20, weights: new Float32Array(HEROISM_BUCKETS) };
		expect(heroicSentence(splitSentences(STORY), doubtful)).toBeUndefined();
		expect(heroism(STORY, doubtful)).toBeUndefined();
	});

	it('quotes the whole sentence it is sure of, where no rule fires', () => {
		const found = heroism(STORY, sureOf(HOLIDAYS));
		expect(found?.kind).toBe('verdict');
		expect(found!.spans.map((s) => STORY.slice(s.start, s.end))).toEqual([HOLIDAYS]);
	});

	it('leaves a sentence that a lesson about handing over turns around', () => {
		const text = `I owned the ticketing launch. Sales held at 4,000 an hour. ${HOLIDAYS} Since then I page the secondary at minute five.`;
		expect(heroism(text, sureOf(HOLIDAYS))).toBeUndefined();
	});
});

describe('the weights as shipped', () => {
	it('give heroism where no rule does, mostly where the answer’s author saw it', () => {
		const silent: SentenceWeights = { bias: -20, weights: new Float32Array(0) };
		const added = keyedAnswers(ROOT, TRAINING_SETS).filter(
			(answer) => !heroism(answer.text, silent) && heroism(answer.text, SHIPPED_READERS.heroism),
		);
		expect(added.length).toBeGreaterThan(10);
		const agreed = added.filter((answer) => answer.expected.pitfalls.includes('heroism'));
		expect(agreed.length / added.length).toBeGreaterThan(0.9);
	});
});
