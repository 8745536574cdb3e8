/**
 * Applies the second look (second-look.ts) to the rules' findings: a verdict the weights find
 * unlikely becomes a self-check question, with the rule's message and words kept, so the reader
 * still sees what the rule noticed but is not told it is wrong.
 */
import type { BeatId, PitfallId } from '../../schemas/ids.ts';
import type { BeatCoverage } from './beats.ts';
import type { Finding } from './pitfalls.ts';
import type { Quantity } from './quantities.ts';
import { featuresOf, likelihood, THRESHOLD, VERDICT_PITFALLS, type VerdictPitfall } from './second-look.ts';
import { WEIGHTS } from './second-look-weights.ts';
import type { Sentence } from './sentences.ts';

const WORDS = Object.fromEntries(VERDICT_PITFALLS.map((p) => [p, new Map(WEIGHTS[p].words)])) as Record<
	VerdictPitfall,
	Map<number, number>
>;

/** Said after a verdict the second look took back. */
export const WITHDRAWN = 'Less certain here: answers worded like this one were often fine, so judge it yourself.';

/** The findings, with each verdict the weights find unlikely turned into a question. */
export function withdrawUnlikely(
	text: string,
	analysis: { sentences: readonly Sentence[]; quantities: readonly Quantity[]; beats: Record<BeatId, BeatCoverage> },
	findings: Finding[],
): Finding[] {
	const verdicts = new Set(findings.filter((f) => f.kind === 'verdict').map((f) => f.pitfall as PitfallId));
	if (verdicts.size === 0) return findings;
	const features = featuresOf(text, analysis, verdicts);
	return findings.map((f) => {
		if (f.kind !== 'verdict') return f;
		const pitfall = f.pitfall as VerdictPitfall;
		if (likelihood(WEIGHTS[pitfall], features, WORDS[pitfall]) >= THRESHOLD) return f;
		return { ...f, kind: 'self-check', message: `${f.message} ${WITHDRAWN}` };
	});
}
