/**
 * The phrase lists the beat and pitfall rules share. Each is a regular expression over one
 * sentence; offsets are relative to that sentence. Kept in one file so that "what counts as a
 * rejected alternative" means the same thing to the trade-off beat and the no-trade-off pitfall.
 */
import type { Span } from './sentences.ts';

/** Who did an action: the candidate ("I"), or the group ("we", "the team and I"). */
export interface Action extends Span {
	subject: 'i' | 'we';
	/** Told in the present perfect ("we've rebuilt"): a step, but one that may sit outside the story's timeline. */
	perfect: boolean;
}

// Verbs after "I"/"we" that describe a state, an outcome or a group act rather than a step
// someone took: "we were three engineers", "we had a rotation", "we agreed", "we lost".
const NOT_ACTIONS = new Set(
	'was were had needed wanted knew felt seemed agreed debated discussed met lost saw got heard learned used owned covered called named expected assumed thought need'.split(
		' ',
	),
);
const IRREGULAR = new Set(
	'found built wrote rewrote rebuilt ran made took put set sent led drove chose brought caught cut kept spent split broke began told gave held dug shut stood spun went did threw tore froze wound fought sought dealt won'.split(
		' ',
	),
);
/** Irregular pasts that cannot be a bare verb: "I'd sent" is "I had sent", never a choice. */
export const PAST_ONLY = [...IRREGULAR].filter((v) => !/^(?:put|set|cut|split|shut)$/.test(v)).join('|');
const ADVERBS =
	'then|also|quickly|first|finally|just|immediately|all|both|together|later|still|only|personally|again|manually|simply';
// "The team" or "our team" doing the step is "we" by another name; "the platform team" is someone else.
// "We'd rehearsed it" is "we had rehearsed it": a step; "I'd roll back" (would) is a choice, not one.
// "We've rebuilt ingestion" is a step told in the present perfect. "I proposed PostgreSQL and I wrote"
// names a thing chosen, not a partner: a capitalised word after a verb of choice or a preposition is no co-subject.
const ACTION = new RegExp(
	`\\b(?:(?:(?<!\\b(?:proposed|chose|picked|recommended|used|suggested|preferred|wanted|kept|on|in|to|for|of|from|with|into|onto|over|than|the|a|an)\\s)[\\p{Lu}][\\p{L}-]*|team|colleagues?|manager|lead|partner|teammates?|she|he) and I|(?<i>I)|(?<we>[Ww]e|(?:[Oo]ur|[Mm]y|[Tt]he) team(?! and I\\b)))(?:'d(?=\\s+[a-z]+ed\\b)|(?<perfect>'ve|\\s+have(?=\\s+[a-z]+ed\\b)))?\\s+(?:(?:${ADVERBS})\\s+){0,2}(?<verb>[a-z]+)\\b`,
	'gu',
);

const isAction = (verb: string) => !NOT_ACTIONS.has(verb) && (IRREGULAR.has(verb) || /..ed$/.test(verb));
// A sentence that opens on a past-tense verb has an unspoken "I": story notes and the story
// editor's beat fields are written so ("Rolled back rather than scaling the database"). Openers
// that are not steps ("Based on…", "Turned out…", "Related:") are left out.
const SUBJECTLESS = new RegExp(
	`^(?:(?:${ADVERBS}),?\\s+){0,2}(?<verb>[a-z]+)\\b(?!\\s+(?:out|to (?:that|this|be)|by|with|on|in|that|from)\\b|:)`,
	'iu',
);
const NOT_OPENING_STEPS = new Set('based related compared expected interested surprised'.split(' '));
// Verbs joined to an action share its subject: "we looked into it and made…", "I paged X, wrote Y".
// A "was" or "were" opens a clause of its own: "we found it and the fix was then deployed".
const COORDINATED = /(?:,\s*(?:and\s+|then\s+)?|\s+(?:and|then)\s+)([a-z]+)\b/g;
const NEXT_SUBJECT = /\b(?:I|we|they|he|she|was|were)\b|[\p{Lu}][\p{Ll}]+ (?:and I\b)/u;

/** Actions in one sentence, with who did them: "I rolled it back", "we found it and fixed it". */
export function actionsIn(sentence: string): Action[] {
	const out: Action[] = [];
	const opening = SUBJECTLESS.exec(sentence);
	const verb = opening?.groups?.['verb']?.toLowerCase() ?? '';
	const matches = [...sentence.matchAll(ACTION)].map((m) => ({
		index: m.index,
		text: m[0],
		verb: m.groups?.['verb'] ?? '',
		i: !!m.groups?.['i'],
		perfect: !!m.groups?.['perfect'],
	}));
	if (opening && isAction(verb) && !NOT_OPENING_STEPS.has(verb))
		matches.unshift({ index: 0, text: opening[0], verb, i: true, perfect: false });
	for (const m of matches) {
		if (!isAction(m.verb)) continue;
		const subject = m.i ? 'i' : 'we';
		const end = m.index + m.text.length;
		out.push({ subject, perfect: m.perfect, start: m.index, end });
		const rest = sentence.slice(end);
		const stop = rest.search(NEXT_SUBJECT);
		for (const c of rest.slice(0, stop < 0 ? undefined : stop).matchAll(COORDINATED))
			if (isAction(c[1]!))
				out.push({
					subject,
					perfect: m.perfect,
					start: end + c.index + c[0].length - c[1]!.length,
					end: end + c.index + c[0].length,
				});
	}
	return out;
}

/** A "next time" beat: a lesson, a change of habit, or what the candidate would do differently. */
// "Since then" and "ever since" open a lesson only when a habit of the candidate's follows ("since
// then I…", "ever since, every alert I add…"); "since then the job has not failed" is a result.
const HABIT_SINCE = String.raw`(?:ever since|since (?:then|that (?:day|night|incident|outage|week|project)))(?: then)?,? (?:I|every|each|whenever|any|my)\b|(?:ever since|since then),? (?:that|the|this|our|a|an) [\w-]+(?: [\w-]+)? (?:goes|gets|is|runs|ships|comes|sits|lives|has been)\b|from (?:then|that (?:day|point)) on|ever after|to this day,? I`;
// A safeguard the candidate put in place after the event is the change a lesson leads to: "the rule
// I set for the team after that", "the check we added since", "the action item I owned was a CI check".
const RULE_AFTER = String.raw`(?:rule|check|policy|practice|process|habit|default|guardrail|standard|alert|test)s? (?:I|we) (?:set|added|introduced|wrote|made|put in place|adopted|proposed|built)\b[^.;]{0,40}?\b(?:after (?:that|this|it|the)|afterwards|since|from then on|going forward)|action items? (?:that )?I (?:owned|took|drove|picked up|wrote)`;
// A habit kept or a lesson drawn, in the candidate's words: "a habit I've kept", "what I took from it".
const HABIT_OR_LESSON = String.raw`(?:a |the )?habits? I(?:'ve| have)? (?:kept|took|picked up|built)|I(?:'ve| have) kept (?:doing|that|it|the habit)|made (?:it )?(?:a|my) (?:habit|rule)|I still (?:always |never )?(?:do|ask|check|write|run|keep|use|start|insist)|(?:took|take|carry|carried|kept|keep) (?:away from|out of|from) (?:it|that|this)|what (?:it|that|this) taught me|came away (?:with|knowing)|stayed with me|I set a (?:rule|policy|default)\b|the (?:rule|change|lesson|habit) I (?:took|made|kept|set)\b|what changed (?:for me|in how I (?:work|plan|estimate|review|lead))|(?:what|two things|three things|things|that|I) changed afterwards|\bnow (?:includes|runs|ships|has|requires|gets|goes)\b[^.;]{0,60}?\bby default\b|what I kept\b|(?:came|come) out of it (?:was|is)|action items? that stuck|I changed how (?:we|I|the team)\b|\bwe now (?!(?:had|was|were|knew|saw|got|have|are)\b)[a-z]+(?<!ed)\b|I still work\b|I (?:put|added|moved|wrote)\b[^.;]{0,40}?\b(?:to|into|in) (?:our|the team's|the shared|every) (?:[\w-]+ )?(?:template|scaffold|checklist|tooling|playbook)|${RULE_AFTER}`;

// A present-tense habit marked by "now": "what I do now is…", "every change I make now goes…"
// (past tenses and states are not habits: "I was now the only one who…").
const PRESENT_HABIT = String.raw`I (?!(?:was|am|had|got|knew|saw|felt|thought)\b)[a-z]+(?<!ed) now`;

// The speaker's present practice, a habit carried out of the story: "I" with a present-tense verb
// beside a marker of habit ("every month I pick two sessions", "since then, before I touch a
// threshold, I backtest it"). Pasts, modals, states and opinions ("I knew", "I think") are not practice.
const PRESENT_I = /\bI (?:(?:always|still|now|usually|also|first|just|then|never) )?([a-z]+)(?=[\s,])/g;
const HABITUAL = /\b(?:every|each|whenever|always|now|these days|since|any ?time|usually|routinely|no longer|by default)\b/i;
const NOT_PRACTICE = new Set(
	'am was were had did got could would should can will might must may think know mean guess feel believe hope want like love need see remember agree work report belong live said knew saw felt thought told came became left lost met paid heard meant sat woke let hit read put set cut don'.split(
		' ',
	),
);
// A rule kept now need not have "I" as its subject: "any analyzer change now gets replayed…",
// "the cut list goes next to the estimate for me now", "when a junior brings me a solution now…".
const NOW_RULE = /\bnow\b/i;
const SPEAKER_OR_CLASS = /^(?:any|every|each|all)\b|\b(?:me|my)\b/i;
/**
 * Whether a sentence tells a habit the candidate keeps now (see PRESENT_I, NOW_RULE). A "now" with a
 * measure in it ("my p99 is now 40 ms", "every request now takes 50 ms") is a result: `measured`.
 */
export const presentPractice = (s: string, measured: boolean) =>
	(NOW_RULE.test(s) && SPEAKER_OR_CLASS.test(s) && !measured) ||
	(HABITUAL.test(s) &&
		[...s.matchAll(PRESENT_I)].some(([, verb]) => !/ed$/.test(verb!) && !IRREGULAR.has(verb!) && !NOT_PRACTICE.has(verb!)));

/** A "next time" beat: a lesson, a change of habit, or what the candidate would do differently. */
// "Going forward, I see it as…" is an outlook, not a change.
export const REFLECTION = new RegExp(
	String.raw`\b(?:next time|in hindsight|in retrospect|looking back|${HABIT_SINCE}|${HABIT_OR_LESSON}|going forward(?!,? I (?:see|think|believe|expect|hope|feel)\b)|these days,? (?:I|every|each|my)\b|now I|I now(?! (?:had|was|knew|saw|faced|got)\b)|(?:^|so |and )now we (?!(?:was|were|had|knew|saw|got|are|have)\b)[a-z]+(?<!ed)|${PRESENT_HABIT}|I(?:'ve| have) since|my (?:rule|habit|default|practice) now|lessons?|learn(?:ed|t)|taught me|takeaway|what I'?d (?:change|do differently)|what I changed|took away|stuck with me|changed how I|(?:do|done) (?:it |things )?differently|would change|if I (?:were to |had to |could )?[a-z]+\b[^.;,]{0,40}?\b(?:again|over|today)|I (?:should|would)(?:'ve| have)|I'd have|I wish I|(?:became|is now|are now) (?:the|our|a) (?:team's )?(?:default|standard|template|rule)|(?:the team|everyone|we) adopted|proposed a (?:rule|policy|practice|standard|default)|outlasted|outlived)\b`,
	'i',
);

/**
 * A price named as a thing of its own is a trade-off even without "I": "the breaker's cost was a
 * second code path", "pairing had its own cost", "the cost on his side was an app update". A cost
 * stated as a figure ("its cost was $12k a month", "a cost of 2 hours") is a measure, not a price paid.
 */
export const NAMED_PRICE = String.raw`(?:(?:the|a|that|this|its|their|our|my|[\w-]+'s)(?: (?:own|real|main|only|hidden|big|biggest|one))* (?:cost|price|downside|catch)(?: (?:on|for|to|of)(?: [\w'-]+){1,3}?)?(?: (?:was|is)\b|:)|had (?:a|its|their) (?:own |real |hidden |big )*(?:cost|price|downside|catch)(?! of\b))(?!\s*(?:about|around|roughly|nearly|over|under|only|just)?\s*[$€£\d])`;

// A price named for the choice is the other half of a trade-off, whatever the wording (a cost
// known and accepted, "we knew it would catch less fraud, but…", is one too): "the cost
// was", "a price I'd pay", "at the expense of", "I give up some speed", "even though that added
// 25 minutes", "I'd take that hit". Giving up one's own nights is heroism, not a trade-off.
const PRICE = String.raw`${NAMED_PRICE}|(?:the|a|that|this) (?:cost|price|downside|catch) (?:of|I|we)\b|at the (?:cost|price|expense) of|(?:give|gave|giving) up\b(?! on\b| my (?:weekends?|nights?|evenings?|holidays?|vacations?|sleep)\b)|even (?:though|if) (?:it|that|this) (?:meant|means|added|adds|cost|costs|took|takes|slowed)|take (?:that|the|this) (?:deal|hit|trade)|(?:I|we)(?:'d| would| will|'ll)? accept(?:ed)?\b(?! (?:the|a|an) (?:job|offer|role|position)\b)|accepting (?:a|an|about|roughly|some|the|that|their|its|our|my|\d)`;

/**
 * "I could have…" on its own is a regret, a reflection. With "but", "rather" or "instead" after it,
 * or a next sentence opening "Instead", it is an option weighed and declined: the trade-off.
 * "There was no way I could have caught it" denies a share in the miss: no regret at all.
 */
export const REGRET = /(?<!\b(?:no way|nothing|not how) )\bI could(?:'ve| have)\b(?![^.]{0,160}?\b(?:but|rather|instead)\b)/i;

// "We'd talked about a timeout, but I went with the breaker" names the option and gives no reason.
const UNREASONED = String.raw` (?:I|we) (?:just )?(?:went with|chose|picked|decided on|stuck with|kept)\b(?![^,;]*\b(?:because|since|so|as)\b)[^,;]*$`;
// A verb of weighing with an action as its object is an option on the table: "I considered keeping
// it synchronous", "we debated just deleting the alert", "I thought about patching forward".
const WEIGHED_OPTION = String.raw`(?:consider(?:ed)?|debated|discussed|explored|toyed with|floated)\s+(?:(?:just|simply|briefly|also) )?[a-z]+ing\b(?![^.;]*\bbut${UNREASONED})`;
// An option raised ("our director wanted to keep it", "I thought about skipping it"), then declined
// in the next sentence ("I didn't, because…", "Simpler, but…"), is weighed. "Thought about" alone is
// musing: "I thought about leaving the team".
export const RAISED =
	/\b(?:wanted to|suggested|proposed|pushed for|asked for|considered|thought about|talked about|looked into)\b/i;
export const DECLINED = /^(?:(?:I|we) (?:didn't|did not|decided against|said no|turned|ruled|passed)|\w+er,? but)\b/i;

/**
 * A use refused with its reason is a standing choice wherever it is told, even in the scene that sets
 * up the story: "we don't use it for auth, because a subtle mistake there doesn't show in tests".
 */
export const REFUSED = String.raw`(?:I|we) (?:don't|do not|won't|wouldn't|never) (?:use|let|allow|put|trust)\b[^.;]{0,80}?\bbecause\b`;

/** An option the speaker preferred and gave up, with the reason: "I'd have preferred the tool there too, but…". */
export const CONCEDED = String.raw`(?:I|we)(?:'d| would)(?:'ve| have) (?:preferred|liked|chosen|picked|gone with|kept)\b[^.;]{0,80}?\bbut\b`;

/** A named alternative that was weighed and turned down. */
// "I'd hold off on sharding", "I did think about moving, but…" and "we agreed on a split" weigh options too.
// "would cost/mean…" weighs an option; "I said it would…" reports a warning about someone
// else's plan, not a choice of the candidate's. "would have" is an option not taken ("would have been simpler"), unless it is a check's
// counterfactual ("it would have fired twice", "a daily check would have caught it").
export const ALTERNATIVE = new RegExp(
	String.raw`\b(?:rather than|${CONCEDED}|(?:I|we)(?:'d| would) rather|instead(?! of (?:\d|(?:at|in|on|by|from|after|before|during|within|about|around|roughly|nearly|almost|over|under)\b))|(?:chose|choose|picked|favou?red|went with|selected|recommended|opted for|decided (?:together )?on|settled on)\b[^.;]{0,60}?\bover\b|preferred\b[^.;]{0,60}?\b(?:over|to)\b|(?:choose|chose|choice|decide|decision) between|argued (?:for|against|that|it)\b|pushed back|said no to|(?<!\b(?:said|warned|predicted|told (?:him|her|them))(?: that)? (?:it|this|that) )would (?:just |only |still )?(?:mean|cost|take|add|break|hide|lose|need|fill|make)|turn(?:ed)? (?:it |that |this |them )?down|rul(?:ed|ing) (?:it |that |this |them )?out|rejected|decided against|(?:chose|decided) not to|(?:hold|held|holding) off|(?:considered|thought (?:\w+ly )?about|did think about|looked at|looked into|toyed with|floated|talked about|debated|discussed|explored|wanted to|suggested|proposed|pushed for)\b[^.;]{0,160}?\bbut\b(?!${UNREASONED})|${WEIGHED_OPTION}|weighed|pass(?:ed)? on|(?:cheaper|faster|simpler|easier|safer|quicker) (?:on|for|in|to)\b[^.;]{0,40}?\bbut\b|accepted that|(?:it|that|this|which) cost (?:me|us)\b|could (?:have|be|work|save)\b[^.;]{0,160}?\bbut\b|(?:would|(?<=\b(?:we|it|that|they))'d)(?:'ve| have)(?! (?:fired|caught|flagged|prevented|detected|found|stopped|saved|happened)\b)|trade-?off|compromise|(?:agreed|settled) on a (?:split|middle ground)|alternatives?|(?:could|can|had to|have to) either\b[^.;]{0,80}?\bor|(?:I|we) didn't want to\b[^.;]{0,80}?\bso (?:I|we)\b|(?:knew|know)\b[^.;]{0,60}?\bwould\b[^.;]{0,80}?\bbut\b|(?:tempting|attractive|appealing)\b[^.;]{0,120}?\bbut|(?:other|two|three|several|fast|faster|quick|quicker|easy|easier|cheap|cheaper|simpler|obvious|safer) (?:options?|choices|routes?|approach(?:es)?|fix(?:es)?|paths?|moves)|option I|(?:the|two|three|my|our) options were|(?:had|needed|got) to (?:decide|choose|pick)\b[^.;]{0,80}?\bor\b|(?:decision|call|question)(?: in it)? was (?:how|whether)\b[^.;]{0,80}?\bor\b|(?:pushed|deferred|parked|punted|postponed)\b[^.;]{0,60}?\b(?:to|until) (?:next (?:quarter|year|sprint|release)|later)|deferred\b[^.;]{0,80}?\bbecause|I said no,? because|cost(?: I(?:'m| am) accepting| I accepted| we accepted|,[^,.;]{1,40},)?(?=:)|(?:the|my) choice was\b[^.;]{0,80}?\bor\b|(?:had|faced) (?:a|two|three|the) (?:real |clear )?(?:choice|options)\b|^[A-Z][a-z]+ing\b[^.;]{0,40}?\bmeant\b|I cost(?:ed)? (?:each|them|both|every|the options)|(?:rollback|roll-back|failover|restart|revert|fix forward|hotfix)\b[^.;]{0,10}?\bcould (?:have|'ve) (?:broken|made|caused|turned|cost|lost)|(?:worse|better|safer|riskier) bet than|what I (?:wouldn't|would not|won't|didn't|did not) do\b|(?:it's|it is|it was|was|is|looks|looked|sounds|sounded) (?:so |very |really )?tempting\b|${PRICE})\b`,
	'i',
);

/** Owning a fix: a first-person step that changes something. */
export const OWNED_FIX =
	/\bI (?:(?:then|also|quickly|first) )?(?:added|wrote|built|fixed|changed|moved|set up|introduced|shipped|rolled|reverted|patched|put|created|replaced|made|rewrote|configured|proposed|drove|ran)\b/i;
