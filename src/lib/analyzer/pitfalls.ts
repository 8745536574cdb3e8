/**
 * The pitfall rules. Six are verdicts a text can support: each finding carries the words that
 * triggered it, so the page can show why. Two, sanitized on-call answers and over-rehearsed
 * scripts, depend on the question asked and on delivery, so they are always self-check questions,
 * sharpened by what the text does show (an on-call story, "it was fine", buzzwords).
 *
 * Calibration (test/unit/analyzer-calibration.test.ts) favours precision: a tool that nags a good
 * answer is not trusted, so an ambiguous phrase does not raise a verdict on its own.
 */
import type { BeatId, PitfallId } from '../../schemas/ids.ts';
import type { BeatCoverage } from './beats.ts';
import { actionsIn, OWNED_FIX } from './cues.ts';
import type { Quantity } from './quantities.ts';
import { WORD_NUMBER } from './quantities.ts';
import type { Sentence, Span } from './sentences.ts';

/** One finding: a verdict backed by highlighted words, or a question the candidate answers. */
export interface Finding {
	pitfall: PitfallId;
	kind: 'verdict' | 'self-check';
	message: string;
	spans: Span[];
}

/** What the rules read: the sentences, their quantities and the beat coverage. */
export interface RuleInput {
	text: string;
	sentences: readonly Sentence[];
	quantities: readonly Quantity[];
	beats: Record<BeatId, BeatCoverage>;
	/** True when the prompt is about on-call or a hard stretch. */
	onCallPrompt: boolean;
}

const N = `(?:\\d+|${WORD_NUMBER})`;
const HEROISM = new RegExp(
	[
		`\\ball[- ]nighters?\\b`,
		`\\ball night(?: long)?\\b`,
		`\\bthrough the night\\b`,
		`\\b${N}[- ]hours? (?:straight|in a row|without (?:a )?(?:break|sleep|rest))`,
		`\\b${N} (?:days|nights) (?:straight|in a row)`,
		`\\bstraight for ${N} hours\\b`,
		`\\b(?:1[2-9]|[2-4]\\d|twelve|fourteen|sixteen|eighteen|twenty|thirty|thirty-six|forty|forty-eight)-hour (?:day|shift|stretch|session|marathon)s?\\b`,
		`\\b(?:didn't|did not|couldn't|never) (?:go to )?sleep\\b`,
		`\\bwithout (?:any )?sleep(?:ing)?\\b`,
		`\\bskipp(?:ed|ing) (?:sleep|dinner|meals)\\b`,
		`\\bno sleep\\b`,
		`\\bhadn't slept\\b`,
		`\\bslept (?:at|in|under) (?:the|my) (?:office|desk)\\b`,
		`\\bdidn't go home\\b`,
		`\\b(?:the )?(?:whole|entire) (?:weekend|night)\\b`,
		`\\ball weekend\\b`,
		`\\b(?:I|me|myself)\\b[^.;:!?]{0,40}?(?<!\\b(?:let|not|n't|never)\\s)\\balone\\b`,
		`\\bby myself\\b`,
		`\\bsingle[- ]handed(?:ly)?\\b`,
		`\\bon my own\\b(?! (?:initiative|team|side|service|code|time))`,
		`\\b(?:nobody|no one|no-one) else\\b`,
		`\\bthe only (?:one|person|engineer) (?:who|that) (?:could|knew|understood|was able)`,
		`\\bonly I (?:could|knew)\\b`,
		`\\b(?:didn't|did not) trust anyone else\\b`,
		`\\bcarried the (?:team|system|whole)\\b`,
		`\\bsaved the day\\b`,
	].join('|'),
	'gi'
);

const BLAME = new RegExp(
	[
		`\\b(?:their|his|her|[\\w-]+'s) fault\\b`,
		`\\b(?:not|wasn't|was not|isn't|is not) (?:my|our) fault\\b`,
		`\\bfault of\\b`,
		`\\btheir (?:mess|incompetence|sloppiness|carelessness|screw-?up)\\b`,
		`(?<!\\b(?:I was|I'd been|my|I had been) )\\b(?:sloppy|careless|incompetent|lazy|terrible|clueless|useless|shoddy)\\b`,
		`\\b(?:was|is|were) on them\\b`,
		`(?<!\\b(?:not|n't|without|no|never) )\\bblam(?:e|ed|ing)\\b(?! ?less)`,
		`\\b(?:they|he|she) (?:broke|messed up|screwed up|refused|didn't bother|never bothered)\\b`,
		`\\bdropped the ball\\b`,
		`\\bthrew (?:it|us) over the wall\\b`,
		`\\b(?:they|he|she|the [\\w-]+ team) should have\\b`,
		`\\b(?:get|got) their act together\\b`,
	].join('|'),
	'gi'
);
// Pinning the cause elsewhere is only blame when nothing on the candidate's side gets fixed.
const SOFT_BLAME = /\bbecause of (?:the )?(?:[\w-]+ ){0,3}[\w-]+'s (?:mistake|error|bug|bad|broken)\b|\btheir (?:bad |broken )?(?:deploy|config|change|migration|bug|mistake)\b|\b(?:waited|waiting|wait) (?:for|while|until) (?:them|they|the [\w-]+ team)\b|\btold them to\b/gi;

const IMPROVE = String.raw`(?:better|faster|quicker|snappier|smoother|happier|cheaper|lighter|leaner|more (?:reliable|stable|robust|resilient|scalable|performant|efficient|responsive|available)|less|fewer|lower|improv\w*|reduc\w*|drop\w*|fell|decreas\w*|down|sped up|boost\w*)`;
const INTENSE = String.raw`(?:significantly|greatly|dramatically|drastically|massively|hugely|substantially|considerably|vastly|tremendously|noticeably|much|far|way|a lot|a ton|lots)`;
const VAGUE = new RegExp(
	[
		`\\b${INTENSE} (?:[\\w-]+ )?${IMPROVE}\\b`,
		`\\b${IMPROVE} (?:[\\w-]+ )?${INTENSE}\\b`,
		`\\b(?:world-class|across the board|night and day|moved the needle|(?:huge|big|massive|major) (?:improvement|win|difference|impact|boost))\\b`,
		`\\b(?:latency|performance|throughput|reliability|uptime|stability|response times?|build times?|load times?)\\b[^.;]{0,30}\\b(?:improved|got better|got faster|went down|decreased)\\b`,
	].join('|'),
	'gi'
);

const ON_CALL = /\b(?:on[- ]?call|pager|paged|pages|rotation|burn(?:ed|t)?[- ]?out|night shifts?|woken|sleep)\b/i;
const SANITIZED = /\b(?:was|were|is|felt) (?:fine|okay|ok|manageable|not (?:that |too )?bad)\b|\bnever really (?:felt|had|struggled)\b|\bno big deal\b|\bjust handled\b|\bmanageable\b/gi;
const BUZZWORDS = /\b(?:leverag\w*|synerg\w*|best[- ]in[- ]class|world[- ]class|cloud[- ]native|end[- ]to[- ]end ownership|cross[- ]functional alignment|robust, scalable|future[- ]proof|move[ds]? the needle|holistic|paradigm|game[- ]chang\w*|drive (?:excellence|alignment|impact|ownership)|seamless(?:ly)?|circle back|north star|value[- ]add|empower\w*|spearhead\w*|championed)\b/gi;
const HONEST_MOMENT = /\b(?:my first (?:guess|hunch|idea)|I was wrong|turned out|I assumed|disagreed|pushed back|I had missed|I got (?:it|that) wrong|wrong (?:guess|turn))\b/i;

const spansOf = (re: RegExp, text: string): Span[] => [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Every finding for an analysed answer, verdicts first, in the order of PITFALLS. */
export function findPitfalls(input: RuleInput): Finding[] {
	const { text, sentences, quantities, beats } = input;
	const found: Finding[] = [];
	const verdict = (pitfall: PitfallId, message: string, spans: Span[]) => found.push({ pitfall, kind: 'verdict', message, spans });

	// plural-pronouns: "we" is the subject of most action verbs.
	const actions = sentences.flatMap((s) => actionsIn(s.text).map((a) => ({ ...a, start: a.start + s.start, end: a.end + s.start })));
	const we = actions.filter((a) => a.subject === 'we');
	const mine = actions.length - we.length;
	if (we.length >= 2 && we.length > mine)
		verdict('plural-pronouns', `"We" does ${plural(we.length, 'action')} and "I" ${mine}: say which steps were yours.`, we.map(({ start, end }) => ({ start, end })));

	const heroism = spansOf(HEROISM, text);
	if (heroism.length) verdict('heroism', 'Endurance is the high point here: tell it as command and handoff, who you paged and when you handed over.', heroism);

	const blame = spansOf(BLAME, text);
	if (!blame.length && !OWNED_FIX.test(text)) blame.push(...spansOf(SOFT_BLAME, text));
	if (blame.length) verdict('blame', 'The cause is pinned on someone else: name it neutrally and spend the words on the fix you drove.', blame);

	// vague-metrics: a claim of improvement with no number in its sentence or the next one.
	const metric = (s: Sentence | undefined) => !!s && quantities.some((q) => q.kind !== 'time' && q.start >= s.start && q.end <= s.end);
	const vague = sentences.flatMap((s, i) => (metric(s) || metric(sentences[i + 1]) ? [] : spansOf(VAGUE, s.text).map((v) => ({ start: v.start + s.start, end: v.end + s.start }))));
	if (vague.length) verdict('vague-metrics', 'A claim of improvement with no number: give the baseline, the result and the unit.', vague);

	if (!beats['trade-off'].covered) verdict('no-trade-off', 'No rejected alternative: name the option you turned down and the reason that decided it.', []);
	if (!beats.reflection.covered) verdict('no-reflection', 'No "next time" beat: close with what you changed or would do differently.', []);

	const onCall = input.onCallPrompt || ON_CALL.test(text);
	const sanitized = spansOf(SANITIZED, text);
	found.push({
		pitfall: 'sanitized-on-call',
		kind: 'self-check',
		message: sanitized.length
			? 'This says it was fine. If you were asked about a hard stretch, name it with a number (nights woken a week, pages a shift) and the fix you made.'
			: onCall
				? 'Does this admit how hard the stretch was, with a number (nights woken a week, pages a shift), or does it skip to the fix?'
				: 'If the question is about on-call or burnout: would you name a hard stretch plainly rather than say it was fine?',
		spans: sanitized,
	});
	const buzz = spansOf(BUZZWORDS, text);
	found.push({
		pitfall: 'over-rehearsed',
		kind: 'self-check',
		message: buzz.length
			? `Would you say "${text.slice(buzz[0]!.start, buzz[0]!.end)}" out loud? Buzzwords sound recited; say what you did in plain words.`
			: HONEST_MOMENT.test(text)
				? 'Could you tell this in different words tomorrow and still hit every beat?'
				: 'Could you tell this in different words tomorrow, and does it keep one honest moment: a wrong first guess, a colleague who disagreed?',
		spans: buzz,
	});
	return found;
}
