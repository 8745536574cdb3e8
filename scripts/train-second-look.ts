/**
 * Trains the analyzer's learned parts on the labelled answers and writes their weights:
 * src/lib/analyzer/blame-sentence-weights.ts (the blame sentence reader, from the sentences marked
 * in test/fixtures/analyzer/blame-sentences.json), then src/lib/analyzer/second-look-weights.ts.
 * Run it after changing the rules, the labelled sets or the marks:
 *
 *   node scripts/train-second-look.ts
 *
 * The second look reads what the rules find, the blame reader among them, so it is trained in a
 * fresh process once the reader's new weights are on disk. The unit tests retrain both and fail
 * while either file is out of date.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainBlameSentences } from '../src/lib/analyzer/train-blame-sentences.ts';
import { TRAINING_SETS, trainSecondLook } from '../src/lib/analyzer/train-second-look.ts';
import { blameWeightsModule, weightsModule } from '../src/lib/analyzer/weights-module.ts';
import { blameMarks, keyedAnswers } from '../src/lib/analyzer/training-data.ts';

const ROOT = join(import.meta.dirname, '..');
const SECOND_LOOK_ONLY = '--second-look-only';

if (!process.argv.includes(SECOND_LOOK_ONLY)) {
	const answers = keyedAnswers(ROOT, TRAINING_SETS);
	const out = join(ROOT, 'src/lib/analyzer/blame-sentence-weights.ts');
	writeFileSync(out, blameWeightsModule(trainBlameSentences(answers, blameMarks(ROOT))));
	console.log(`Trained the blame sentence reader on ${answers.length} answers; wrote ${out}.`);
	const second = spawnSync(process.execPath, [import.meta.filename, SECOND_LOOK_ONLY], { stdio: 'inherit' });
	process.exit(second.status ?? 1);
} else {
	const answers = keyedAnswers(ROOT, TRAINING_SETS);
	const out = join(ROOT, 'src/lib/analyzer/second-look-weights.ts');
	writeFileSync(out, weightsModule(trainSecondLook(answers)));
	console.log(`Trained the second look on ${answers.length} answers; wrote ${out}.`);
}
