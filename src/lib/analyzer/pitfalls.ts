/**
 * The pitfall rules. Six are verdicts a text can support: each finding carries the words that
 * triggered it, so the page can show why. Two, sanitized on-call answers and over-rehearsed
 * scripts, depend on the question asked and on delivery, so they are always self-check questions,
 * sharpened by what the text does show (an on-call story, "it was fine", buzzwords). Passive
 * ownership is a third question, asked only when the text hands the work over and no call of the
 * candidate's follows; it is not one of the eight pitfalls, so `GUIDE_FINDINGS` gives its page.
 *
 * Calibration (test/unit/analyzer-calibration.test.ts) favours precision: a tool that nags a good
 * answer is not trusted, so an ambiguous phrase does not raise a verdict on its own.
 */
import type { BeatId, PitfallId } from '../../schemas/ids.ts';
import type { BeatCoverage } from './beats.ts';
import { blamingSentence } from './blame-sentences.ts';
import { heroicSentence } from './heroism-sentences.ts';
import type { SentenceWeights } from './sentence-reader.ts';
import { actionsIn, OWNED_FIX } from './cues.ts';
import type { Quantity } from './quantities.ts';
import { WORD_NUMBER } from './quantities.ts';
import type { Sentence, Span } from './sentences.ts';

/**
 * What a finding is about: one of the pitfalls, or a framing the guide discusses on another page.
 * `GUIDE_FINDINGS` says where each of the latter is explained.
 */
export type FindingId = PitfallId | 'passive-ownership';

/** The findings that are not pitfalls, with the guide page (and heading) that explains each. */
export const GUIDE_FINDINGS = {
	'passive-ownership': { title: 'Passive ownership', path: '/long-stories/#passive-ownership' },
} as const satisfies Partial<Record<FindingId, { title: string; path: string }>>;

/** One finding: a verdict backed by highlighted words, or a question the candidate answers. */
export interface Finding {
	pitfall: FindingId;
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
	/** The blame sentence reader's weights (blame-sentences.ts). */
	blameReader: SentenceWeights;
	/** The heroism sentence reader's weights (heroism-sentences.ts). */
	heroismReader: SentenceWeights;
}

// Each list is alternatives between word boundaries; `words` adds the boundaries.
const words = (alternatives: string, flags = 'gi') => new RegExp(String.raw`\b(?:${alternatives})\b`, flags);
const N = String.raw`(?:\d+|${WORD_NUMBER})`;
const LONG = String.raw`(?:1[6-9]|[2-9]\d|sixteen|eighteen|twenty|thirty|forty)(?:-\w+)?`;
// Endurance is a person's: "I worked 30 hours straight", not "reads stayed at zero ten days straight".
// "Alone" before the rest of its clause means "only" ("our service alone opened 300"), and "the calls
// nobody else wanted" is a noun's relative clause: neither is the speaker working alone.
// "Alone" as the path turned down ("I could have gone off alone", "cheaper than me going it
// alone") is the opposite of heroism. A night worked through unpaged is the same boast in other
// words: "I didn't page the secondary", "I was at it until six in the morning", "I didn't feel I
// could hand it to anyone", "I was effectively the only person picking up pages" (the only one
// who knew a system is a fact of the scene), "I worked every weekend for a month".
// Endurance is the candidate's as its subject: "it woke me three nights running" is a cost
// suffered, and "a whole weekend of work" for someone else is no boast. BY_ME: an "I" before it
// with no other subject in between.
// "Stayed on it", "at it" and "through it" keep the speaker the subject; another "it" takes over.
const BY_ME = String.raw`(?<=\b(?:I|myself)\b(?:(?!(?<!\b(?:on|at|with|through) )\bit\b|\b(?:he|she|they|we|which|who|where|that)\b)[^.;]){0,60}?)`;
const SOLO_NIGHT = String.raw`(?:didn't|did not|never|chose not to|decided not to|wouldn't|would not|won't|don't|do not) (?:(?:really )?want to )?(?:page|wake|call|bother|drag|pull|loop)(?: up| in)? (?:the (?:secondary|backup|others|rest of the team|(?:whole|entire) team|DBA|[\w-]+ on-?call)|half the team|anyone|anybody|everyone|everybody|(?:my|our|their) (?:own )?(?:secondary|backup|lead|manager|team|teammates|colleagues))|without (?:paging|waking|calling) (?:anyone|anybody|the (?:secondary|backup))|(?:hold|held|holding) off (?:on )?(?:paging|waking|calling|escalating)|stayed up (?:until|till)|(?:couldn't|could not|can't|didn't|wouldn't|never)\b[^.;]{0,25}?\b(?:hand|pass|delegate|give)\b[^.;]{0,20}?\b(?:to )?(?:anyone|anybody|someone else)|I(?:(?!\b(?:he|she|they|we|who|someone|everyone)\b)[^.;]){0,50}?\b(?:was (?:up|at it|on it)|worked|kept going|watched|monitored|stayed(?: up| on)?)\b[^.;]{0,90}?\buntil (?:about |around |roughly )?[\w:.]+(?: or [\w:.]+)? (?:in the morning|the next (?:morning|day)|a\.?m\b)|${BY_ME}(?:work(?:ed|ing)|cod(?:ed|ing)|was (?:on|at) it) (?:(?:every|most|all) (?:night|weekend|evening)s?|(?:the |my )?(?:next |following )?(?:${N}|several|a few|a couple of) (?:weekends|nights|evenings)|(?:nights|weekends|evenings)(?: and (?:nights|weekends|evenings))?)\b`;
// The work done alone told as the point: a generic object and an emphatic "myself" ("I just fixed
// it myself", "I took it on myself", "doing the whole thing myself"); "I wrote the runbook myself"
// names a part, not the whole. A night not ended ("I didn't go home"), others helpless as the foil
// ("the rest of the team was pretty lost", "everyone else had gone home"), "I handled every page" or "I
// basically carried the incident" is the same boast.
const SOLO_WORK = String.raw`(?:do|did|doing|done|handle[ds]?|handling|fix(?:ed|ing)?|take|took|taking|carr(?:y|ied)|work(?:ed|ing)?(?: through)?) (?:it|this|that|the (?:whole|entire) [\w-]+|everything|all of it|most of it|the rest)(?: on)? (?:all )?myself(?! to\b)|(?:took|take|taking) (?:it|that|this|the) (?:[\w-]+ )?over myself|(?:took|covered|picked up|absorbed) (?:their|his|her|the others'|everyone's|the (?:other |rest of the )?(?:\w+ )?(?:people|engineers|team|folks)'s?|[A-Z][a-z]+'s) (?:(?!own\b)[\w-]+ )?(?:shifts|nights|pages|on-?call|rotations?)|(?:took|take|taking|kept|keep) (?:the |all the |their |everyone's )?(?:pager|pages|rotation)(?: \w+)? myself|I was on nights\b|${BY_ME}(?:basically |practically |pretty much )?lived in the\b|,\s*myself(?=[.;!])|(?:everyone|everybody) else had (?:gone home|left|logged off|gone to bed)|${BY_ME}(?:handled|took|answered|fielded) (?:every|all the|each) (?:page|alert|incident|call)s?\b|(?:didn't|did not|never) (?:go home|leave the (?:office|building)|log off|go to (?:bed|sleep))|(?:the rest of (?:the|my) team|everyone else|the others) (?:was|were) (?:\w+ ){0,2}(?:lost|clueless|panicking|useless|out of (?:their|his|her) depth)|I (?:basically|just|pretty much|essentially|single-handedly) (?:took over|carried)|${BY_ME}carried (?:the|that|our) (?:whole |entire )?(?:incident|team|project|launch|release|migration|outage|rotation|thing)|I was (?:\w+ly )?the (?:person|one|engineer) who (?:got|took|handled|answered) (?:every|all|most)|${BY_ME}(?:stayed|was) (?:on|with) it\b[^.;]{0,40}?${LONG}[- ]hours?|(?:paged|called|woken|working|worked) (?:on|during|over|through) (?:my |the )?(?:vacation|holidays?|honeymoon|Christmas|break)`;
// Help turned down, told as consideration: "I told her to go back to bed, I had it", "I'm not going
// to wake half the team", "I'd rather not wake someone", "route the night pages for this alert to
// me", "I'd take that alert myself for the month", "I basically didn't stop until Sunday", "on call
// all the time", "I was on the import job round the clock" (the speaker's, not "a table written
// around the clock"). The night is still one person's, however kindly it is framed; "she sent it to
// me as a draft" is not a pager routed to one person.
const HELP_REFUSED = String.raw`(?:told|sent|asked) (?:him|her|them|the (?:secondary|primary|others|rest)|[A-Z][a-z]+) (?:to )?(?:log off|go (?:back )?to (?:bed|sleep)|go home|get some sleep|sign off|stand down)|I(?:'m| am|was) not going to (?:wake|page|bother|call)|I'd rather (?:not (?:wake|page|bother)|be the one|see it through)|offered to take over\b[^.;]{0,30}?\b(?:I (?:said no|told|declined|turned)|but I)|(?:didn't|did not|wouldn't|would not) want to (?:ruin|spoil|wreck|put it on) (?:anyone's|anybody's|everyone's|the team's|their|people's) (?:weekend|night|evening|sleep)|so (?:the others|they|everyone else|the (?:rest of the )?team|the juniors|people) could (?:sleep|rest|have (?:their|the) weekend)|worked (?:until|till) (?:one|two|three|four|[1-4]|midnight)\b[^.;]{0,20}?\b(?:most|every) nights?|(?:route|routed|point|pointed) (?:the |all the |every )?(?:night )?(?:pages|alerts?|it)\b[^.;]{0,40}? to (?:me|myself)(?: only)?\b|(?:send|sent) (?:the |all the |every )?(?:night )?(?:pages|alerts?)\b[^.;]{0,40}? to (?:me|myself)(?: only)?\b|I(?:'d| would| will|'ll)? take (?:that|the|this|every|all the) (?:night )?(?:alert|page|pager)s? (?:myself|for the)|I take them, you sleep|${BY_ME}(?:basically |pretty much )?(?:didn't|did not|never) stop (?:until|till|for)|(?:basically|pretty much|permanently|effectively) on[- ]call (?:all the time|around the clock|every night|for (?:weeks|months))|\b(?:I was|I'm|I am|I|worked|working|on it|at it|on[- ]call|on the [\w-]+(?: [\w-]+)?)\b[^.;]{0,30}?(?:a)?round the clock|${BY_ME}stayed (?:up|on)(?: \w+){0,4}? (?:until|till) (?:about |around |roughly )?(?:[1-7](?::\d\d)?|half (?:one|two|three|four|five|six)|the (?:day shift|morning shift|morning|sun)|morning|dawn|sunrise)\b|${BY_ME}stayed (?:up|on) (?:the rest of the night|through the morning|all morning)|(?:1[2-5]|twelve|thirteen|fourteen|fifteen)-hour (?:days|shifts)|(?:kept|were|was) (?:telling|begging) me to (?:go )?(?:get some sleep|sleep|go home|go to bed|log off|take a break)|${BY_ME}work(?:ed|ing) (?:on )?(?:Saturday and Sunday|(?:the |that )(?:whole )?weekend)\b|on my own time|${BY_ME}spent the (?:rest of the |whole |entire )?night\b|sat with it the whole (?:time|night|weekend)|slept (?:a couple of|a few) hours|(?:saw|see|seen|seeing) it through (?:myself|alone|on my own|personally)|(?:didn't|did not|never) (?:really )?step(?:ped)? away (?:until|till)|(?:handing|hand) (?:it |things )?off (?:costs?|is) (?:more|slower)|${BY_ME}(?:was|stayed) (?:on|at|with) it from (?:Friday|Saturday|Sunday|the (?:afternoon|evening)|[\w-]+ (?:afternoon|evening|night)) (?:through|until|till|to) (?:most of )?(?:Saturday|Sunday|Monday|the (?:next|following) (?:morning|day))|${BY_ME}stayed (?:on|with) it through the (?:afternoon and the )?(?:night|weekend)|${BY_ME}was up from (?:Friday|Saturday|Thursday)(?: (?:evening|night|afternoon))? (?:through|until|till|to) (?:Sunday|Monday|Saturday)|sent (?:him|her|them|the (?:secondary|primary|others|rest(?: of the team)?)|[A-Z][a-z]+) (?:back )?(?:home|to bed|off)\b|naps? on the (?:sofa|couch|floor)|(?:couple of|few) naps|moved into the (?:office|war room|ops|[\w-]+ (?:center|centre|room))|weekends included|carr(?:y|ied|ying) the pager for\b[^.;]{0,20}?\b(?:weeks|months)|(?:got|slept) (?:maybe |about |only |just )?(?:two|three|four|2|3|4) hours|slept with (?:the|my) (?:laptop|phone)|carried (?:both )?(?:primary and secondary|both pagers|both rotations)|(?:most|every) (?:evening|night)s? for (?:a|two|three|several) (?:weeks?|months?)`;
// The ending as a rescue others praise: "the best save he'd seen", "the go-to person", "they couldn't have done it without me".
const RESCUE = String.raw`saved the (?:day|launch|release|quarter|deal|weekend)|(?:best|biggest) save|go-to (?:person|guy|engineer|expert)|(?:would|could)(?:n't| not)?(?:'ve| have) (?:done|managed|coped|shipped|made it|pulled it off|gotten through)\b[^.;]{0,20}?\bwithout me`;
const HEROISM = words(
	String.raw`all[- ]nighters?|I(?:(?!\b(?:it|he|she|they|we|which|who|where|that)\b)[^.;]){0,60}?\b(?:in the evenings|over (?:the )?(?:${N}|several|a few|a couple of) weekends|(?:evenings|nights) and (?:over )?(?:the |a couple of |a few |several |${N} )?weekends?)|better than (?:anyone|anybody)(?: else)?(?! (?:expected|thought))|${BY_ME}(?:all night|through the (?:night|weekend)|all weekend)|${SOLO_WORK}|${BY_ME}${N}[- ](?:hours?|days|nights|weekends) (?:straight|in a row|running|without (?:a )?(?:break|sleep))|${SOLO_NIGHT}|non-?stop|(?:gave up|sacrificed|skipped|cancell?ed|cut short|postponed) my (?:weekend|holiday|vacation|night|evening)s?|(?<=\b(?:worked|awake|up(?! to\b)|coding|debugging)\b[^.;]{0,25}?)${LONG}[- ]hours?(?! (?:old|ago|later|earlier|behind|stale))|${BY_ME}${LONG}-hour (?:days?|shifts?|stretch)|(?:didn't|did not|never|without|skipp(?:ed|ing)|no|hardly|barely) (?:any )?(?:sleep(?:ing)?|breaks|rest)|(?:slept|lived) (?:at|in) (?:the|my) (?:office|desk)|${BY_ME}(?:the |a )?(?:whole|entire|full) (?:weekend|night)|(?<=\b(?:I|me|myself)\b[^.;:!?]{0,40}?)(?<!\b(?:let|not|n't|never)\s)(?<!\b(?:gave|let|left|trusted|asked|told|had) (?:her|him|them)\b[^.;]{0,40}?)(?<!\b(?:should(?:n't| not)?|shall|mustn't|must not)\b[^.;]{0,20}?)(?<!\b(?:trust|trusted|rely on|relied on|count on)\b[\w\s-]{1,25})(?<!\b(?:(?:could|would|might)(?:'ve| have)|than)\b[^.;]{0,60}?)alone(?=\s*(?:[.,;:!?)]|$)|\s(?:for|on|until|till|through|over|at|in|with|and|or|but|to|because|since|so|while|when|overnight|all|most|again|that|\w+ly)\b)|by myself|single[- ]handed(?:ly)?|(?<!\b(?:than|not|never|instead of)(?: be| being)? )on my own(?! (?:initiative|team|side|service|code|time))|(?<!\bso (?:that )?)(?<!\b(?:the|a|an|some|any)(?: (?!(?:because|since|as|so|and|but|when|where)\b)[\w-]+){1,3} )(?:nobody|no one|no-one) else(?!'s)|${BY_ME}the only (?:one|person) who (?:could|knew|knows|understands|understood)|(?:I was|I'm|I am) (?:\w+ly )?the only (?:one|person|engineer) [a-z]+ing|trust anyone else|${HELP_REFUSED}|${RESCUE}`,
);
// Blame told as a sneer at someone's habits, motives or diligence rather than a fact of the story:
// "classic them", "which is how they operated", "it wasn't the first time their changes…",
// "if their lead had done his job", "if they had tested it, none of this…", "nobody bothered to tell
// us", "he doesn't value…", "their process is a joke", "no idea what he was doing".
// Another's failure told as their habit: "as they always do, they missed it", "late, as they
// usually are", "one of its regular bad afternoons", "they never do",
// "like most of his ideas", "they never think about the cost", "nobody on that team reviews
// anything properly". A present-tense or habitual verdict is a character judgement, not an event.
const HABIT_SNEER = String.raw`(?:as|like) (?:they|he|she) (?:always|usually|typically) (?:do|does|did)|as (?:they|it|he|she) (?:usually|generally|always|typically|normally) (?:is|are|was|were)\b|(?:its|their|his|her) (?:regular|usual|customary) bad (?:afternoons?|days?|weeks?|nights?)|(?:they|he|she) (?:never|always) (?:do|does)(?=[.,;!]|$)|like (?:most|all|many|every one) of (?:his|her|their) (?:ideas|plans|changes|requests|decisions|projects)|(?:they|he|she|nobody|no one) never (?:think|thinks|listen|listens|ask|asks|read|reads|test|tests|check|checks|consider|considers)|(?:nobody|no one)\b[^.;]{0,40}?\bproperly`;
// A sarcastic aside on someone else's act: "the warehouse team had, as usual, changed the column
// order", "of course nobody on their team had written a test", "as product tends to, they'd…".
// Said of the speaker ("I review it, of course") it is emphasis, not a sneer.
const ASIDE = String.raw`(?:as usual|naturally|predictably|as always|of course|as [\w-]+ tends? to)`;
const OTHERS = String.raw`(?:nobody|no one|they|he|she|their|the (?:[\w-]+ )?(?:teams?|vendor|reviewers?))\b`;
const SARCASM = String.raw`(?<!\b(?:I|we)\b[^.;]{0,40}?)(?:(?<=,\s*|\band\s+)${ASIDE}(?: with (?:that|those|the|them)(?: [\w-]+)?)?(?=,| (?:before|without)\b)|(?<=[.!?]\s+|^|\bbecause,?\s+)${ASIDE},?\s+(?=${OTHERS}))`;
const SNEER = String.raw`${SARCASM}|(?:classic|typical(?: (?:of|for))?) (?:them|him|her)|(?:that's|that is|which is|which was) (?:kind of |just |always |typically )?how (?:they|he|she) (?:operate|operated|work|worked|do things|did things)|(?:wasn't|was not|isn't|is not|not) the first time (?:they|their|he|his|she|her)|(?:done|do|doing) (?:his|her|their) jobs?|(?:nobody|no one|no-one)\b[^.;]{0,30}?\bbothered|(?<!\b(?:not|n't|no|never) (?:a |an |any )?(?:[\w-]+ )?)(?:failure|problem|mistake|miss|screw-?up) on their (?:end|side)|(?:he|she|they) (?:doesn't|don't|didn't|does not|do not|did not|never) (?:really |even |actually )?(?:value|listen)|(?:is|was|were|are)(?:,? (?:frankly|honestly|really|basically|just),?)? (?:a |such a |a complete |a total |an absolute )?(?:joke|farce|shambles)|no (?:idea|clue) what (?:he|she|they) (?:was|were) doing|\bif (?:they|he|she|the [\w-]+ (?:team|vendor)|their [\w-]+)(?:'d| had)\b[^.;]{0,60}?\b(?:none of this|this (?:would(?:n't| not| never))|it (?:would(?:n't| not| never)))|${HABIT_SNEER}|(?:root cause|cause|fault|problem|issue|failure) (?:was|lay|lies|is|turned out to be|ended up being) (?:entirely |squarely |all |firmly )?on (?:their|his|her|the [\w -]{1,40}?'s) (?:side|end)|should (?:be|have been) (?:part of )?(?:their|his|her) job`;
// A word for careless work is blame when it is said of someone's work or conduct: predicated ("it
// was frankly unprofessional", "their reliability was terrible", "a pretty careless call") or
// after a possessive ("the team's sloppy code"); "an outage from a sloppy config change" in a
// colleague's history, or "I was sloppy", pins nothing on anyone.
const JUDGED_WORK = String.raw`(?<=\b(?:(?:was|is|were|are|been)(?: (?:a|an|such a))?|their|his|her|[\w-]+'s)(?: (?:frankly|honestly|really|just|pretty|so|too|completely|totally|clearly|simply|basically))* )(?<!\bI (?:was|had been|'d been)(?: \w+)* )(?:sloppy|careless|incompetent|lazy|terrible|clueless|shoddy|garbage|junk|unprofessional|reckless|negligent)`;
// Someone else's theory of the cause ("she was convinced the library was to blame") reports a
// guess in the story; it is the speaker's verdict only when the speaker holds it.
const THEIR_BELIEF = String.raw`\b(?:I|he|she|they|[A-Z][a-z]+) (?:(?:was|were) (?:convinced|sure|certain)|thought|assumed|suspected|believed|insisted)\b[^.;]{0,60}?`;
// The cause pushed off the speaker's side ("it wasn't us"), another's work judged by the manner it was
// done ("they'd scheduled it badly"), a slip told as plain to see ("he clearly hadn't tested it")
// or their claim called flatly wrong ("which was just wrong"): each is a verdict on the other side.
const DISOWNED = String.raw`(?<!\b(?:person|one|engineer|on[- ]call|owner|lead|driver|author)\b[\w\s-]{0,12})(?:wasn't|was not|isn't|is not) (?:us|me)(?=[.,;!?)]|\s+(?:but|and)\b)|(?:they|he|she)(?:'d| had)? (?:[a-z]+ed|built|written|done|set up|wrote|made)\b[^.;]{0,25}?\b(?<!\bnot )(?:badly|poorly|carelessly|sloppily|lazily|recklessly)\b|(?:they|he|she)(?:'d| had)? (?:clearly|obviously) (?:never|not|didn't|hadn't|did not|had not) (?:even )?(?:tested|test|read|checked|check|looked|bothered|reviewed|run|ran|thought)\b|(?:they|he|she)(?:'d| had) (?:clearly|obviously) (?:already )?(?:decided|made up (?:his|her|their) minds?)|(?:they|he|she|which) (?:was|were) (?:just|simply|completely|totally|flat(?:ly)?|dead|plainly) wrong`;
// The cause moved off the speaker in other ways: a share split ("half on the spec"), a defence
// ("in fairness to us"), praise then "but" ("great people, but", "with the greatest respect"), the
// root cause insisted on as another's ("the root cause really was their change"), credit taken or a standing verdict on an organisation ("the company doesn't value…",
// "nobody on the business side talks to each other"), a sarcastic aside ("…, classic.", "at least
// according to him"), a share put on the person ("part of it was that he…"), their habits told with
// "would just", a superlative ("the worst vendor"), distrust ("not something I trusted"), "a lot of it was out
// of our hands".
const SHIFTED = String.raw`(?:half|partly|mostly|largely) on (?:the|them|him|her|their)\b|(?:in fairness|to be fair) to (?:us|me|myself)|(?:great|nice|lovely) (?:guy|person|people|folks)\b[^.;]{0,20}?\bbut\b|with (?:the greatest |all due )?respect(?=,)|root cause (?:(?:really|honestly|frankly|clearly|ultimately) (?:was|is) (?:their|his|her)|(?:was|is) (?:(?:really|honestly|frankly|clearly|entirely|squarely) (?:their|his|her)|management|leadership|the business))\b|(?<!\bI )(?:takes|took|taking) (?:all )?(?:the )?credit for|(?:company|leadership|management|business|org|organi[sz]ation) (?:doesn't|does not|never) (?:really |even |actually )?(?:value|care|listen|understand|support)|(?:nobody|no one)\b[^.;]{0,30}?\b(?:talks to|listens|cares)\b|inevitably (?:change|break|forget|miss|ignore|push|cut|drop)\w*|(?<=,\s*)(?:classic|typical|surprise|go figure)(?=\s*[.,!;])|brilliant idea|at least according to (?:him|her|them)|(?:part|half|most) of (?:it|the problem|that) was (?:that )?(?:he|she|his|her)\b|(?:they|he|she)(?:'re| (?:was|were|is|are)) (?:\w+ )?the worst\b|(?:they|he|she|their [\w-]+) would (?:just|constantly)\b|(?:they|he|she) (?:wouldn't|won't|refused to) budge|not (?:something|a thing|anything|one) I (?:would )?trust(?:ed)?|(?:a lot|most|much|all) of (?:it|this|that) was out of (?:our|my) hands|(?:they|he|she)\b(?: just| simply)[^.;]{0,20}?\b(?:didn't|did not|never) (?:run|test|check|read|look|ask|review)`;
// "Blame" said outright counts, except the tool's: "git blame", ".git-blame-ignore-revs".
const BLAME = words(
	String.raw`(?:their|his|her|[\w-]+'s) (?:fault(?![\w-]|\s+(?:toleran|lines?|domains?|injection))|doing)|(?:not|never|wasn't|was not|isn't|is not) (?:really |entirely |exactly )?(?:(?:my|our) (?:fault|problem|issue|deploy|change|code|PR|release|bug|commit)|on (?:me|us)\b)|I (?:had )?warned (?:them|him|her|everyone)|I(?: had|'d) told (?:them|him|her|everyone)\b[^.;]{0,40}?\bwould\b|fault of|their (?:mess|incompetence|sloppiness|carelessness|screw-?up)|${JUDGED_WORK}|(?:was|is|were) on them|(?<!\b(?:not|n't|without|no|never|feel|feels|felt) |${THEIR_BELIEF})(?<!\bgit[ -])blam(?:e|ed|ing)(?![- ]?(?:less|free)|\s+(?:was|is) (?:me|myself|mine|my own)\b)|(?:they|he|she|the (?:[\w-]+ )?(?:team|vendor|contractors?|ops|QA)|ops|QA) (?:just |simply )?(?:broke|messed up|screwed up|refused|didn't bother|never bothered|rubber[- ]stamped|ignored|neglected)|dropped the ball|${DISOWNED}|(?:they|he|she|the [\w-]+ team|(?:their|his|her) [\w-]+(?: [\w-]+)?) should(?: never)? have (?!been\b)|${SNEER}|${SHIFTED}`,
);
// Blame aimed at a person: someone named by role ("the new hire", "our DBA", "a reviewer", "the
// contractor") or by name, then a failure told as negligence ("forgot", "ignored", "rubber-stamped",
// "pushed it without testing"). Another team or a vendor is blamed the same way ("the data team never
// tested it"); "our team" is the speaker's own. Told flat ("a new hire changed the timeout"), a colleague's
// mistake is a fact of the story, not blame.
const ROLE = String.raw`(?:hire|hires|reviewer|engineer|developer|dev|contractor|consultant|DBA|admin|administrator|tester|intern|junior|PM|architect|analyst|lead|manager|colleague|teammate|coworker|co-worker|person)`;
const PERSON = String.raw`(?:(?:[Tt]he|[Tt]heir|[Tt]hat|[Aa]nother|[Ss]ome)\s+(?:[\w'-]+\s+){0,2}(?:team|vendor)s?|(?:[Tt]he|[Aa]n?|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|[Mm]y|[Oo]ne|[Tt]hat|[Tt]his)\s+(?:[\w'-]+\s+){0,2}${ROLE}s?|(?!(?:They|This|That|The|Our|Their|It|We|He|She|There|Then|When|Nobody|Everyone|Someone|Nothing|Everything|Tests|Users|Customers|Staging|Production|People|Engineers|Developers|Folks|Operators|Everybody|Somebody)\b|[A-Z][a-z]+ing\b)(?<!\b(?:in|on|at|from|to|into|of|with|by|for|via|over|under|behind)\s)[A-Z][a-z]{2,})`;
// "Kept changing the requirements" is a complaint about a habit, not a fact of one change.
// A step taken without the check it needed: "merged it without testing", "without a single test".
const UNCHECKED = String.raw`(?:[a-z]+ed|push(?:es)?|ships?|deploys?|merges?|changes?|releases?|ran|run|made|put|took|went|wrote|set|sent|did|done|cut|shut)\b[^.;]{0,60}?\b(?:without (?:actually |even |really |so much as |ever )?(?:testing|checking|asking|telling|reading|reviewing|running|looking|waiting|consulting|notifying|warning|(?:a |a single |any )?(?:notice|review|testing|warning|tests?|word|permission))|with no (?:heads-up|warning|notice|review|tests?|testing|announcement))\b`;
const NEGLIGENCE = String.raw`(?:forgot|neglected|ignored|skipped|missed|kept (?:on )?(?:changing|moving|ignoring|missing|insisting|breaking|skipping|forgetting|blocking)|rubber[- ]stamped|failed to|didn't (?:bother|test|check|ask|read|tell|notice|care)|never (?:wrote|tested|checked|asked|told|bothered|read|answered|set up|added|documented|updated|reviewed|monitored|replied|responded)|${UNCHECKED})`;
// "He missed the first page" is an event; with a pronoun only the unchecked step is negligence.
const PERSON_BLAME = new RegExp(
	String.raw`\b(?:${PERSON},?\s+who\b[^.;]{0,50}?\b(?:and|but)\s+${NEGLIGENCE}|(?:${PERSON}|QA|[Oo]ps)(?:,?\s+(?:who|had|has|just|simply|also|then|apparently|clearly|obviously|completely|totally|straight|basically))*\s+${NEGLIGENCE}|(?:[Hh]e|[Ss]he)(?:'d| had)?\s+(?:(?:just|simply|then|also)\s+)?${UNCHECKED})`,
	'g',
);
// A person as the subject of a verdict on them rather than of an event: "she was the problem",
// "this comes down to the new hire", "the real issue was the other team not reading it", a standing judgement in the present ("he doesn't understand
// the systems") or a past one pressed home ("I don't think he even understood it"). The speaker
// disowning any share is the same move: "a process failure more than anything on my end".
const SUBJECT = String.raw`(?:${PERSON}|[Hh]e|[Ss]he)`;
const JUDGED = new RegExp(
	String.raw`\b(?:${SUBJECT}(?:'s| (?:was|is))(?: (?:frankly|honestly|really|just|basically|clearly|simply))* (?:the (?:real |whole |main )?(?:problem|issue)(?=[.,;!]|\s+(?:on|in|with|all along|from the start)\b)|to blame|useless|hopeless)|(?:comes?|came|boils?|boiled) down to ${PERSON}|(?:problem|issue|cause) (?:was|is) (?:that )?${PERSON} (?:not|never) [a-z]+ing|${SUBJECT} (?:doesn't|does not) (?:really |even |actually )?(?:understand|care|value|listen)|${SUBJECT} (?:didn't|did not|never) (?:even|really|actually) (?:understand|care|read|check|test|bother)|I (?:don't|do not|didn't) think (?:he|she|they) (?:even |really |actually )?(?:understood|cared|read|tested|checked|understands|cares)|(?:more|rather) than (?:anything )?on my (?:end|side|part)|no way (?:I|we) could have (?:caught|known|seen|prevented|predicted|spotted))\b`,
	'g',
);

// A verdict on another person's or team's character or standing habits, told as description:
// "their code was, frankly, a mess", "Marco, who was pretty stubborn", "the PM was terrible at
// prioritizing", "their on-call is never responsive", "it felt like they weren't testing their
// releases", "obviously their bug, not ours". Case matters here: a name is a capitalised word after
// the sentence's start, and "the legacy code was a mess" or "my code was a mess" pins nothing on anyone.
const HEDGE = String.raw`(?:,? (?:frankly|honestly|really|just|pretty|so|very|always|completely|totally|basically|kind of|a bit|quite|notoriously),?)*`;
const FAULTED = String.raw`(?:a (?:complete |total |real |bit of a )?(?:mess|disaster|nightmare|joke|liability)|stubborn|lazy|arrogant|clueless|useless|hopeless|careless|sloppy|incompetent|unreliable|unresponsive|impossible to work with|(?:terrible|awful|hopeless|bad) at|never (?:responsive|available|around|reachable|helpful|on time))`;
const JUDGED_PARTY = String.raw`(?:(?:[Tt]heir|[Hh]is|[Hh]er|[A-Z][a-z]+'s|[Tt]he [\w-]+ team's) (?:[\w-]+ ){1,2}|(?<=[a-z,;:]\s)[A-Z][a-z]{2,}(?:, who)? |(?:[Hh]e|[Ss]he|[Tt]hey)(?:, who)? |(?:[Tt]he|[Oo]ur|[Tt]heir) (?:[\w-]+ )?(?:PM|manager|lead|director|VP|architect|reviewer|vendor|contractor|team)s? )`;
const CHARACTER = new RegExp(
	String.raw`\b(?:${JUDGED_PARTY}(?:was|is|were|are)${HEDGE} ${FAULTED}|(?:felt|seemed|looked|sounded) like (?:they|he|she|the [\w-]+ team)(?:'d| had)? (?:(?:weren't|wasn't|didn't|never|don't|doesn't|hadn't) (?:even |really |actually )?(?:test|check|read|review|care|listen|think)\w*|skipped|ignored|forgot|missed)|(?:[Hh]e|[Ss]he|[Tt]hey)(?:'s|'re| is| are| was| were) (?:just )?the (?:kind|type|sort) of (?:[\w-]+ )?(?:engineer|person|developer|guy|manager|lead|team|people) who|(?<=(?:^|[.!?]\s+))(?:(?:Pretty|Really|So|Very|Just|Frankly|Honestly),? )?(?:sloppy|careless|lazy|reckless|negligent|unprofessional)\b(?! (?:of me|on my part))|(?:[Tt]hey|[Hh]e|[Ss]he|team)(?: \w+){0,2} sat on (?:it|this|that|the)\b|(?:doesn't|does not|don't|didn't|never) (?:really |even )?see [^.;]{1,40}? as anything (?:other|more) than|(?:tended|tends) to (?:just )?go with whatever|(?:who|that) (?:haven't|hasn't|have never|has never|never) (?:carried|held|touched|been on|worked|run|shipped|written)\b[^.;]{0,30}?\b(?:pager|on-?call|production|prod|code)|exactly what I(?:'d| had)? (?:said|predicted|warned|told)|(?:[Tt]hey|[Hh]e|[Ss]he)(?:'d| had) had (?:a|an|two|three|four|several|plenty of) (?:month|months|weeks?|days?|warning|notice|time)\b(?=[.,;!]|$)|kept [a-z]+ing on (?:us|me)\b|(?:I|[Ww]e) kept (?:telling|asking|reminding|warning|pinging|chasing) (?:them|him|her)\b|because of (?:them|him|her)\b|(?:[Tt]hey|[Hh]e|[Ss]he|the other [\w-]+|the rest of the team)(?:'d| had)? (?:weren't|wasn't|were not|was not) (?:really )?(?:that |very |all that )?(?:interested|bothered|engaged)\b|(?:trigger|root cause|cause|problem|issue) was (?:him|her|them) (?:not|never) [a-z]+ing|(?:[Nn]obody|[Nn]o one)(?: had| has|'d)? (?:really|even|actually) (?:looked at|checked|read|tested|bothered)|(?:their|his|her) (?:bug|fault|problem|issue|mistake|change|code),? not (?:ours|mine)|(?:[Hh]e|[Ss]he|[Tt]hey)(?:'d| would)\b[^.;]{0,40}?\bnot (?:really |even )?listen)\b`,
	'g',
);

// The candidate's own share in the same miss makes it a shared failure told honestly.
// Blame told as a person's habit, motive or grasp rather than a fact of the story: "a bit of a
// pattern with Marco", "it's not the first time with them", "classic for that team", "he tends to
// merge his own changes without waiting", "which was a bit his style", "one of those people who",
// "she didn't really understand how rating works", "hadn't been on call in years", "never really
// cared about anything outside dollars", "to put on a slide for the board", "the review should
// have caught it too", "approved it in ten minutes without pulling it down", "nobody over there had
// really trained him". Each needs someone other than the speaker as its subject.
const NOT_ME = String.raw`(?<!\b(?:I|we|I'd|we'd|I've|we've)\s(?:\w+\s){0,2})`;
const HABIT = words(
	String.raw`(?:a|the) (?:running )?(?:pattern|joke) (?:with|for|on) (?:him|her|them|that|their|those|[A-Z][a-z]+)|(?:not|wasn't|isn't) the first time (?:with (?:them|him|her)|(?:one of )?(?:they|he|she|their|his|her)\b)|classic (?:for )?(?:that|them|him|her|those)\b|${NOT_ME}(?:tends|tended) to\b[^.;]{0,50}?\b(?:(?:before|without) (?:\w+ )?(?:talking|asking|checking|waiting|telling|looking|testing)|first and)|(?:his|her|their) style\b|one of those (?:people|engineers|guys|managers|PMs|architects|teams) who|(?:he|she|they)(?:'d| had) done this before|that's (?:kind of |sort of )?the thing with (?:a lot of |most )?[\w-]+ (?:folks|people|guys|engineers|devs|grads|teams)|${NOT_ME}(?:didn't|doesn't|don't|did not|does not|do not|never) (?:really |actually |fully |always )?(?:understand|grasp|have a sense of|have any idea) (?:what|how)\b|(?:hadn't|had not|haven't|hasn't|has not|never)\b[^.;]{0,12}?\b(?:carried a pager|been on[- ]call|been (?:close to|near) (?:a )?production(?: incident)?)\b[^.;]{0,30}?\b(?:in|for) (?:years|ages|a decade|some years|a long time)|${NOT_ME}(?:never (?:really )?cared|stopped caring|(?:doesn't|don't|didn't) (?:really )?care) about|(?:everyone|everybody) (?:just )?nodding(?: along)?|(?:put|show) (?:it )?on a slide|wanted to show (?:upward|upwards)|(?:keep|keeps|kept) changing (?:their|his|her) minds?|(?:root cause|cause|problem),? (?:to be blunt|frankly|honestly|bluntly),? (?:was|came from)|(?:problem|issue|root cause) came from the [\w-]+ team(?=\s*[.;])|${NOT_ME}(?:approved|signed off|rubber-stamped)\b[^.;]{0,40}?\bwithout (?:\w+ )?(?:pulling|running|reading|testing|looking|checking|trying|catching|noticing|spotting)|the (?:review|reviewers?|ticket|spec|QA|tests?|docs)(?: \w+)? should(?: really)? have (?:caught|been clearer|flagged|spotted|noticed)|no way (?:that|it|this) (?:was|would)(?: \w+){0,3}? caught|(?:QA|they|he|she|the [\w-]+ team) had only (?:ever )?tested|(?:QA|they|he|she) (?:had |has )?actually (?:tested|read|checked|reviewed) it|as usual,? (?:after|before|when) (?:they|he|she)|(?:he|she|they) (?:just|simply) (?:didn't|did not|never)\b|(?:nobody|no one)(?: over there| on their side| on that team)?(?: had| has|'d)? (?:really |ever )?trained (?:him|her|them)|the thing with [A-Z][a-z]+ (?:is|was)\b|(?:he|she|they) (?:just )?(?:didn't|did not|don't|doesn't) want to (?:learn|change|admit|listen|hear)\b|let (?:him|her|them) get away with|like (?:his|her|their) (?:personal |own )?(?:property|baby|kingdom|fiefdom)|kept (?:telling|promising|assuring) (?:us|me)\b(?! to\b)|(?:mostly|mainly|largely|entirely) because of (?:the|that|their) (?:[\w-]+ )?(?:vendor|team|contractors?|PM|manager|reviewer|agency|partner|department|group)\b|${NOT_ME}without (?:really |even |actually )?(?:announcing|telling|warning) (?:it|anyone|anybody|us|the)\b|(?:has|have|had) (?:a bit of |something of |quite )?a reputation for|(?:engineers?|devs?|developers?|hires?),? who (?:was|were|is) (?:fairly |pretty |quite |very )?(?:new|junior)|(?:nobody|no one) (?:on their side|over there|on that team) (?:had )?(?:thought|bothered|checked|tested|noticed)|lack of (?:review|testing|care|process|ownership) on (?:their|his|her) (?:side|part|end)|(?:had|'d) (?:actually |already )?been (?:asked|told|reminded) (?:to|in)\b[^.;]{0,80}?\b(?:hadn't|didn't|never)|(?:were|was) more about (?:that|him|her|them|his|her|their)\b[^.;]{0,30}?than about|(?:the|a) pattern (?:he|she|they) reached for|(?:worried|cared|concerned) (?:more )?about (?:his|her|their) own (?:credibility|image|reputation|promotion|career|metrics)|${NOT_ME}(?:never|ever|n't) (?:really )?understood (?:the value|why|what|how)|who (?:didn't|did not|doesn't) (?:really |even )?(?:know|understand) (?:the|our|it)\b|(?:written|built|designed) by (?:people|someone|folks|a team) who (?:thought|didn't|never|clearly)|(?:they|team|he|she) apparently never|(?:they|he|she) (?:have|has|had) (?:this|a) habit of|(?<!\bI )had a habit of|set your watch by|(?:second|third|fourth|fifth) time\b[^.;]{0,30}?\b(?:of theirs|they|he|she|their|them)\b|the kind of [\w ]{0,30}nobody asked for|typical (?:for|of) (?:that (?:[\w-]+ )?team|the [\w-]+ team|them|him|her|those|that)|(?:asked|told|reminded) (?:them|him|her) (?:to do )?(?:more than once|again and again|repeatedly|several times|multiple times)|which is how (?:most|all|half) of (?:our|the) [\w-]+ (?:fires|incidents|outages|problems) start|(?:changes|changed|change) (?:direction|course|priorities|their minds?) every|(?:they|he|she) (?:do|does|did) that a lot|(?:don't|doesn't) (?:really )?think about what|(?:from|off) a whiteboard|(?:from|after) a conference talk|hand-?waving|pushed it through anyway|(?:didn't|did not|doesn't) surprise me (?:from|with|coming from)|(?:pretty |quite |fairly )?(?:normal|typical|standard|par for the course) for (?:them|him|her|that team)\b|(?:which|that),? (?:frankly|honestly),? (?:was|is) the whole (?:incident|problem|story)|how (?:they|he|she) (?:operated|operates|operate|works|worked)(?=\s*[.,;!]|$)|new (?:people|hires|folks|joiners) (?:don't|do not|never) (?:always |really )?(?:realise|realize|know|understand|get)\b`,
);

// Blame told as a dismissal of the other side's standing rather than of an act: their experience
// ("the architects had never run a real-time system", "the PM hadn't worked anywhere regulated"), a
// rhetorical question ("who ships a rewrite at 4 on a Friday"), their ways as typical ("typical of
// how that team ran its roadmap"), their slip as elementary ("a pretty basic mistake"), their
// practice as thin ("their review process was, let's say, light") or their care as absent ("they
// weren't interested in going back to it").
const DISMISSED = words(
	String.raw`(?:they|he|she|who|the (?:[\w-]+ )?(?:team|PM|architects?|manager|lead|vendor|reviewers?|group))(?: [\w-]+){0,3}? (?:had|has|have)(?:n't| not)? never (?:run|operated|been on[- ]call|carried a pager|owned|worked (?:on|in|with))\b|(?:hadn't|had not|hasn't|has not) (?:ever )?worked anywhere|\bwho (?:ships|deploys|merges|releases|pushes|schedules|launches) (?:a|an|the|anything|something)\b[^.;?]{0,60}?\bon a (?:Friday|weekend|holiday)|(?:typical|characteristic) of (?:how )?(?:that|the|their|his|her) [\w-]+|${NOT_ME}(?:a |an )(?:pretty |really |very |fairly |quite )?(?:basic|rookie|amateur|elementary|beginner's?) (?:mistake|error|oversight)|(?:their|his|her|the [\w-]+ team's) (?:[\w-]+ ){1,2}(?:process|practices?|testing|reviews?|standards?|discipline)(?: [\w-]+){0,3}? (?:was|were),? (?:let's say|shall we say|to put it kindly|generously|charitably),? (?:pretty |quite |very )?[\w-]+|(?:they|he|she|the [\w-]+ team)\b[^.;]{0,40}?\b(?:weren't|wasn't|were not|was not) (?:really |at all )?(?:interested|bothered) in (?:going back|fixing|helping|looking|touching|owning|supporting)`,
);

// A blaming line quoted as the framing the speaker chose against.
const DISCLAIMER =
	/\b(?:(?:easy|tempting) to (?:write|say|call|frame|put|blame)\b[^.;]{0,30}?['"‘“]|careful not to\b|(?:instead of|rather than) (?:writing|saying|calling)\b[^.;]{0,20}?['"‘“])/i;

const OWN_SHARE = words(
	String.raw`part of (?:the|that) (?:miss|mistake|failure) was mine|neither of us|I(?: had|'d)? (?:reviewed|approved|missed)|(?:the|my|our) (?:runbook|docs?|script|review|process|checklist|onboarding)(?: was mine)?,? (?:and it )?(?:did not|didn't|never|had no)|(?:was|is) my (?:miss|mistake|fault)|(?:a|the) gap in (?:my|our)`,
	'i',
);

// Pinning the cause elsewhere is only blame when nothing on the candidate's side gets fixed.
const SOFT_BLAME = words(
	String.raw`because of (?:the )?(?:[\w-]+ ){0,3}[\w-]+'s (?:mistake|error|bug|bad|broken)|their (?:bad |broken )?(?:deploy|config|change|migration|bug|mistake)|(?:waited|waiting|wait) (?:for|while|until) (?:them|they|the [\w-]+ team)|told them to(?! (?:go (?:back )?to bed|go home|log off|get some sleep|stand down))`,
);

// Work handed over or decided by nobody in particular: "I was assigned", "my manager asked me to",
// "it was decided". A self-check, not a verdict: "I was asked to lead X" is a fine start when the
// candidate's own calls follow, so the question is only asked when no decision of theirs does.
const PASSIVE = words(
	String.raw`I (?:was|got) (?:assigned|asked|told|given|handed|tasked|put on)|(?:my|our|the) (?:[\w-]+ )?(?:manager|lead|boss|director|CTO|VP|PM|architect|head of [\w-]+) (?:asked|told|wanted|assigned|had) me|(?:it|the decision|the call) was (?:decided|made)|(?:it )?was decided`,
);
const OWN_DECISION = words(
	String.raw`I (?:then |also |quickly |first |finally )?(?:decided|chose|proposed|pushed back|argued|recommended|picked|insisted|ruled|turned down|suggested|convinced|persuaded|made the call|weighed|went with|opted|settled on|offered|refused)|my (?:call|decision|recommendation|proposal)`,
	'i',
);

// A step told in the passive with no doer ("the config was rolled back", "an index was added") hides
// who took it as much as "we" does; "I was paged" is the speaker, and "by me" names the doer.
const UNSIGNED_STEP = new RegExp(
	String.raw`(?<!\b(?:I|we|he|she|they|you)\s)\b(?:was|were|got|had been|has been|have been)\s+(?:(?:then|quickly|eventually|finally|also|all|just|immediately|manually|later|gradually)\s+)?(?:(?:re)?deployed|rolled (?:back|out)|reverted|run|planned|monitored|tested|written|produced|held|put in place|considered|rejected|proposed|adopted|revoked|migrated|rewritten|added|fixed|patched|shipped|implemented|introduced|moved|replaced|refactored|tuned|raised|lowered|created|set up|built|rebuilt|changed|updated|upgraded|configured|enabled|disabled|removed|restarted|merged|released|launched|switched|scaled|throttled|drained|backfilled|cleaned up|turned (?:off|on))\b(?!\s+by\s+(?:me|myself)\b)`,
	'gi',
);

// In a design or a walkthrough the candidate's steps are told as intentions: "I'd add a watchdog",
// "I'll pin it", "I would reject async replication". They are the speaker's own, as much as a past
// "I added". Verbs of opinion or wish ("I'd say", "I'd rather", "I would think") are not steps.
const MY_PLANNED_STEP =
	/\bI(?:'d|'ll| would| will)\s+(?:(?:also|then|first|still|just|personally|probably|definitely|immediately)\s+)?(?!(?:be|say|think|like|love|want|rather|need|have|guess|imagine|hope|expect|argue|probably|recommend|suggest|prefer|feel|bet|assume|agree|do)\b)[a-z]+\b/g;

// What a lesson about working alone is about: bringing people in.
const HELP_LESSON = words(
	String.raw`page[sd]?|paging|wake|waking|woke|escalat\w*|hand(?:ed|ing)? (?:off|over|it)|handoff|ask(?:ed|ing)? for help|call(?:ed|ing)? (?:in|someone|for)|bring(?:ing)? in|brought in|pull(?:ed|ing)? in|alone|sooner|earlier|minute \w+|help|the secondary|backup`,
	'i',
);

const IMPROVE = String.raw`(?:better|faster|quicker|smoother|happier|cheaper|more (?:reliable|stable|robust|resilient|scalable|efficient|responsive|predictable|performant)|snappier|leaner|lighter|higher|easier|healthier|quieter|calmer|less|fewer|lower|improv\w*|reduc\w*|drop\w*|fell|decreas\w*|down|cut|sped up|boost\w*)`;
const INTENSE = String.raw`(?:significantly|greatly|dramatically|drastically|massively|hugely|substantially|considerably|vastly|noticeably|much|far|way|a lot|a great deal)`;
// A hedged zero ("basically no impact on performance"), an impact called significant or money saved
// as "a lot of revenue" is a guess standing where a measure should.
// A problem said to have faded with no count of before and after ("the alerts mostly went away",
// "saved us hours"), an impact called minimal or limited, "a big success", "back to normal" or "well under the
// target" is a result told as a feeling.
const FADED = String.raw`(?:mostly|largely|basically|pretty much|virtually|essentially|practically|almost entirely) (?:disappeared|went away|vanished|stopped|gone|eliminated|solved|resolved)|saved (?:us |the team |them |everyone |people )?(?:hours|days|weeks|so much time|a bunch of time|time)|(?:impact|effect|downtime|disruption|slowdown)\b[^.;]{0,25}?\b(?:was|were) (?:\w+ )?(?:minimal|negligible|tiny|limited|small|contained)|(?:big|huge|massive|great|real|total) success|well (?:under|below|within|inside) (?:the |our )?(?:target|budget|SLO|SLA|threshold|limit)|(?:performance|latency|throughput|response times?|reliability)\b[^.;]{0,20}?\b(?:stayed|remained) (?:\w+ )?(?:good|great|solid|healthy|strong)`;
// A measure that should rise, said to have risen, or a problem said to have gone, with no count:
// "conversion went up significantly", "after that the timeouts on search went away".
const ROSE = String.raw`(?:conversion|revenue|sign-?ups|adoption|engagement|retention|usage|satisfaction|NPS|hit rate|cache hits|click-?through)\b[^.;]{0,30}?\b(?:went up|rose|increased|grew|climbed|jumped|improved)`;
const WENT_AWAY = String.raw`(?:timeouts|errors|alerts|pages|complaints|incidents|failures|tickets|outages|stalls|spikes)\b[^.;]{0,30}?\b(?:went away|disappeared|vanished)`;
// An outcome told as a feeling: "it went really well", "engagement was great", "the whole thing
// went really smoothly", "no impact to users", "the backfill finished pretty quickly". With a number
// beside it ("the cutover went smoothly: zero errors in 3 days") it is a measured result (see backs).
const FELT = String.raw`(?:it|that|this|everything|the (?:whole thing|launch|rollout|release|migration|cutover|backfill|change|project|results?|numbers|feedback|response|reception|engagement|adoption|uptake)|(?:engagement|adoption|feedback|reception|uptake|performance|results?))\b(?: \w+){0,2}? (?:went|was|were|looked|finished|landed|ran)(?: (?:really|very|super|pretty|so|extremely|incredibly|quite|all))* (?:well|smoothly|great|amazing|excellent|positive|fantastic|quick(?:ly)?|fine throughout)\b|no (?:real |noticeable |visible )?impact (?:to|on|for) (?:users|customers|anyone|performance|the business)|${ROSE}|${WENT_AWAY}|minimal (?:data loss|downtime|impact|disruption|errors)|(?:barely|hardly|almost no|scarcely) (?:anyone|anybody|one|customers|users) (?:noticed|complained)|(?:moved over|back up|recovered|came back|finished|migrated|switched over)\b[^.;]{0,15}?\b(?:pretty|really|very|fairly|super|quite) (?:quickly|fast)`;
// A gain offered as a guess ("I'd say something like 30% faster, maybe more") is no measure, number or not.
const GUESSED = new RegExp(
	String.raw`\b(?:something like|I'd say|I'd guess|I guess|my guess is)\b[^.;]{0,20}?\d+ ?(?:%|percent) ${IMPROVE}`,
	'gi',
);
const VAGUE = words(
	String.raw`${INTENSE} (?:[\w-]+ )?${IMPROVE}(?! at\b| to (?:say|accept|agree|argue|explain|sell|hear|approve)\b)|${IMPROVE} (?:[\w-]+ ){0,2}${INTENSE}|(?:basically|virtually|practically|essentially|pretty much) (?:no|zero) (?:impact|downtime|errors?|issues?|problems?|difference|effect)|(?:impact|improvement|difference|effect|gains?|savings?|benefit) (?:was|were) (?:${INTENSE} )?(?:significant|huge|massive|big|substantial|dramatic|enormous|tremendous)|saved (?:the company |us |them |the team )?(?:a lot|lots|a ton|a fortune|plenty|heaps) of|world-class|across the board|night and day|moved the needle|(?:huge|big|massive|major) impact|(?:huge|big|massive|major|significant|substantial|dramatic|noticeable|meaningful|marked|considerable|tremendous|real) (?:improvement|win|difference|boost|reduction|drop|decrease|speed-?up|gain|saving)s?|made (?:a|all the) (?:(?:real|big|huge|massive|noticeable|world of) )?difference|(?:went|ran|landed) (?:much|a lot|far|way) (?:more )?smooth(?:ly|er)|${FADED}|${FELT}|(?:latency|performance|throughput|reliability|uptime|stability|response times?|build times?|load times?|errors?|error rates?|complaints|tickets|incidents|pages|alerts|timeouts|failures|costs?|the bill)\b[^.;]{0,30}\b(?:improved|got better|got faster|went down|decreased|dropped(?: off)?|fell|declined|shrank|plummeted)(?: ${INTENSE})?`,
);

const ON_CALL = words(String.raw`on[- ]?call|pager|paged|pages|rotation|burn(?:ed|t)?[- ]?out|night shifts?|woken|sleep`, 'i');
const SANITIZED = words(
	String.raw`(?:was|were|is|felt) (?:fine|okay|ok|manageable|not (?:that |too )?bad)|never really (?:felt|had|struggled)|no big deal|just handled|manageable`,
);
const BUZZWORDS = words(
	String.raw`leverag\w*|synerg\w*|best[- ]in[- ]class|world[- ]class|cloud[- ]native|end[- ]to[- ]end ownership|cross[- ]functional|future[- ]proof|move[ds]? the needle|holistic|paradigm|game[- ]chang\w*|drive (?:excellence|alignment|impact)|seamless(?:ly)?|spearhead\w*|championed`,
);
const HONEST_MOMENT = words(
	String.raw`my first (?:guess|hunch|idea)|I was wrong|turned out|I assumed|disagreed|pushed back|I had missed|I got (?:it|that) wrong|wrong (?:guess|turn)`,
	'i',
);

const spansOf = (re: RegExp, text: string): Span[] =>
	[...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
/** The spans in text order, overlapping ones joined: two rules matching the same words mark them once. */
function merged(spans: Span[]): Span[] {
	const out: Span[] = [];
	for (const span of [...spans].sort((a, b) => a.start - b.start)) {
		const last = out.at(-1);
		if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
		else out.push({ ...span });
	}
	return out;
}
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Every finding for an analysed answer: verdicts in the order of PITFALLS, then the questions. */
export function findPitfalls(input: RuleInput): Finding[] {
	const { text, sentences, quantities, beats } = input;
	const found: Finding[] = [];
	const verdict = (pitfall: PitfallId, message: string, spans: Span[]) =>
		found.push({ pitfall, kind: 'verdict', message, spans: merged(spans) });

	// plural-pronouns: "we" is the subject of most action verbs.
	const actions = sentences.flatMap((s) =>
		actionsIn(s.text).map((a) => ({ ...a, start: a.start + s.start, end: a.end + s.start })),
	);
	const we = [...actions.filter((a) => a.subject === 'we'), ...spansOf(UNSIGNED_STEP, text)];
	// "Next time I'd add a canary" is the lesson, not a step of the answer's own.
	const planned = sentences
		.filter((_, i) => !beats.reflection.sentences.includes(i))
		.flatMap((s) => spansOf(MY_PLANNED_STEP, s.text));
	const mine = actions.filter((a) => a.subject === 'i').length + planned.length;
	if ((we.length >= 2 || !mine) && we.length > mine)
		verdict(
			'plural-pronouns',
			`"We" or no one does ${plural(we.length, 'step')} and "I" ${mine}: say which steps were yours.`,
			we.map(({ start, end }) => ({ start, end })).sort((a, b) => a.start - b.start),
		);

	// Endurance told as the mistake a lesson came from ("I spent 40 minutes alone before waking
	// anyone. Since then I page at minute five.") is the opposite of a boast.
	// The lesson must be about the endurance itself (asking for help, paging, handing over sooner):
	// "that's why I'd never run async again" after fourteen hours alone leaves the boast standing.
	const lessonAfter = (at: number) => {
		const i = sentences.findIndex((s) => s.end >= at);
		return beats.reflection.sentences.includes(i + 1) && HELP_LESSON.test(sentences[i + 1]!.text);
	};
	const heroism = spansOf(HEROISM, text).filter((h) => !lessonAfter(h.start));
	// What no rule names, the learned reader may (heroism-sentences.ts): a night or a season told
	// as a detail. Its verdict quotes the sentence that reads most as heroism.
	if (!heroism.length) {
		const sentence = heroicSentence(sentences, input.heroismReader, (s) => lessonAfter(s.start));
		if (sentence) heroism.push({ start: sentence.start, end: sentence.end });
	}
	if (heroism.length)
		verdict(
			'heroism',
			'Endurance is the high point here: tell it as command and handoff, who you paged and when you handed over.',
			heroism,
		);

	// A framing quoted to be turned down ("it would have been easy to write it up as 'they rotated a
	// cert without telling anyone', and I was careful not to") is the opposite of blame.
	const disclaimed = (span: Span) => {
		const s = sentences.find((x) => x.start <= span.start && x.end >= span.end);
		return !!s && DISCLAIMER.test(s.text);
	};
	const blamed = [
		...spansOf(BLAME, text),
		...spansOf(JUDGED, text),
		...spansOf(CHARACTER, text),
		...spansOf(HABIT, text),
		...spansOf(DISMISSED, text),
	];
	if (!OWN_SHARE.test(text)) blamed.push(...spansOf(PERSON_BLAME, text));
	if (!blamed.length && !OWNED_FIX.test(text)) blamed.push(...spansOf(SOFT_BLAME, text));
	// What no rule names, the learned reader may (blame-sentences.ts): blame told through a detail
	// or a tone. Its verdict quotes the sentence that reads most as blame.
	if (!blamed.length) {
		const sentence = blamingSentence(sentences, input.blameReader);
		if (sentence) blamed.push({ start: sentence.start, end: sentence.end });
	}
	const blame = blamed.filter((b) => !disclaimed(b));
	if (blame.length)
		verdict('blame', 'The cause is pinned on someone else: name it neutrally and spend the words on the fix you drove.', blame);

	// vague-metrics: a claim of improvement with no number in its sentence or the next one; a
	// number in a "next time" sentence is a threshold for later, not the result's.
	const metric = (s: Sentence | undefined) =>
		!!s && quantities.some((q) => q.kind !== 'time' && q.start >= s.start && q.end <= s.end);
	const backs = (i: number) => metric(sentences[i]) || (metric(sentences[i + 1]) && !beats.reflection.sentences.includes(i + 1));
	const vague = [
		...sentences.flatMap((s, i) =>
			backs(i) ? [] : spansOf(VAGUE, s.text).map((v) => ({ start: v.start + s.start, end: v.end + s.start })),
		),
		...spansOf(GUESSED, text),
	];
	if (vague.length)
		verdict('vague-metrics', 'A claim of improvement with no number: give the baseline, the result and the unit.', vague);

	if (!beats['trade-off'].covered)
		verdict('no-trade-off', 'No rejected alternative: name the option you turned down and the reason that decided it.', []);
	if (!beats.reflection.covered)
		verdict('no-reflection', 'No "next time" beat: close with what you changed or would do differently.', []);

	const passive = spansOf(PASSIVE, text);
	if (passive.length && !OWN_DECISION.test(text))
		found.push({
			pitfall: 'passive-ownership',
			kind: 'self-check',
			message: `"${text.slice(passive[0]!.start, passive[0]!.end)}" leaves open who decided. Which call was yours, or who made it and what did you do with it?`,
			spans: passive,
		});

	const onCall = input.onCallPrompt || ON_CALL.test(text);
	const sanitized = spansOf(SANITIZED, text);
	found.push({
		pitfall: 'sanitized-on-call',
		kind: 'self-check',
		message: `${sanitized.length ? 'This says it was fine. ' : ''}${onCall || sanitized.length ? 'Did you name the hard stretch with a number (nights woken a week, pages a shift) before the fix?' : 'If asked about on-call or burnout, would you name a hard stretch rather than say it was fine?'}`,
		spans: sanitized,
	});
	const buzz = spansOf(BUZZWORDS, text);
	found.push({
		pitfall: 'over-rehearsed',
		kind: 'self-check',
		message: `${buzz.length ? `Would you say "${text.slice(buzz[0]!.start, buzz[0]!.end)}" out loud? ` : ''}Could you tell this in other words tomorrow${HONEST_MOMENT.test(text) ? '?' : ', with one honest moment: a wrong guess, a colleague who disagreed?'}`,
		spans: buzz,
	});
	return found;
}
