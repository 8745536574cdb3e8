/** The learned sentence readers' weights as shipped, decoded once (sentence-reader.ts). */
import { BLAME_SENTENCE_WEIGHTS } from './blame-sentence-weights.ts';
import { HEROISM_SENTENCE_WEIGHTS } from './heroism-sentence-weights.ts';
import { decodeWeights, type SentenceWeights } from './sentence-reader.ts';
import { TRADE_OFF_SENTENCE_WEIGHTS } from './trade-off-sentence-weights.ts';

/** The weights of the blame, heroism and trade-off readers (blame-, heroism-, trade-off-sentences.ts). */
export interface SentenceReaders {
	blame: SentenceWeights;
	heroism: SentenceWeights;
	tradeOff: SentenceWeights;
}

export const SHIPPED_READERS: SentenceReaders = {
	blame: decodeWeights(BLAME_SENTENCE_WEIGHTS),
	heroism: decodeWeights(HEROISM_SENTENCE_WEIGHTS),
	tradeOff: decodeWeights(TRADE_OFF_SENTENCE_WEIGHTS),
};
