/**
 * How the second look's threshold was chosen: each training set is left out in turn, the second
 * look is trained on the others, and it judges the left-out set's rule verdicts. Prints precision,
 * recall and the strong answers still given a verdict at each threshold, pooled over every set.
 * The rules were tuned on these sets, so the figures measure the second look, not the rules.
 *
 *   node scripts/cross-validate-second-look.ts      (about five minutes)
 */
import { join } from 'node:path';
import { analyzeAnswer } from '../src/lib/analyzer.ts';
import { featuresOf, likelihood, THRESHOLD, VERDICT_PITFALLS } from '../src/lib/analyzer/second-look.ts';
import { TRAINING_SETS, trainSecondLook } from '../src/lib/analyzer/train-second-look.ts';
import { keyedAnswers } from '../src/lib/analyzer/training-data.ts';
import type { PitfallId } from '../src/schemas/ids.ts';

const ROOT = join(import.meta.dirname, '..');
const sets = new Map(
	TRAINING_SETS.map((set) => [set, keyedAnswers(ROOT, [set]) as (ReturnType<typeof keyedAnswers>[number] & { label: string })[]]),
);

/** One rule verdict on a left-out answer: how likely the second look found it, and whether the author agreed. */
const verdicts: { likelihood: number; agreed: boolean; strongAnswer: string | null }[] = [];
let missedByRules = 0;
for (const left of TRAINING_SETS) {
	const weights = trainSecondLook(TRAINING_SETS.filter((set) => set !== left).flatMap((set) => sets.get(set)!));
	const words = Object.fromEntries(VERDICT_PITFALLS.map((p) => [p, new Map(weights[p].words)]));
	for (const answer of sets.get(left)!) {
		const analysis = analyzeAnswer(answer.text, { secondLook: false });
		const found = new Set(analysis.findings.filter((f) => f.kind === 'verdict').map((f) => f.pitfall as PitfallId));
		const features = featuresOf(answer.text, analysis, found);
		for (const pitfall of VERDICT_PITFALLS) {
			const agreed = answer.expected.pitfalls.includes(pitfall);
			if (!found.has(pitfall)) missedByRules += Number(agreed);
			else
				verdicts.push({
					likelihood: likelihood(weights[pitfall], features, words[pitfall]!),
					agreed,
					strongAnswer: answer.label === 'strong' ? answer.key : null,
				});
		}
	}
	console.log(`left out ${left}`);
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const rows = [0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5].map((threshold) => {
	const kept = verdicts.filter((v) => v.likelihood >= threshold);
	const tp = kept.filter((v) => v.agreed).length;
	const fn = missedByRules + verdicts.filter((v) => v.agreed && v.likelihood < threshold).length;
	return {
		threshold: threshold === THRESHOLD ? `${threshold} (shipped)` : String(threshold),
		precision: pct(tp / kept.length),
		recall: pct(tp / (tp + fn)),
		'strong answers given a verdict': new Set(kept.flatMap((v) => (v.strongAnswer ? [v.strongAnswer] : []))).size,
	};
});
console.table(rows);
