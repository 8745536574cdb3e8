/**
 * Feedback on a written interview answer, computed in the browser: length and speaking time,
 * the STAR-TR beats it covers, the pitfalls it shows and the quantities it states. Pure and
 * synchronous, no DOM; the analyzer island calls `analyzeAnswer` on input and renders the result.
 *
 * Design:
 * - Everything points back into the original text with character offsets (`start`, `end`), so
 *   the page can highlight the sentences behind a beat and the words behind a finding.
 * - Rules are phrase lists and counts: each finding can say exactly what triggered it. They live
 *   in `analyzer/` (sentences, quantities, cues, beats, pitfalls), each tested alone. Blame and
 *   heroism, which phrases catch least, also have learned sentence readers
 *   (analyzer/blame-sentences.ts, heroism-sentences.ts) whose verdicts quote the sentence they
 *   read, and the trade-off beat has one that finds a weighed choice the cues miss
 *   (analyzer/trade-off-sentences.ts). A learned second look
 *   (analyzer/second-look.ts) may turn a verdict it finds unlikely into a question; it never raises
 *   one, so every verdict still quotes the words behind it.
 * - Precision over recall. The rules were tuned on hand-written answers in
 *   `test/fixtures/analyzer/` (written before the rules), with zero false alarms on strong answers
 *   as a hard requirement; the calibration test prints precision and recall per pitfall.
 * - No-trade-off and no-reflection are the absence of their beats, so the beat map and the
 *   findings never disagree. Sanitized-on-call and over-rehearsed are always self-check questions:
 *   whether "it was fine" is evasive depends on the question, and rehearsal is in the delivery.
 *   Passive ownership ("I was told to", "it was decided") is a self-check too, asked only when no
 *   decision of the candidate's follows: it links to the guide's section on it, not a pitfall page.
 * - The story editor's warnings are these verdicts on the story's assembled answer
 *   (src/lib/story-review.ts): one set of rules for both places.
 */
import { BEATS, type BeatId } from '../schemas/ids.ts';
import { detectBeats, type BeatCoverage } from './analyzer/beats.ts';
import { findPitfalls, GUIDE_FINDINGS, type Finding, type FindingId } from './analyzer/pitfalls.ts';
import { findQuantities, type Quantity } from './analyzer/quantities.ts';
import { SHIPPED_READERS, type SentenceReaders } from './analyzer/readers.ts';
import { splitSentences, type Sentence, type Span } from './analyzer/sentences.ts';
import { withdrawUnlikely } from './analyzer/withdraw.ts';
import { countWords } from './text.ts';
import { judgeLength, WORDS_PER_MINUTE, type LengthVerdict } from './timing.ts';

export type { BeatCoverage, Finding, FindingId, Quantity, Sentence };
export { GUIDE_FINDINGS };

/** A timing preset's windows in seconds, as in `content/timing/`. */
export interface TimingWindows {
	target: { min: number; max: number };
	thinBelow: number;
	tooLongAbove: number;
}

/** Options for `analyzeAnswer`. */
export interface AnalyzeOptions {
	/** Speaking pace used for the time estimate; 150 words a minute is a calm interview pace. */
	wordsPerMinute?: number;
	/** The timing preset the answer is judged against; without one, `pace` is null. */
	timing?: TimingWindows;
	/** True when the prompt is about on-call or a hard stretch; sharpens that self-check. */
	onCallPrompt?: boolean;
	/** False to skip the learned second look (analyzer/second-look.ts), as its training does. */
	secondLook?: boolean;
	/** Other weights for the sentence readers than the shipped ones: cross-validation reads each
	    labelled set with readers trained without it. */
	readers?: Partial<SentenceReaders> | undefined;
}

/** How the estimated speaking time sits against the timing preset. */
export type Pace = LengthVerdict;

/** Everything the analyzer page shows for one answer. */
export interface Analysis {
	words: number;
	seconds: number;
	wordsPerMinute: number;
	pace: Pace | null;
	sentences: Sentence[];
	beats: Record<BeatId, BeatCoverage>;
	findings: Finding[];
	quantities: Quantity[];
}

/** Where `seconds` falls in the preset's windows (the timer judges spoken lengths the same way). */
export const paceFor = (seconds: number, t: TimingWindows): Pace => judgeLength(seconds, t);

/** Analyses an answer: length, pace, beats, pitfall findings and quantities, with offsets. */
export function analyzeAnswer(original: string, options: AnalyzeOptions = {}): Analysis {
	const text = straightQuotes(original);
	const wordsPerMinute = options.wordsPerMinute && options.wordsPerMinute > 0 ? options.wordsPerMinute : WORDS_PER_MINUTE;
	const words = countWords(text);
	const seconds = Math.round((words / wordsPerMinute) * 60);
	const sentences = splitSentences(text);
	const quantities = findQuantities(text);
	const readers = { ...SHIPPED_READERS, ...options.readers };
	const beats = detectBeats(sentences, quantities, readers.tradeOff);
	const found =
		words === 0
			? []
			: findPitfalls({
					text,
					sentences,
					quantities,
					beats,
					onCallPrompt: options.onCallPrompt ?? false,
					blameReader: readers.blame,
					heroismReader: readers.heroism,
				});
	const findings = options.secondLook === false ? found : withdrawUnlikely(text, { sentences, quantities, beats }, found);
	// The page quotes the reader's own characters: the offsets are the same, so slice the original.
	const own = <T extends Span & { text: string }>(x: T): T => ({ ...x, text: original.slice(x.start, x.end) });
	return {
		words,
		seconds,
		wordsPerMinute,
		pace: options.timing ? paceFor(seconds, options.timing) : null,
		sentences: sentences.map(own),
		beats,
		findings,
		quantities: quantities.map(own),
	};
}

/**
 * The text with typographic quotes and apostrophes made plain, one character for one so every
 * offset still points into the original: the rules are written with "didn't", and an answer pasted
 * from a word processor says "didn’t".
 */
export const straightQuotes = (text: string) => text.replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"');

/**
 * The sentences the beat map quotes, at most `perBeat` a beat. Each sentence is quoted once, under
 * the first beat in spoken order that carries it, and a sentence repeated word for word (a paste
 * of two drafts) once: on a long paste the map stays a map, not the answer again.
 */
export function beatQuotes(analysis: Pick<Analysis, 'beats' | 'sentences'>, perBeat = 2): Record<BeatId, number[]> {
	const quoted = new Set<string>();
	const out = {} as Record<BeatId, number[]>;
	for (const beat of BEATS) {
		out[beat] = [];
		for (const i of analysis.beats[beat].sentences) {
			if (out[beat].length >= perBeat) break;
			const key = analysis.sentences[i]!.text.toLowerCase();
			if (quoted.has(key)) continue;
			quoted.add(key);
			out[beat].push(i);
		}
	}
	return out;
}

/** The quantities to list: each once (same words, same kind), the first `cap`, and how many more. */
export function listedQuantities(quantities: readonly Quantity[], cap = 12): { shown: Quantity[]; more: number } {
	const seen = new Set<string>();
	const unique = quantities.filter((q) => {
		const key = `${q.kind} ${q.text.toLowerCase().replace(/\s+/g, ' ')}`;
		return !seen.has(key) && !!seen.add(key);
	});
	return { shown: unique.slice(0, cap), more: Math.max(0, unique.length - cap) };
}
