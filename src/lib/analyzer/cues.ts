/**
 * The phrase lists the beat and pitfall rules share. Each is a regular expression over one
 * sentence; offsets are relative to that sentence. Kept in one file so that "what counts as a
 * rejected alternative" means the same thing to the trade-off beat and the no-trade-off pitfall.
 */
import type { Span } from './sentences.ts';

/** Who did an action: the candidate ("I"), or the group ("we", "the team and I"). */
export interface Action extends Span {
	subject: 'i' | 'we';
}

// Verbs after "I"/"we" that describe a state, an outcome or a group act rather than a step
// someone took: "we were three engineers", "we had a rotation", "we agreed", "we lost".
const NOT_ACTIONS = new Set(
	'was were had needed wanted knew felt seemed agreed debated discussed met lost saw got heard learned learnt liked loved hoped used owned covered called named expected assumed believed thought need speed feed'.split(' ')
);
const IRREGULAR = new Set(
	'found built wrote rewrote ran made took put set sent led drove chose brought caught cut kept spent split broke began threw told gave held dug shut tore stood spun went rebuilt undid withdrew sought fought bought paid laid rode shook swept stuck struck won'.split(' ')
);
const ADVERBS = 'then|also|quickly|first|finally|eventually|just|immediately|all|both|together|jointly|later|still|never|only|personally|myself|ourselves|again|carefully|manually|simply';
const ACTION = new RegExp(`\\b(?:(?<joint>[\\p{Lu}][\\p{L}-]*|team|colleague|colleagues|manager|lead|partner|teammate|teammates|she|he|engineer|others) and I|(?<i>I)|(?<we>[Ww]e))\\s+(?:(?:${ADVERBS})\\s+){0,2}(?<verb>[a-z]+)\\b`, 'gu');

/** Actions with an explicit subject in one sentence: "I rolled it back", "we found the query". */
export function actionsIn(sentence: string): Action[] {
	const out: Action[] = [];
	for (const m of sentence.matchAll(ACTION)) {
		const verb = m.groups?.['verb'] ?? '';
		if (NOT_ACTIONS.has(verb) || !(IRREGULAR.has(verb) || /..ed$/.test(verb))) continue;
		out.push({ subject: m.groups?.['i'] ? 'i' : 'we', start: m.index, end: m.index + m[0].length });
	}
	return out;
}

/** A "next time" beat: a lesson, a change of habit, or what the candidate would do differently. */
export const REFLECTION =
	/\b(?:next time|in hindsight|in retrospect|looking back|since then|ever since,? I|from then on|going forward|these days|now I|I now|I(?:'ve| have) since|my rule now|lessons?|learn(?:ed|t)|taught me|takeaway|what I'?d (?:change|do differently)|(?:do|done) (?:it |things )?differently|would change|if I (?:did|had to do|were to do|could do) (?:it|this|that) (?:again|over)|I (?:should|would|could)(?:'ve| have)|I'd have|I wish I|(?:became|is now|are now) (?:the|our|a) (?:team's )?(?:default|standard|template|rule)|(?:the team|everyone|we) adopted|proposed a (?:rule|policy|practice|standard|default)|outlasted|outlived)\b/i;

/** A named alternative that was weighed and turned down. */
export const ALTERNATIVE =
	/\b(?:rather than|instead|(?:chose|choose|picked|preferred|favou?red|went with|selected|prioritized|recommended|opted for)\b[^.;]{0,60}?\b(?:over|to)\b|turn(?:ed)? (?:it |that |this |them )?down|rul(?:ed|ing) (?:it |that |this |them )?out|rejected|decided against|argued against|(?:chose|decided) not to|held off|considered\b[^.;]*\bbut\b|weighed|could have\b[^.;]*\bbut\b|would(?:'ve| have)|versus|vs\.?|trade-?off|I accepted|at the (?:cost|expense|price) of|the (?:price|cost) (?:was|I accepted)|alternatives?|(?:other|two|three|several|quicker|cheaper|simpler|obvious|safer|riskier|second) (?:options?|routes?|approach(?:es)?)|option I|ranked it)\b/i;

/** Owning a fix: a first-person step that changes something. */
export const OWNED_FIX =
	/\bI (?:(?:then|also|quickly|first) )?(?:added|wrote|built|fixed|changed|moved|set up|introduced|shipped|rolled|reverted|patched|put|created|replaced|made|rewrote|configured|proposed|drove|ran)\b/i;
