/**
 * How the blame sentence reader's threshold was chosen: each labelled set is left out in turn, the
 * reader is trained on the others' marked sentences, and it reads the left-out set's answers. An
 * answer is given blame when one of its sentences reaches the threshold. Prints, pooled over every
 * set, the precision and recall of the reader alone and the strong answers it would give the verdict.
 *
 *   node scripts/cross-validate-blame-sentences.ts      (about half a minute)
 */
import { join } from 'node:path';
import {
	BLAME_SENTENCE_THRESHOLD,
	blameLikelihood,
	decodeWeights,
	sentenceFeatures,
} from '../src/lib/analyzer/blame-sentences.ts';
import { splitSentences } from '../src/lib/analyzer/sentences.ts';
import { trainBlameSentences } from '../src/lib/analyzer/train-blame-sentences.ts';
import { TRAINING_SETS } from '../src/lib/analyzer/train-second-look.ts';
import { blameMarks, keyedAnswers } from '../src/lib/analyzer/training-data.ts';

const ROOT = join(import.meta.dirname, '..');
const marks = blameMarks(ROOT);
const read: { likelihood: number; blame: boolean; strong: boolean }[] = [];
for (const left of TRAINING_SETS) {
	const weights = decodeWeights(
		trainBlameSentences(
			keyedAnswers(
				ROOT,
				TRAINING_SETS.filter((set) => set !== left),
			),
			marks,
		),
	);
	for (const answer of keyedAnswers(ROOT, [left]) as (ReturnType<typeof keyedAnswers>[number] & { label: string })[]) {
		const likelihood = Math.max(0, ...splitSentences(answer.text).map((s) => blameLikelihood(sentenceFeatures(s.text), weights)));
		read.push({ likelihood, blame: answer.expected.pitfalls.includes('blame'), strong: answer.label === 'strong' });
	}
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.table(
	[0.8, 0.9, 0.95, 0.97, 0.98, 0.99].map((threshold) => {
		const given = read.filter((r) => r.likelihood >= threshold);
		const tp = given.filter((r) => r.blame).length;
		return {
			threshold: threshold === BLAME_SENTENCE_THRESHOLD ? `${threshold} (shipped)` : String(threshold),
			precision: pct(tp / given.length),
			recall: pct(tp / read.filter((r) => r.blame).length),
			'strong answers given blame': `${given.filter((r) => r.strong).length} of ${read.filter((r) => r.strong).length}`,
		};
	}),
);
