/**
 * How the second look's threshold was chosen: each training set is left out in turn, the sentence
 * readers and then the second look are trained on the others, and the left-out set is read by
 * those readers and judged by that second look. Prints precision, recall and the strong answers
 * still given a verdict at each threshold, pooled over every set; threshold 0 is the rules and the
 * readers with no second look, and a table per pitfall follows at the shipped threshold. The rules were tuned by hand on these sets, so the
 * figures measure the learned parts, not the rules.
 *
 *   node scripts/cross-validate-second-look.ts      (about five minutes)
 */
import { join } from 'node:path';
import { analyzeAnswer } from '../src/lib/analyzer.ts';
import { featuresOf, likelihood, THRESHOLD, VERDICT_PITFALLS } from '../src/lib/analyzer/second-look.ts';
import { TRAINING_SETS, trainSecondLook } from '../src/lib/analyzer/train-second-look.ts';
import { blameMarks, heroismMarks, keyedAnswers, tradeOffMarks } from '../src/lib/analyzer/training-data.ts';
import { decodeWeights } from '../src/lib/analyzer/sentence-reader.ts';
import { trainBlameSentences } from '../src/lib/analyzer/train-blame-sentences.ts';
import { trainHeroismSentences } from '../src/lib/analyzer/train-heroism-sentences.ts';
import { trainTradeOffSentences } from '../src/lib/analyzer/train-trade-off-sentences.ts';
import type { PitfallId } from '../src/schemas/ids.ts';

const ROOT = join(import.meta.dirname, '..');
const sets = new Map(
	TRAINING_SETS.map((set) => [set, keyedAnswers(ROOT, [set]) as (ReturnType<typeof keyedAnswers>[number] & { label: string })[]]),
);

/** One rule verdict on a left-out answer: how likely the second look found it, and whether the author agreed. */
const verdicts: { pitfall: PitfallId; likelihood: number; agreed: boolean; strongAnswer: string | null }[] = [];
const missedByRules = new Map<PitfallId, number>();
for (const left of TRAINING_SETS) {
	const others = TRAINING_SETS.filter((set) => set !== left).flatMap((set) => sets.get(set)!);
	const readers = {
		blame: decodeWeights(trainBlameSentences(others, blameMarks(ROOT))),
		heroism: decodeWeights(trainHeroismSentences(others, heroismMarks(ROOT))),
		tradeOff: decodeWeights(trainTradeOffSentences(others, tradeOffMarks(ROOT))),
	};
	const weights = trainSecondLook(others, readers);
	const words = Object.fromEntries(VERDICT_PITFALLS.map((p) => [p, new Map(weights[p].words)]));
	for (const answer of sets.get(left)!) {
		const analysis = analyzeAnswer(answer.text, { secondLook: false, readers });
		const found = new Set(analysis.findings.filter((f) => f.kind === 'verdict').map((f) => f.pitfall as PitfallId));
		const features = featuresOf(answer.text, analysis, found);
		for (const pitfall of VERDICT_PITFALLS) {
			const agreed = answer.expected.pitfalls.includes(pitfall);
			if (!found.has(pitfall)) missedByRules.set(pitfall, (missedByRules.get(pitfall) ?? 0) + Number(agreed));
			else
				verdicts.push({
					pitfall,
					likelihood: likelihood(weights[pitfall], features, words[pitfall]!),
					agreed,
					strongAnswer: answer.label === 'strong' ? answer.key : null,
				});
		}
	}
	console.log(`left out ${left}`);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
/** Precision, recall and strong answers given a verdict, over `pitfalls`, keeping verdicts at or above `threshold`. */
function judged(threshold: number, pitfalls: readonly PitfallId[]) {
	const mine = verdicts.filter((v) => pitfalls.includes(v.pitfall));
	const kept = mine.filter((v) => v.likelihood >= threshold);
	const tp = kept.filter((v) => v.agreed).length;
	const missed = pitfalls.reduce((n, p) => n + (missedByRules.get(p) ?? 0), 0);
	const fn = missed + mine.filter((v) => v.agreed && v.likelihood < threshold).length;
	return {
		precision: pct(tp / kept.length),
		recall: pct(tp / (tp + fn)),
		'strong answers given a verdict': new Set(kept.flatMap((v) => (v.strongAnswer ? [v.strongAnswer] : []))).size,
	};
}
console.table(
	[0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5].map((threshold) => ({
		threshold: threshold === THRESHOLD ? `${threshold} (shipped)` : String(threshold),
		...judged(threshold, VERDICT_PITFALLS),
	})),
);
console.table(VERDICT_PITFALLS.map((pitfall) => ({ pitfall, ...judged(THRESHOLD, [pitfall]) })));
