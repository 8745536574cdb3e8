/**
 * The learned trade-off reader (the shape is in sentence-reader.ts). A trade-off is told in as many
 * ways as there are decisions ("two minutes against twenty", "the export waited a month", "a
 * rewrite would have taken the quarter"), and the phrase rules in beats.ts miss some. The reader
 * was trained on the sentences that interviewers marked as stating the trade-off in the labelled
 * answers that have one (test/fixtures/analyzer/trade-off-sentences.json), against every sentence
 * of the answers without one and, counting for less, the unmarked sentences of those with one.
 *
 * It finds what the rules miss; it does not replace them: an answer weighs an option when the rules
 * find one, or when the reader is sure of one they missed. The weights
 * (trade-off-sentence-weights.ts) are trained by scripts/train-second-look.ts; a test retrains them
 * and fails when the file no longer matches.
 */
import { likeliestSentence, type SentenceWeights } from './sentence-reader.ts';
import type { Sentence } from './sentences.ts';

/** Hash buckets for a sentence's words: 2^14, half the blame reader's. Leaving each set out in turn,
    2^13 told trade-offs as well, but with its collisions it gave sentences the unit tests call no
    trade-off ("The only option we had left was a restart") 0.9 and more; 2^14 gives them under 0.75. */
export const TRADE_OFF_BUCKETS = 1 << 14;

/**
 * At or above this likelihood a sentence is a trade-off whatever the rules say. High, because the
 * reader goes by words: it gives "I rolled back the deploy" better than even odds, a rollback being
 * the choice so many answers weigh. Leaving each labelled set out in turn
 * (scripts/cross-validate-sentence-readers.ts), 0.9 took the strong answers the rules alone give
 * "no trade-off" from 11 of 396 to 5, and precision from 82% to 87%, at 3 points of recall. The
 * reader does not overrule the rules the other way, taking back a trade-off they found when no
 * sentence reads as one: that was right about as often as it was wrong.
 */
export const TRADE_OFF_FOUND = 0.9;

/** What the reader makes of an answer, given the sentences (indices) the rules read as weighing. */
export function readTradeOff(
	sentences: readonly Sentence[],
	byRules: readonly number[],
	reader: SentenceWeights,
): { covered: boolean; sentences: number[] } {
	if (byRules.length) return { covered: true, sentences: [...byRules] };
	const best = likeliestSentence(sentences, reader);
	if (best && best.likelihood >= TRADE_OFF_FOUND) return { covered: true, sentences: [sentences.indexOf(best.sentence)] };
	return { covered: false, sentences: [] };
}
