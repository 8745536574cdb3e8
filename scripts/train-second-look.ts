/**
 * Trains the analyzer's learned parts on the labelled answers and writes their weights: the
 * sentence readers first, src/lib/analyzer/blame-, heroism- and trade-off-sentence-weights.ts (from
 * the sentences marked in test/fixtures/analyzer/blame-, heroism- and trade-off-sentences.json),
 * then src/lib/analyzer/second-look-weights.ts.
 * Run it after changing the rules, the labelled sets or the marks:
 *
 *   node scripts/train-second-look.ts
 *
 * The second look reads what the rules find, the readers among them, so it is trained in a fresh
 * process once the readers' new weights are on disk. The unit tests retrain all three and fail
 * while any file is out of date.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainBlameSentences } from '../src/lib/analyzer/train-blame-sentences.ts';
import { trainHeroismSentences } from '../src/lib/analyzer/train-heroism-sentences.ts';
import { TRAINING_SETS, trainSecondLook } from '../src/lib/analyzer/train-second-look.ts';
import { trainTradeOffSentences } from '../src/lib/analyzer/train-trade-off-sentences.ts';
import { blameMarks, heroismMarks, keyedAnswers, tradeOffMarks } from '../src/lib/analyzer/training-data.ts';
import { sentenceWeightsModule, weightsModule } from '../src/lib/analyzer/weights-module.ts';

const ROOT = join(import.meta.dirname, '..');
const SECOND_LOOK_ONLY = '--second-look-only';

if (!process.argv.includes(SECOND_LOOK_ONLY)) {
	const answers = keyedAnswers(ROOT, TRAINING_SETS);
	const readers = [
		['blame', 'BLAME_SENTENCE_WEIGHTS', trainBlameSentences(answers, blameMarks(ROOT))],
		['heroism', 'HEROISM_SENTENCE_WEIGHTS', trainHeroismSentences(answers, heroismMarks(ROOT))],
		['trade-off', 'TRADE_OFF_SENTENCE_WEIGHTS', trainTradeOffSentences(answers, tradeOffMarks(ROOT))],
	] as const;
	for (const [reader, name, weights] of readers) {
		const out = join(ROOT, `src/lib/analyzer/${reader}-sentence-weights.ts`);
		writeFileSync(out, sentenceWeightsModule(name, weights));
		console.log(`Trained the ${reader} sentence reader on ${answers.length} answers; wrote ${out}.`);
	}
	const second = spawnSync(process.execPath, [import.meta.filename, SECOND_LOOK_ONLY], { stdio: 'inherit' });
	process.exit(second.status ?? 1);
} else {
	const answers = keyedAnswers(ROOT, TRAINING_SETS);
	const out = join(ROOT, 'src/lib/analyzer/second-look-weights.ts');
	writeFileSync(out, weightsModule(trainSecondLook(answers)));
	console.log(`Trained the second look on ${answers.length} answers; wrote ${out}.`);
}
