/**
 * How the sentence readers' thresholds were chosen: each labelled set is left out in turn, the
 * readers are trained on the others' marked sentences, and they read the left-out set's answers.
 * Prints, pooled over every set:
 * - blame and heroism: the reader alone gives an answer the pitfall when one of its sentences
 *   reaches the threshold;
 * - trade-off: the rules (before the second look) with the reader beside them, an answer getting
 *   "no trade-off" when the rules find no trade-off and no sentence reaches `found`; `possible`
 *   shows what taking back the rules' trade-off would do when no sentence reaches it (not done).
 * Each shows precision, recall and the strong answers given the verdict.
 *
 *   node scripts/cross-validate-sentence-readers.ts      (about a minute)
 */
import { join } from 'node:path';
import { analyzeAnswer } from '../src/lib/analyzer.ts';
import { BLAME_SENTENCE_THRESHOLD } from '../src/lib/analyzer/blame-sentences.ts';
import { aboutTheSpeaker, HEROISM_SENTENCE_THRESHOLD } from '../src/lib/analyzer/heroism-sentences.ts';
import { decodeWeights, likeliestSentence } from '../src/lib/analyzer/sentence-reader.ts';
import { TRADE_OFF_FOUND } from '../src/lib/analyzer/trade-off-sentences.ts';
import { trainBlameSentences } from '../src/lib/analyzer/train-blame-sentences.ts';
import { trainHeroismSentences } from '../src/lib/analyzer/train-heroism-sentences.ts';
import { TRAINING_SETS } from '../src/lib/analyzer/train-second-look.ts';
import { trainTradeOffSentences } from '../src/lib/analyzer/train-trade-off-sentences.ts';
import { blameMarks, heroismMarks, keyedAnswers, tradeOffMarks } from '../src/lib/analyzer/training-data.ts';
import { splitSentences } from '../src/lib/analyzer/sentences.ts';

const ROOT = join(import.meta.dirname, '..');
/** One left-out answer: how likely each reader found its likeliest sentence, and what its author said. */
const read: {
	blame: number;
	heroism: number;
	tradeOff: number;
	byRules: boolean;
	pitfalls: readonly string[];
	strong: boolean;
}[] = [];
for (const left of TRAINING_SETS) {
	const others = keyedAnswers(
		ROOT,
		TRAINING_SETS.filter((set) => set !== left),
	);
	const blame = decodeWeights(trainBlameSentences(others, blameMarks(ROOT)));
	const heroism = decodeWeights(trainHeroismSentences(others, heroismMarks(ROOT)));
	const tradeOff = decodeWeights(trainTradeOffSentences(others, tradeOffMarks(ROOT)));
	// A reader with no weights leaves the rules' trade-off reading as it is.
	const rulesOnly = { bias: 0, weights: new Float32Array(0) };
	for (const answer of keyedAnswers(ROOT, [left]) as (ReturnType<typeof keyedAnswers>[number] & { label: string })[]) {
		const sentences = splitSentences(answer.text);
		read.push({
			blame: likeliestSentence(sentences, blame)?.likelihood ?? 0,
			heroism: likeliestSentence(sentences.filter(aboutTheSpeaker), heroism)?.likelihood ?? 0,
			tradeOff: likeliestSentence(sentences, tradeOff)?.likelihood ?? 0,
			byRules: analyzeAnswer(answer.text, { secondLook: false, readers: { tradeOff: rulesOnly } }).beats['trade-off'].covered,
			pitfalls: answer.expected.pitfalls,
			strong: answer.label === 'strong',
		});
	}
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
function judged(pitfall: string, given: (r: (typeof read)[number]) => boolean) {
	const kept = read.filter(given);
	const tp = kept.filter((r) => r.pitfalls.includes(pitfall)).length;
	return {
		precision: pct(tp / kept.length),
		recall: pct(tp / read.filter((r) => r.pitfalls.includes(pitfall)).length),
		'strong answers given it': `${kept.filter((r) => r.strong).length} of ${read.filter((r) => r.strong).length}`,
	};
}
const shipped = (value: number, ship: number) => (value === ship ? `${value} (shipped)` : String(value));

for (const [pitfall, shipping] of [
	['blame', BLAME_SENTENCE_THRESHOLD],
	['heroism', HEROISM_SENTENCE_THRESHOLD],
] as const) {
	console.log(`${pitfall}, the reader alone:`);
	console.table(
		[0.8, 0.9, 0.95, 0.97, 0.98, 0.99].map((threshold) => ({
			threshold: shipped(threshold, shipping),
			...judged(pitfall, (r) => r[pitfall] >= threshold),
		})),
	);
}
console.log('No trade-off, the rules checked by the reader:');
console.table([
	{ found: 'rules alone', possible: '', ...judged('no-trade-off', (r) => !r.byRules) },
	...[0.5, 0.7, 0.8, 0.9, 0.95].flatMap((found) =>
		[0, 0.02, 0.05, 0.1].map((possible) => ({
			found: shipped(found, TRADE_OFF_FOUND),
			possible: possible || '',
			...judged('no-trade-off', (r) => r.tradeOff < possible || (!r.byRules && r.tradeOff < found)),
		})),
	),
]);
