/**
 * Which STAR-TR beats an answer covers, and the sentences that carry each. Cues are phrases a
 * candidate uses for each beat; order supplies the rest: the situation is what comes before the
 * candidate's first task or action, and the trade-off and result only count from the first task
 * or action on (an "instead of" in the scene-setting is not a decision).
 */
import type { BeatId } from '../../schemas/ids.ts';
import {
	actionsIn,
	ALTERNATIVE,
	CONCEDED,
	DECLINED,
	NAMED_PRICE,
	PAST_ONLY,
	presentPractice,
	RAISED,
	REFLECTION,
	REFUSED,
	REGRET,
} from './cues.ts';
import type { Quantity } from './quantities.ts';
import type { SentenceWeights } from './sentence-reader.ts';
import type { Sentence } from './sentences.ts';
import { readTradeOff } from './trade-off-sentences.ts';

/** Whether a beat is covered and which sentences (indices) carry it. */
export interface BeatCoverage {
	covered: boolean;
	sentences: number[];
}

const TASK =
	/\b(?:my (?:job|task|role|call|goal|problem|decision|service|migration)\b|the (?:task|goal|ask) (?:was|is)\b|responsib|(?:was|were|is) mine\b|I owned\b|I was (?:the |a |an )?(?:\w+ )?(?:owner|lead|on[- ]?call|primary|secondary|commander|captain|engineer|assigned|asked|only one)|fell to me|(?:was|is) on me\b|I (?:volunteered|led|took (?:ownership|on|over|the (?:incident|follow-up|fix|cleanup|lead))|had to|needed to)\b|on point\b|point person\b|(?:was|got) (?:asked|assigned|tasked)\b|\bas (?:\w+ ){0,2}[\w'-]+ (?:owner|lead|mentor|manager)\b)/i;
// A task handed over ("my manager asked me to…") is the task, and often the scene as well.
const HANDED = /\b(?:asked|assigned|tasked|picked) me (?:to|with|for)\b/i;
const CONTEXT_OPENER =
	/^(?:when|while|during|last|before|back (?:in|when)|early|late|at (?:\d|(?:my|our|the|a|an)\b)|in (?:\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|(?:the )?(?:spring|summer|fall|autumn|winter|middle|run-up)|my|our)\b|on (?:a|the)\b|(?:[\w-]+ ){1,3}ago\b)/i;
const RESULT =
	/\b(?:result|in the end|ended up|fell|dropped|went (?:from|to|down|back|out|live|public|away)|back (?:to|under)|rose|stayed|held|stopped|drained|recovered|shipped|launched|no (?:other|customer|data|one|change|impact)|signed|none of|zero|halved|saved|improved|now (?:runs|loads|takes)|caught|accepted|renewed|retired|(?:was|were) lost|took (?:her|his) first|handled|became|got (?:a lot |much )?(?:faster|better)|arrived|(?:hasn't|has not|never) (?:gone|happened|missed|overlapped)|no [\w-]+ (?:has|have) (?:gone out|happened|failed|broken|recurred))\b/i;
// "I'd ask", not "I'd been", "I'd shipped" or "I'd sent": the candidate choosing or resolving, not a past.
const CONDITIONAL = String.raw`\bI(?:'d| would) (?!(?:have|had|be|been|say|guess|bet|imagine|think|argue|call|describe|${PAST_ONLY})\b)[a-z]+(?<!ed)\b`;
// Near the end, "I'd ask the vendor first" or a follow-up change ("Afterwards I scripted the
// rebuild", "The next day I wrote an alert") is the reflection even without "next time"; so is a habit
// dropped ("I stopped letting schema changes ride along") or a fix with its record since ("it's caught four since").
// A safeguard's record of catches ("it caught another N+1 three weeks later", "that test has since
// stopped two more") is the lasting change proven, and also what came of the work: near the end it
// is the reflection, and it still counts as the result.
const SAFEGUARD_RECORD = String.raw`\b(?:caught|blocked|prevented|flagged|failed) (?:a|an|another|one|two|three|\d+)\b[^.;]{0,60}?\b(?:since|later|after that|afterwards|the next \w+|in the (?:spring|summer|autumn|fall|winter)|next (?:week|month|quarter|year))\b|\b(?:has|have) (?:since )?(?:caught|stopped|blocked|prevented|flagged) (?:a|an|another|one|two|three|four|several|\d+)\b`;
const SAFEGUARD_RECORD_RE = new RegExp(SAFEGUARD_RECORD, 'i');
const LATE_REFLECTION = new RegExp(
	String.raw`${CONDITIONAL}|^(?:afterwards?|after that|the (?:next|following) (?:day|morning|week|sprint|month)),? (?:I|we)\b|\bI (?:stopped|quit) [a-z]+ing\b|\b(?:has|have|'s|I've|I have) (?:caught|stopped|blocked|prevented|flagged|saved|used|reused|applied|kept)\b[^.;]{0,50}?\bsince\b|\bwhat I(?:'ve| have)? reali[sz]ed\b|${SAFEGUARD_RECORD}|\b(?:has|have) fired (?:once|twice|\w+ times)\b[^.;]{0,20}?\bsince\b|\bsince (?:then|that)\b[^.;]{0,40}?\b(?:has|have) (?:caught|stopped|blocked|prevented|flagged|saved)\b`,
	'i',
);
// "The takeaway is that communication is everything", "how important it is to communicate",
// "everyone learned a lot", "to be more careful": a lesson named that changes nothing. A lesson
// told to a generic "you" ("how much you can achieve", "double-check your work") is advice, not a
// habit. It counts only with something the candidate does now, always or next time.
const PLATITUDE =
	/\b(?:(?:is|are) (?:really |truly |so |super |just |absolutely |very |extremely |incredibly )*(?:everything|key|king|crucial|vital|paramount|important|essential|critical)|how (?:important|crucial|valuable|essential) (?:it is|[\w-]+ (?:is|are))|(?:learn(?:ed|t)|taught (?:me|us)) (?:a lot|so much|a ton|plenty)|(?:to )?be (?:more )?careful|how (?:much|far|quickly) (?:you|a team) can|(?:check|review|test) your (?:own )?work|you should always)\b/i;
const CONCRETE = /\b(?:I (?:now|always|never)|now I|(?:every|each) [\w-]+ I|next time|I'd|I would)\b/i;
// Before any past-tense step, "I'd…" still marks the candidate's own choice (see tradeOff).
const HYPOTHETICAL = new RegExp(CONDITIONAL);
// An option named as one ("the obvious fix was…", "we could either shard or archive", "two options:",
// "a vault was also considered") is weighing even when told without "I".
const OPTION_NAMED =
	/^[A-Z][a-z]+ing\b[^.;]{0,40}?\bmeant\b|\b(?:cost(?: I(?:'m| am) accepting)?(?=:)|(?:the|my) choice was|(?:rollback|roll-back|failover|restart|revert|fix forward|hotfix)\b[^.;]{0,10}?\bcould (?:have|'ve) (?:broken|made|caused|turned|cost|lost)|(?:worse|better|safer|riskier) bet than|options?|alternatives?|tempting|compromise|(?:was|were) (?:also )?(?:considered|rejected|ruled out|turned down|weighed)|(?:obvious|easy|quick|simple|cheap)(?:er)? (?:fix|route|path|answer)|(?:could|can|had to|have to) either)\b/i;
const NAMED_PRICE_RE = new RegExp(String.raw`\b${NAMED_PRICE}`, 'i');
const CONCEDED_RE = new RegExp(String.raw`\b${CONCEDED}`, 'i');
const REFUSED_RE = new RegExp(String.raw`\b${REFUSED}`, 'i');
const FIRST_PERSON = /\b(?:I|we|my|our|me|us)\b/i;

/** The part of a sentence before its reflection cue; alternatives after it are about the future. */
export const beforeReflection = (s: string) => {
	const m = REFLECTION.exec(s);
	return m ? s.slice(0, m.index) : s;
};

/** Coverage of the six beats over the sentences of an answer and the quantities it states. */
export function detectBeats(
	sentences: readonly Sentence[],
	quantities: readonly Quantity[],
	tradeOffReader: SentenceWeights,
): Record<BeatId, BeatCoverage> {
	const tag = (test: (s: string, i: number) => boolean) => sentences.flatMap((s, i) => (test(s.text, i) ? [i] : []));
	const first = (list: number[]) => list[0] ?? Infinity;
	const owned = tag((s) => TASK.test(s));
	const task = tag((s) => TASK.test(s) || HANDED.test(s));
	const acts = sentences.map((s) => actionsIn(s.text));
	// "I've kept that habit since" is a step outside the story's timeline: it does not open the story.
	const storySteps = acts.map((list) => list.filter((a) => !a.perfect));
	const action = tag((s, i) => acts[i]!.length > 0 || /\bmy first (?:move|step)\b/i.test(s));
	// The story proper starts at the first task or action; the scene ends at the first thing the
	// candidate did, since a scene is often told with "we" ("we ran a v1 API that…").
	const start = Math.min(first(task), first(tag((s, i) => storySteps[i]!.length > 0 || /\bmy first (?:move|step)\b/i.test(s))));
	const sceneEnd = Math.min(first(owned), first(tag((_, i) => storySteps[i]!.some((a) => a.subject === 'i'))));
	const half = Math.max(1, Math.ceil(sentences.length / 2));
	const outcomeMeasured = (i: number) =>
		quantities.some(
			(q) =>
				/^(?:latency|rate|percentage|money|size)$/.test(q.kind) && q.start >= sentences[i]!.start && q.end <= sentences[i]!.end,
		);
	const reflection = tag(
		(s, i) =>
			(REFLECTION.test(s) && !(PLATITUDE.test(s) && !CONCRETE.test(s))) ||
			(REGRET.test(s) && !/^(?:instead|but)\b/i.test(sentences[i + 1]?.text ?? '')) ||
			(i >= sentences.length - 2 && LATE_REFLECTION.test(s)) ||
			// A habit told in the present after the story is the lesson kept; in the scene it is the job.
			(i >= half && presentPractice(s, outcomeMeasured(i))),
	);
	const situation = tag((s, i) => i < sceneEnd || (i < half && CONTEXT_OPENER.test(s) && !REFLECTION.test(s)));
	// A scene is told in the past; "I'd…" is the candidate choosing, and so is any "I" in a method told
	// in the present with no past step at all ("I follow one request rather than…"). A walkthrough ("I'd roll
	// back rather than…") weighs options before any past-tense step. An option, a tempting path or
	// a named price is weighing on its own, without a first-person verb ("The cost was that…").
	const tradeOff = tag(
		(s, i) =>
			(ALTERNATIVE.test(beforeReflection(s)) &&
				(((i >= start || start === Infinity || HYPOTHETICAL.test(s)) &&
					(FIRST_PERSON.test(s) || acts[i]!.some((a) => a.subject === 'i'))) ||
					OPTION_NAMED.test(s) ||
					NAMED_PRICE_RE.test(s))) ||
			(i >= start && RAISED.test(s) && DECLINED.test(sentences[i + 1]?.text ?? '')) ||
			// "I could have fixed forward. But I didn't want to push a second change…": weighed.
			(/\bI could(?:'ve| have)\b/i.test(s) && /^But\b/.test(sentences[i + 1]?.text ?? '')) ||
			// "I'd have preferred X, but…" reads as a regret up to its "but": the concession is weighing.
			CONCEDED_RE.test(s) ||
			REFUSED_RE.test(beforeReflection(s)),
	);
	// A result is an outcome phrase, or a measured sentence in which the candidate does nothing. The
	// scene before the candidate's first step is the situation even when it is measured or says
	// "latency rose": the result beat quotes what came of the work, not the starting point.
	const measured = (i: number) =>
		quantities.some((q) => q.kind !== 'time' && q.start >= sentences[i]!.start && q.end <= sentences[i]!.end);
	const result = tag(
		(s, i) =>
			i > start &&
			(i >= sceneEnd || sceneEnd === Infinity) &&
			(!reflection.includes(i) || SAFEGUARD_RECORD_RE.test(s)) &&
			(RESULT.test(s) || (measured(i) && !acts[i]!.some((x) => x.subject === 'i') && !tradeOff.includes(i))),
	);
	const coverage = (list: number[]) => ({ covered: list.length > 0, sentences: list });
	return {
		situation: coverage(situation),
		task: coverage(task),
		action: coverage(action),
		// The rules' reading, and what the learned reader finds where they find nothing (trade-off-sentences.ts).
		'trade-off': readTradeOff(sentences, tradeOff, tradeOffReader),
		result: coverage(result),
		reflection: coverage(reflection),
	};
}
