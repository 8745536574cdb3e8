/**
 * Trains the analyzer's second look on the labelled answers and writes
 * src/lib/analyzer/second-look-weights.ts. Run it after changing the rules or the labelled sets:
 *
 *   node scripts/train-second-look.ts
 *
 * The calibration test retrains and fails while the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TRAINING_SETS, trainSecondLook, type LabelledAnswer } from '../src/lib/analyzer/train-second-look.ts';
import { weightsModule } from '../src/lib/analyzer/weights-module.ts';

const ROOT = join(import.meta.dirname, '..');
const answers = TRAINING_SETS.flatMap(
	(set) => JSON.parse(readFileSync(join(ROOT, 'test/fixtures/analyzer', `${set}.json`), 'utf8')) as LabelledAnswer[],
);
const out = join(ROOT, 'src/lib/analyzer/second-look-weights.ts');
writeFileSync(out, weightsModule(trainSecondLook(answers)));
console.log(`Trained on ${answers.length} answers; wrote ${out}.`);
