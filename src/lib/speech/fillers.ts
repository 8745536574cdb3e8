/**
 * Filler words in a spoken (transcribed or typed) answer: hesitations ("um", "uh"), and the
 * hedges that pad a sentence ("you know", "sort of", "basically"). Pure, no DOM.
 *
 * Several fillers are also ordinary English, so each has a rule, and every rule errs toward not
 * counting: a candidate should never be marked down for a correct sentence.
 * - "like" counts only where it can be neither a verb nor a comparison: set off by a comma
 *   ("it was, like, slow"; "Like, we…"), next to another filler ("um like"), before a number
 *   (an approximation: "like 30 minutes"), or quoting ("I was like we need…", "he's like no").
 *   "I like", "would like", "looks like", "a tool like Kafka", "like a queue" are not counted.
 * - "you know" does not count as a question or with an object: "do you know", "if you know",
 *   "you know what/how/that/the…".
 * - "I mean" does not count in "what I mean", "I mean it", "I mean to…".
 * - "sort of" and "kind of" do not count after a determiner: "a sort of queue", "what kind of load".
 * - Hesitations (um, uh, er, erm, hmm, ah) and "basically", "literally" always count.
 */

/** The fillers counted, in the order they are listed. */
export const FILLERS = ['um', 'uh', 'like', 'you know', 'i mean', 'sort of', 'kind of', 'basically', 'literally'] as const;
export type Filler = (typeof FILLERS)[number];

/** How many fillers an answer holds, in all and each. */
export interface FillerCount {
	total: number;
	/** Each filler found at least once, most frequent first (ties in `FILLERS` order). */
	each: { filler: Filler; count: number }[];
}

interface Token {
	word: string;
	/** True when a comma, dash or sentence end follows the word. */
	pauseAfter: boolean;
}

/** Words in lower case, with whether punctuation follows each (a comma marks a spoken aside). */
function tokenize(text: string): Token[] {
	const tokens: Token[] = [];
	for (const match of text.toLowerCase().matchAll(/([\p{L}\p{N}][\p{L}\p{N}'’]*)|([,;:.!?—–]|\s-\s)/gu)) {
		if (match[1]) tokens.push({ word: match[1].replace(/’/g, "'"), pauseAfter: false });
		else if (tokens.length) tokens.at(-1)!.pauseAfter = true;
	}
	return tokens;
}

const HESITATION = /^(u+m+|u+h+m*|e+r+m*|h+m+|a+h+|m+h*m+)$/;
const set = (words: string) => new Set(words.split(' '));
/** Words before "like" that make it a verb (subject, auxiliary, modal, negation, "to"). */
const LIKE_VERB_BEFORE = set(
	"i you we they people who to would wouldn't 'd i'd we'd you'd they'd do does did don't doesn't didn't not really also always still will 'll might may could should must",
);
/** Words before "like" that make it a comparison ("looks like", "something like"). */
const LIKE_COMPARISON_BEFORE = set(
	'look looks looked looking sound sounds sounded seem seems seemed feel feels felt something anything nothing more much exactly just things stuff ones',
);
/** Verbs of saying before a quotative "like": "I was like …", "she's like …". */
const QUOTATIVE_BEFORE = set("was were is are am 's i'm he's she's they're we're you're it's");
/** Words after a quotative "like" that begin the thing said. */
const QUOTED_START = set('i we you he she they no yes yeah okay ok oh wait why what');
const YOU_KNOW_QUESTION_BEFORE = set(
	"do did does don't didn't doesn't if as would could will 'd to what how let let's whether when",
);
const YOU_KNOW_OBJECT_AFTER = set(
	'what how why where when who whether that this these those the a an it him her them me us about more my your their our his its nothing anything everything someone somebody',
);
const I_MEAN_NOT_BEFORE = set("what which that if do did don't didn't");
const I_MEAN_NOT_AFTER = set('it that to this what when');
const DETERMINERS = set('a an the this that these those what which some any one every no same each another first right wrong');

/** Counts the fillers in `text` by the rules above. */
export function countFillers(text: string): FillerCount {
	const tokens = tokenize(text);
	const counts = new Map<Filler, number>();
	const add = (filler: Filler) => counts.set(filler, (counts.get(filler) ?? 0) + 1);
	const word = (i: number) => tokens[i]?.word;
	const isFillerWord = (i: number) => {
		const w = word(i);
		return w !== undefined && HESITATION.test(w);
	};
	for (let i = 0; i < tokens.length; i++) {
		const w = tokens[i]!.word;
		const before = word(i - 1);
		const after = word(i + 1);
		const pauseBefore = i === 0 || tokens[i - 1]!.pauseAfter;
		if (HESITATION.test(w)) add(w.startsWith('u') && w.includes('h') ? 'uh' : 'um');
		else if (w === 'basically' || w === 'literally') add(w);
		else if (w === 'like') {
			const aside = pauseBefore && tokens[i]!.pauseAfter;
			const nextToFiller = isFillerWord(i - 1) || isFillerWord(i + 1);
			const quoting = before !== undefined && QUOTATIVE_BEFORE.has(before) && after !== undefined && QUOTED_START.has(after);
			const verbOrComparison = before !== undefined && (LIKE_VERB_BEFORE.has(before) || LIKE_COMPARISON_BEFORE.has(before));
			// "like 30 minutes" after a verb of being or a preposition is an approximation; "like a queue" is a comparison.
			const approximation = after !== undefined && /^\d/.test(after) && !verbOrComparison;
			if (aside || nextToFiller || quoting || approximation) add('like');
		} else if (w === 'you' && after === 'know') {
			const object = word(i + 2);
			const question = before !== undefined && !pauseBefore && YOU_KNOW_QUESTION_BEFORE.has(before);
			const hasObject = object !== undefined && !tokens[i + 1]!.pauseAfter && YOU_KNOW_OBJECT_AFTER.has(object);
			if (!question && !hasObject) add('you know');
			i++;
		} else if (w === 'i' && after === 'mean') {
			const next = word(i + 2);
			const notFiller =
				(before !== undefined && !pauseBefore && I_MEAN_NOT_BEFORE.has(before)) ||
				(next !== undefined && !tokens[i + 1]!.pauseAfter && I_MEAN_NOT_AFTER.has(next));
			if (!notFiller) add('i mean');
			i++;
		} else if ((w === 'sort' || w === 'kind') && after === 'of') {
			if (before === undefined || pauseBefore || !DETERMINERS.has(before)) add(w === 'sort' ? 'sort of' : 'kind of');
			i++;
		}
	}
	const each = FILLERS.filter((f) => counts.has(f))
		.map((filler) => ({ filler, count: counts.get(filler)! }))
		.sort((a, b) => b.count - a.count);
	return { total: each.reduce((sum, e) => sum + e.count, 0), each };
}
