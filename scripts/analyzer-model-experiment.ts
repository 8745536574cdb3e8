/**
 * An experiment, not part of the site: would a small learned layer judge answers the rules have not
 * seen better than the rules alone? (Issue #15's target: 85% precision and recall on fresh answers,
 * no verdict on a strong one.) For each verdict pitfall it trains a logistic regression on the
 * labelled sets in test/fixtures/analyzer/ and scores answers it was not trained on.
 *
 *   node scripts/analyzer-model-experiment.ts            leave one set out (held-out-3, -4, -5)
 *   node scripts/analyzer-model-experiment.ts --test     train on all but held-out-6, score held-out-6
 *
 * Three feature sets, each printed: `words` (hashed word unigrams and bigrams), `rules` (the rules'
 * own verdicts, I- and we-step counts, beats covered, quantities) and `both`. The rules were tuned on
 * every set but held-out-6, so only `words` is a clean measure when a set is left out, and only
 * held-out-6 is clean for all three. A fourth line, `veto`, keeps a rule's verdict only where the
 * `both` model gives it at least 0.2: the learned layer can only take a verdict away, so every
 * verdict left still has the rule's words behind it. On 2026-12-03 held-out-6 gave (precision,
 * recall, strong answers flagged): the rules as shipped, and the `rules` model alike, 82%, 71%, 6 of
 * 18; `words` 97%, 56%, 0; `both` 95%, 64%, 1; `veto` 98%, 59%, 1. A learned layer fixes precision and the strong answers; recall
 * needs more signal than either holds. held-out-6 has now been looked at for all four, so a
 * shipped model needs a fresh set to be measured on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeAnswer } from '../src/lib/analyzer.ts';
import { BUCKETS, featuresOf, VERDICT_PITFALLS as PITFALLS } from '../src/lib/analyzer/second-look.ts';
import type { PitfallId } from '../src/schemas/ids.ts';

const FIXTURES = join(import.meta.dirname, '../test/fixtures/analyzer');
const TRAINING = [
	'answers',
	'held-out',
	'held-out-2',
	'held-out-3',
	'held-out-4',
	'held-out-5',
	'tuning-3',
	'tuning-4',
	'tuning-5',
];
const LEFT_OUT = ['held-out-3', 'held-out-4', 'held-out-5'];
type Features = 'words' | 'rules' | 'both' | 'veto';

interface Fixture {
	id: string;
	label: 'strong' | 'weak' | 'borderline';
	text: string;
	expected: { pitfalls: string[] };
}
interface Example {
	set: string;
	strong: boolean;
	labels: number[];
	words: number[];
	rules: number[];
}

// The features are the shipped second look's (src/lib/analyzer/second-look.ts), read from the
// rules alone, so the experiment and the site never measure different things.
function example(set: string, f: Fixture): Example {
	const analysis = analyzeAnswer(f.text, { secondLook: false });
	const verdicts = new Set(analysis.findings.filter((x) => x.kind === 'verdict').map((x) => x.pitfall as PitfallId));
	const { words, rules } = featuresOf(f.text, analysis, verdicts);
	return {
		set,
		strong: f.label === 'strong',
		labels: PITFALLS.map((p) => Number(f.expected.pitfalls.includes(p))),
		words,
		rules,
	};
}

const load = (set: string): Example[] =>
	(JSON.parse(readFileSync(join(FIXTURES, `${set}.json`), 'utf8')) as Fixture[]).map((f) => example(set, f));

/** Logistic regression by plain stochastic gradient descent: 40 passes, a light L2 penalty. */
function train(examples: Example[], pitfall: number, features: Features) {
	const words = new Float64Array(BUCKETS);
	const rules = new Float64Array(examples[0]!.rules.length);
	let bias = 0;
	const useWords = features !== 'rules';
	const useRules = features !== 'words';
	const threshold = features === 'veto' ? 0.2 : 0.5;
	const logit = (e: Example) => {
		let z = bias;
		if (useWords) for (const j of e.words) z += words[j]!;
		if (useRules) e.rules.forEach((x, j) => (z += rules[j]! * x));
		return z;
	};
	const [rate, l2] = [0.2, 1e-4];
	for (let pass = 0; pass < 40; pass++)
		for (const e of examples) {
			const g = 1 / (1 + Math.exp(-logit(e))) - e.labels[pitfall]!;
			bias -= rate * g;
			if (useWords) for (const j of e.words) words[j] = words[j]! - rate * (g + l2 * words[j]!);
			if (useRules) e.rules.forEach((x, j) => (rules[j] = rules[j]! - rate * (g * x + l2 * rules[j]!)));
		}
	const likely = (e: Example) => 1 / (1 + Math.exp(-logit(e))) >= threshold;
	// The veto: the rule must have given the verdict (its first features are the rules' verdicts).
	return features === 'veto' ? (e: Example) => e.rules[pitfall] === 1 && likely(e) : likely;
}

function score(training: Example[], test: Example[], features: Features) {
	let [tp, fp, fn] = [0, 0, 0];
	const flagged = new Set<Example>();
	PITFALLS.forEach((_, k) => {
		const raises = train(training, k, features);
		for (const e of test) {
			const raised = raises(e);
			if (raised && e.labels[k]) tp++;
			else if (raised) fp++;
			else if (e.labels[k]) fn++;
			if (raised && e.strong) flagged.add(e);
		}
	});
	const pct = (x: number) => `${Math.round(x * 100)}%`;
	return `precision ${pct(tp / (tp + fp))}, recall ${pct(tp / (tp + fn))}, strong flagged ${flagged.size} of ${test.filter((e) => e.strong).length}`;
}

const sets = new Map(TRAINING.map((s) => [s, load(s)]));
const everything = [...sets.values()].flat();
for (const features of ['words', 'rules', 'both', 'veto'] as const) {
	if (process.argv.includes('--test')) console.log(`${features}, held-out-6: ${score(everything, load('held-out-6'), features)}`);
	else
		for (const out of LEFT_OUT)
			console.log(
				`${features}, ${out} left out: ${score(
					everything.filter((e) => e.set !== out),
					sets.get(out)!,
					features,
				)}`,
			);
}
