/**
 * The analyzer's learned parts: the second look (src/lib/analyzer/second-look.ts) and the blame,
 * heroism and trade-off sentence readers (blame-, heroism-, trade-off-sentences.ts) have the
 * weights the labelled answers, their marked sentences and the current rules train, and a verdict
 * it takes back stays on the page as a question with the rule's words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeAnswer } from '../../src/lib/analyzer.ts';
import { featuresOf, likelihood } from '../../src/lib/analyzer/second-look.ts';
import { WEIGHTS } from '../../src/lib/analyzer/second-look-weights.ts';
import { TRAINING_SETS, trainSecondLook, type LabelledAnswer } from '../../src/lib/analyzer/train-second-look.ts';
import { WITHDRAWN } from '../../src/lib/analyzer/withdraw.ts';
import { BLAME_SENTENCE_WEIGHTS } from '../../src/lib/analyzer/blame-sentence-weights.ts';
import { trainBlameSentences } from '../../src/lib/analyzer/train-blame-sentences.ts';
import { blameMarks, heroismMarks, keyedAnswers, tradeOffMarks } from '../../src/lib/analyzer/training-data.ts';
import { trainHeroismSentences } from '../../src/lib/analyzer/train-heroism-sentences.ts';
import { HEROISM_SENTENCE_WEIGHTS } from '../../src/lib/analyzer/heroism-sentence-weights.ts';
import { trainTradeOffSentences } from '../../src/lib/analyzer/train-trade-off-sentences.ts';
import { TRADE_OFF_SENTENCE_WEIGHTS } from '../../src/lib/analyzer/trade-off-sentence-weights.ts';
import { ROOT } from '../helpers/paths.ts';

const load = (set: string) =>
	JSON.parse(readFileSync(join(ROOT, 'test/fixtures/analyzer', `${set}.json`), 'utf8')) as (LabelledAnswer & {
		id: string;
		label: string;
	})[];

describe('the second look', () => {
	it('has the weights the labelled answers train with today’s rules (run scripts/train-second-look.ts if not)', () => {
		expect(trainSecondLook(TRAINING_SETS.flatMap(load))).toEqual(WEIGHTS);
	}, 60_000);

	it('has the blame reader’s weights that the marked sentences train (run scripts/train-second-look.ts if not)', () => {
		expect(trainBlameSentences(keyedAnswers(ROOT, TRAINING_SETS), blameMarks(ROOT))).toEqual(BLAME_SENTENCE_WEIGHTS);
	}, 60_000);

	it('has the heroism reader’s weights that the marked sentences train (run scripts/train-second-look.ts if not)', () => {
		expect(trainHeroismSentences(keyedAnswers(ROOT, TRAINING_SETS), heroismMarks(ROOT))).toEqual(HEROISM_SENTENCE_WEIGHTS);
	}, 60_000);

	it('has the trade-off reader’s weights that the marked sentences train (run scripts/train-second-look.ts if not)', () => {
		expect(trainTradeOffSentences(keyedAnswers(ROOT, TRAINING_SETS), tradeOffMarks(ROOT))).toEqual(TRADE_OFF_SENTENCE_WEIGHTS);
	}, 60_000);

	it('turns a verdict it finds unlikely into a question that keeps the rule’s message and words', () => {
		// Strong answers the rules alone gave a verdict, from a set it was trained on.
		const strong = TRAINING_SETS.flatMap(load).filter((f) => f.label === 'strong');
		const pairs = strong.flatMap((f) => {
			const rulesOnly = analyzeAnswer(f.text, { secondLook: false }).findings.filter((x) => x.kind === 'verdict');
			return rulesOnly.map((verdict) => ({
				verdict,
				after: analyzeAnswer(f.text).findings.find((x) => x.pitfall === verdict.pitfall)!,
			}));
		});
		const withdrawn = pairs.filter(({ after }) => after.kind === 'self-check');
		expect(withdrawn.length).toBeGreaterThan(0);
		for (const { verdict, after } of withdrawn) {
			expect(after.message).toBe(`${verdict.message} ${WITHDRAWN}`);
			expect(after.spans).toEqual(verdict.spans);
		}
	});

	it('never raises a verdict the rules did not give', () => {
		for (const f of load('held-out-6')) {
			const rules = new Set(
				analyzeAnswer(f.text, { secondLook: false })
					.findings.filter((x) => x.kind === 'verdict')
					.map((x) => x.pitfall),
			);
			for (const x of analyzeAnswer(f.text).findings.filter((x) => x.kind === 'verdict'))
				expect(rules.has(x.pitfall), f.id).toBe(true);
		}
	});

	it('reads the rules’ verdicts, counts and beats as features between 0 and 1', () => {
		const text = 'We moved the queue. We added a retry. It went really well.';
		const analysis = analyzeAnswer(text, { secondLook: false });
		const features = featuresOf(text, analysis, new Set(['plural-pronouns', 'vague-metrics']));
		expect(features.rules.slice(0, 6)).toEqual([0, 0, 0, 0, 1, 1]);
		expect(features.rules.every((x) => x >= 0 && x <= 1)).toBe(true);
		expect(new Set(features.words).size).toBe(features.words.length);
		expect(likelihood({ bias: 0, rules: [], words: [] }, features, new Map())).toBe(0.5);
	});
});
