/**
 * Trains the second look's weights (second-look.ts) from labelled answers. Not loaded by the site:
 * scripts/train-second-look.ts writes its output to second-look-weights.ts, and the calibration
 * test retrains to check that file is current. Plain stochastic gradient descent over the answers
 * in a fixed order, so the same answers and rules always give the same weights.
 */
import { analyzeAnswer } from '../analyzer.ts';
import type { SentenceReaders } from './readers.ts';
import type { PitfallId } from '../../schemas/ids.ts';
import { featuresOf, VERDICT_PITFALLS, type Features, type PitfallWeights, type VerdictPitfall } from './second-look.ts';

/** A labelled answer, as in test/fixtures/analyzer/. */
export interface LabelledAnswer {
	text: string;
	expected: { pitfalls: readonly string[] };
}

/** The sets trained on, in order: every labelled set but the fresh one the analyzer is measured on. */
export const TRAINING_SETS = [
	'answers',
	'held-out',
	'held-out-2',
	'held-out-3',
	'held-out-4',
	'held-out-5',
	'held-out-6',
	'held-out-7',
	'held-out-8',
	'held-out-9',
	'held-out-10',
	'held-out-11',
	'held-out-12',
	'held-out-13',
	'tuning-3',
	'tuning-4',
	'tuning-5',
	'training-9',
	'training-10',
] as const;

const PASSES = 40;
const RATE = 0.2;
const L2 = 1e-4;
/** Words kept per pitfall, by the size of their weight: the rest are dropped to keep the file small. */
const WORDS_KEPT = 200;
const round = (x: number) => Math.round(x * 1e3) / 1e3;

/** The features of an answer as the rules see it before the second look. */
function featuresFor(text: string, readers?: SentenceReaders): Features {
	const analysis = analyzeAnswer(text, { secondLook: false, readers });
	const verdicts = new Set<PitfallId>(analysis.findings.filter((f) => f.kind === 'verdict').map((f) => f.pitfall as PitfallId));
	return featuresOf(text, analysis, verdicts);
}

/** Weights for each verdict pitfall, trained on `answers` as the rules read them with `readers` (the shipped ones by default). */
export function trainSecondLook(
	answers: readonly LabelledAnswer[],
	readers?: SentenceReaders,
): Record<VerdictPitfall, PitfallWeights> {
	const examples = answers.map((a) => ({ features: featuresFor(a.text, readers), pitfalls: new Set(a.expected.pitfalls) }));
	const out = {} as Record<VerdictPitfall, PitfallWeights>;
	for (const pitfall of VERDICT_PITFALLS) {
		const words = new Map<number, number>();
		const rules = new Array<number>(examples[0]!.features.rules.length).fill(0);
		let bias = 0;
		const logit = ({ words: ws, rules: rs }: Features) =>
			ws.reduce((z, j) => z + (words.get(j) ?? 0), bias) + rs.reduce((z, x, j) => z + rules[j]! * x, 0);
		for (let pass = 0; pass < PASSES; pass++)
			for (const { features, pitfalls } of examples) {
				const g = 1 / (1 + Math.exp(-logit(features))) - Number(pitfalls.has(pitfall));
				bias -= RATE * g;
				for (const j of features.words) {
					const w = words.get(j) ?? 0;
					words.set(j, w - RATE * (g + L2 * w));
				}
				features.rules.forEach((x, j) => (rules[j] = rules[j]! - RATE * (g * x + L2 * rules[j]!)));
			}
		const kept = [...words]
			.filter(([, w]) => w !== 0)
			.sort(([ja, a], [jb, b]) => Math.abs(b) - Math.abs(a) || ja - jb)
			.slice(0, WORDS_KEPT)
			.sort(([a], [b]) => a - b)
			.map(([j, w]): [number, number] => [j, round(w)]);
		out[pitfall] = { bias: round(bias), rules: rules.map(round), words: kept };
	}
	return out;
}
