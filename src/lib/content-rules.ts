/**
 * Rules that span entries, which no single schema can check: references that must resolve, the
 * fixed id sets, the four highest-signal prompts, beat cues of each prompt's own, beat windows
 * that must add up to the story length the framework states, pitfalls, rubric dimensions or
 * competencies that no prompt uses, story types whose recommended prompts do not name them back,
 * one level ladder for each prompt to prepare cold, screen versions of the sample answers that
 * must fit the screen preset, glossary terms and aliases that must each name one entry, and
 * product names spelled as their makers spell them.
 * Pure: it takes parsed entries and returns problems; `scripts/check-content.ts` runs it.
 */
import type { Answer } from '../schemas/answer.ts';
import type { Beat } from '../schemas/beat.ts';
import type { Faq } from '../schemas/faq.ts';
import type { GlossaryEntry } from '../schemas/glossary.ts';
import { BEATS, COMPETENCIES, PITFALLS } from '../schemas/ids.ts';
import { LEVEL_STEPS, type Ladder } from '../schemas/ladder.ts';
import type { Pitfall } from '../schemas/pitfall.ts';
import type { Prompt } from '../schemas/prompt.ts';
import type { EntryRef } from '../schemas/reference.ts';
import type { RubricDimension } from '../schemas/rubric.ts';
import type { StoryType } from '../schemas/story-type.ts';
import type { TimingPreset } from '../schemas/timing.ts';
import type { Week } from '../schemas/week.ts';
import { closest, type ContentProblem } from './content-problems.ts';
import { clock, countWords } from './text.ts';
import { SCREEN_PRESET, WORDS_PER_MINUTE, wordRange } from './timing.ts';
import { termKey } from './glossary-links.ts';
import { misspelledNames } from './product-names.ts';

/** A parsed entry with the file it came from. */
export interface Entry<T> {
	id: string;
	file: string;
	data: T;
}

export interface GuideContent {
	prompts: Entry<Prompt>[];
	answers: Entry<Answer>[];
	pitfalls: Entry<Pitfall>[];
	rubric: Entry<RubricDimension>[];
	beats: Entry<Beat>[];
	timing: Entry<TimingPreset>[];
	weeks: Entry<Week>[];
	storyTypes: Entry<StoryType>[];
	faq: Entry<Faq>[];
	ladders: Entry<Ladder>[];
	glossary: Entry<GlossaryEntry>[];
}

/** How many prompts are flagged highest-signal ("prepare these cold"). */
export const HIGHEST_SIGNAL_COUNT = 4;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Every problem across the guide's content; empty when it all holds together. */
export function checkContent(content: GuideContent): ContentProblem[] {
	return [
		...checkIds(content),
		...checkReferences(content),
		...checkFixedSet(content.pitfalls, PITFALLS, 'pitfall'),
		...checkFixedSet(content.beats, BEATS, 'beat'),
		...checkBeatOrder(content.beats),
		...checkHighestSignal(content),
		...checkLadders(content),
		...checkCues(content),
		...checkTiming(content),
		...checkScreenVersions(content),
		...checkUsed(content),
		...checkCompetenciesUsed(content),
		...checkRecommended(content),
		...checkUnique(content),
		...checkGlossary(content.glossary),
		...checkProductNames(content),
	];
}

/** `.md` or `.mdx`: a rename keeps the kind of file it is. */
const extension = (file: string) => /\.mdx?$/.exec(file)?.[0] ?? '.md';

function checkIds(content: GuideContent): ContentProblem[] {
	return Object.values(content)
		.flat()
		.filter((entry) => !ID.test(entry.id))
		.map((entry) => ({
			file: entry.file,
			field: '(file name)',
			problem: `"${entry.id}" is not a lowercase kebab-case id`,
			fix: `rename the file to ${entry.id
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '-')
				.replace(/^-|-$/g, '')}${extension(entry.file)}`,
		}));
}

/** Every reference field of every collection, as [entry, field, reference]. */
function* references(content: GuideContent): Generator<[Entry<unknown>, string, EntryRef]> {
	for (const prompt of content.prompts) {
		for (const key of ['storyTypes', 'pitfalls', 'rubric'] as const) {
			for (const [i, ref] of prompt.data[key].entries()) yield [prompt, `${key}[${i}]`, ref];
		}
	}
	for (const answer of content.answers) {
		yield [answer, 'prompt', answer.data.prompt];
		for (const [i, beat] of answer.data.beats.entries()) {
			for (const [j, ref] of beat.avoids.entries()) yield [answer, `beats[${i}].avoids[${j}]`, ref];
		}
	}
	for (const faq of content.faq) {
		for (const [i, ref] of faq.data.pitfalls.entries()) yield [faq, `pitfalls[${i}]`, ref];
	}
	for (const type of content.storyTypes) {
		for (const [i, ref] of type.data.recommendedFor.entries()) yield [type, `recommendedFor[${i}]`, ref];
	}
	for (const ladder of content.ladders) {
		yield [ladder, 'prompt', ladder.data.prompt];
		for (const step of LEVEL_STEPS) {
			for (const [i, change] of ladder.data.changes[step].entries())
				yield [ladder, `changes.${step}[${i}].dimension`, change.dimension];
		}
	}
	for (const entry of content.glossary) {
		for (const [i, ref] of entry.data.seeAlso.entries()) yield [entry, `seeAlso[${i}]`, ref];
	}
}

function checkReferences(content: GuideContent): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const [entry, field, ref] of references(content)) {
		const target = content[ref.collection as keyof GuideContent] as Entry<unknown>[] | undefined;
		const ids = (target ?? []).map((e) => e.id);
		if (ids.includes(ref.id)) continue;
		const guess = closest(ref.id, ids);
		problems.push({
			file: entry.file,
			field,
			problem: `no ${ref.collection} entry "${ref.id}" exists`,
			fix: guess
				? `did you mean "${guess}"?`
				: ids.length > 0
					? `use one of: ${ids.join(', ')}`
					: `add the ${ref.collection} entry "${ref.id}" first`,
		});
	}
	return problems;
}

/** Collections whose ids are fixed (other code keys on them) must hold exactly those ids. */
function checkFixedSet(entries: Entry<unknown>[], fixed: readonly string[], noun: string): ContentProblem[] {
	const ids = entries.map((e) => e.id);
	const missing = fixed.filter((id) => !ids.includes(id));
	const extra = entries.filter((e) => !fixed.includes(e.id));
	return [
		...extra.map((e) => ({
			file: e.file,
			field: '(file name)',
			problem: `"${e.id}" is not one of the fixed ${noun} ids`,
			fix: `name the file after one of: ${fixed.join(', ')}`,
		})),
		...missing.map((id) => ({
			file: `content/${noun}s/${id}.md`,
			field: '(file)',
			problem: `the ${noun} "${id}" is missing`,
			fix: `add content/${noun}s/${id}.md`,
		})),
	];
}

/** A beat's `order` is its place in STAR-TR; the timer plays beats in that order. */
function checkBeatOrder(beats: Entry<Beat>[]): ContentProblem[] {
	return beats.flatMap((b) => {
		const place = BEATS.indexOf(b.id as (typeof BEATS)[number]) + 1;
		return place > 0 && b.data.order !== place
			? [{ file: b.file, field: 'order', problem: `${b.data.order} is out of STAR-TR order`, fix: `set order: ${place}` }]
			: [];
	});
}

const normalize = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();

/**
 * A prompt's beat cues are what the timer and the flashcard show for that prompt, so each must
 * say something of its own: not the beat's generic cue copied over, not another beat's cue.
 */
function checkCues(content: GuideContent): ContentProblem[] {
	const generic = new Map(content.beats.map((b) => [b.id, normalize(b.data.cue)]));
	return content.prompts.flatMap((prompt) => {
		const seen = new Map<string, string>();
		return BEATS.flatMap((beat): ContentProblem[] => {
			const cue = prompt.data.beatCues[beat];
			const field = `beatCues.${beat}`;
			if (normalize(cue) === '') {
				return [
					{ file: prompt.file, field, problem: 'the cue is empty', fix: `write what the ${beat} beat says for "${prompt.id}"` },
				];
			}
			if (normalize(cue) === generic.get(beat)) {
				return [
					{
						file: prompt.file,
						field,
						problem: `repeats the ${beat} beat's generic cue`,
						fix: `write what the ${beat} beat says for "${prompt.id}"`,
					},
				];
			}
			const other = seen.get(normalize(cue));
			seen.set(normalize(cue), beat);
			return other
				? [
						{
							file: prompt.file,
							field,
							problem: `is the same cue as beatCues.${other}`,
							fix: `give the ${beat} beat its own cue`,
						},
					]
				: [];
		});
	});
}

function checkHighestSignal(content: GuideContent): ContentProblem[] {
	const flagged = content.prompts.filter((p) => p.data.highestSignal);
	const problems: ContentProblem[] = [];
	if (content.prompts.length > 0 && flagged.length !== HIGHEST_SIGNAL_COUNT) {
		problems.push({
			file: flagged[HIGHEST_SIGNAL_COUNT]?.file ?? 'content/prompts/',
			field: 'highestSignal',
			problem: `${flagged.length} prompts are flagged highest-signal (${flagged.map((p) => p.id).join(', ') || 'none'})`,
			fix: `flag exactly ${HIGHEST_SIGNAL_COUNT}: the four to prepare cold`,
		});
	}
	const answered = new Set(content.answers.map((a) => a.data.prompt.id));
	for (const prompt of flagged.filter((p) => !answered.has(p.id))) {
		problems.push({
			file: prompt.file,
			field: 'highestSignal',
			problem: 'a highest-signal prompt has no sample answer',
			fix: `add an answer in content/answers/ with \`prompt: ${prompt.id}\``,
		});
	}
	return problems;
}

/**
 * Each prompt to prepare cold gets exactly one level ladder (its story told at four levels), named
 * after the prompt, and no prompt gets two. The schema already holds every ladder to four levels of six beats.
 */
function checkLadders(content: GuideContent): ContentProblem[] {
	if (content.prompts.length === 0) return [];
	const problems: ContentProblem[] = [];
	const seen = new Map<string, string>();
	for (const ladder of content.ladders) {
		const id = ladder.data.prompt.id;
		// The page is /ladders/<file name>/, so naming the file after the prompt makes its URL predictable.
		if (ladder.id !== id) {
			problems.push({
				file: ladder.file,
				field: '(file name)',
				problem: `the ladder for "${id}" is named "${ladder.id}"`,
				fix: `rename the file to ${id}${extension(ladder.file)}`,
			});
		}
		const other = seen.get(id);
		seen.set(id, ladder.file);
		if (other) {
			problems.push({
				file: ladder.file,
				field: 'prompt',
				problem: `"${id}" already has a ladder in ${other}`,
				fix: 'keep one ladder per prompt: merge the two or point this one at another highest-signal prompt',
			});
		}
	}
	for (const prompt of content.prompts.filter((p) => p.data.highestSignal && !seen.has(p.id))) {
		problems.push({
			file: prompt.file,
			field: 'highestSignal',
			problem: 'a highest-signal prompt has no level ladder',
			fix: `add content/ladders/${prompt.id}.md with \`prompt: ${prompt.id}\``,
		});
	}
	return problems;
}

/** The sum of the beats' windows, lower and upper ends, in seconds. */
export function beatWindowTotals(beats: readonly { data: Pick<Beat, 'window'> }[]) {
	return {
		min: beats.reduce((sum, b) => sum + b.data.window.min, 0),
		max: beats.reduce((sum, b) => sum + b.data.window.max, 0),
	};
}

/**
 * The loop story's length is the beats' windows added up, so the beats must fit the default
 * preset: their upper ends inside its target, their lower ends not below its thin threshold.
 */
function checkTiming(content: GuideContent): ContentProblem[] {
	const defaults = content.timing.filter((t) => t.data.default);
	if (defaults.length !== 1) {
		return [
			{
				file: defaults[1]?.file ?? 'content/timing/',
				field: 'default',
				problem: `${defaults.length} timing presets are marked default`,
				fix: 'mark exactly one preset (the loop story) `default: true`',
			},
		];
	}
	const preset = defaults[0]!;
	if (content.beats.length === 0) return [];
	const total = beatWindowTotals(content.beats);
	const { target, thinBelow } = preset.data;
	const problems: ContentProblem[] = [];
	// Name the beat with the longest window: the likeliest culprit, and the sum lists every beat.
	const longest = (end: 'min' | 'max') => [...content.beats].sort((a, b) => b.data.window[end] - a.data.window[end])[0]!;
	const breakdown = (end: 'min' | 'max') =>
		[...content.beats]
			.sort((a, b) => a.data.order - b.data.order)
			.map((b) => `${b.id} ${b.data.window[end]}`)
			.join(' + ');
	if (total.max < target.min || total.max > target.max) {
		problems.push({
			file: longest('max').file,
			field: 'window.max',
			problem: `the beats' upper windows add up to ${total.max} s (${breakdown('max')}), outside ${preset.id}'s target of ${target.min}–${target.max} s`,
			fix: `adjust the beats' windows (content/beats/) or the target in ${preset.file}`,
		});
	}
	if (total.min < thinBelow) {
		problems.push({
			file: longest('min').file,
			field: 'window.min',
			problem: `the beats' lower windows add up to ${total.min} s (${breakdown('min')}), under ${preset.id}'s thin threshold of ${thinBelow} s`,
			fix: `raise the beats' lower windows or lower thinBelow in ${preset.file}`,
		});
	}
	return problems;
}

/**
 * A sample answer's screen version is read against the screen preset: at the pace the timer and
 * the answer pages assume, its words must take between the preset's target minimum and maximum.
 */
function checkScreenVersions(content: GuideContent): ContentProblem[] {
	const preset = content.timing.find((t) => t.id === SCREEN_PRESET);
	if (!preset) return [];
	const { min, max } = preset.data.target;
	const range = wordRange(preset.data.target);
	return content.answers.flatMap((answer) => {
		const words = answer.data.screen.reduce((sum, part) => sum + countWords(part.text), 0);
		if (words >= range.min && words <= range.max) return [];
		const spoken = clock((words / WORDS_PER_MINUTE) * 60);
		return [
			{
				file: answer.file,
				field: 'screen',
				problem: `the screen version has ${words} words, about ${spoken} at ${WORDS_PER_MINUTE} words a minute, outside ${preset.id}'s target of ${min}–${max} s (${range.min}–${range.max} words)`,
				fix: words > range.max ? `cut it to ${range.max} words or fewer` : `bring it to at least ${range.min} words`,
			},
		];
	});
}

/** Every pitfall must be invited by some prompt and every rubric dimension probed by one. */
function checkUsed(content: GuideContent): ContentProblem[] {
	const used = (key: 'pitfalls' | 'rubric') => new Set(content.prompts.flatMap((p) => p.data[key].map((r) => r.id)));
	if (content.prompts.length === 0) return [];
	const pitfalls = used('pitfalls');
	const rubric = used('rubric');
	return [
		...content.pitfalls
			.filter((p) => !pitfalls.has(p.id))
			.map((p) => ({
				file: p.file,
				field: '(entry)',
				problem: 'no prompt invites this pitfall',
				fix: `add "${p.id}" to the \`pitfalls\` of the prompts where it bites`,
			})),
		...content.rubric
			.filter((r) => !rubric.has(r.id))
			.map((r) => ({
				file: r.file,
				field: '(entry)',
				problem: 'no prompt probes this rubric dimension',
				fix: `add "${r.id}" to the \`rubric\` of the prompts that probe it`,
			})),
	];
}

/** Every competency must be probed by some prompt, or filtering the bank on it finds nothing. */
function checkCompetenciesUsed(content: GuideContent): ContentProblem[] {
	if (content.prompts.length === 0) return [];
	const used = new Set(content.prompts.flatMap((p) => p.data.competencies));
	return COMPETENCIES.filter((c) => !used.has(c)).map((c) => ({
		file: 'content/prompts/',
		field: 'competencies',
		problem: `no prompt probes "${c}"`,
		fix: `add "${c}" to the \`competencies\` of the prompts whose good answer must handle it`,
	}));
}

/**
 * A story type recommends the two or three prompts it answers best, and each of those prompts
 * must name the story type back in its `storyTypes`, so the two pages never disagree.
 */
function checkRecommended(content: GuideContent): ContentProblem[] {
	const prompts = new Map(content.prompts.map((p) => [p.id, p]));
	return content.storyTypes.flatMap((type) =>
		type.data.recommendedFor.flatMap((ref, i): ContentProblem[] => {
			const field = `recommendedFor[${i}]`;
			if (type.data.recommendedFor.findIndex((r) => r.id === ref.id) !== i) {
				return [{ file: type.file, field, problem: `"${ref.id}" is recommended twice`, fix: `remove the second "${ref.id}"` }];
			}
			const prompt = prompts.get(ref.id);
			// A prompt that does not exist is reported by checkReferences.
			if (!prompt || prompt.data.storyTypes.some((t) => t.id === type.id)) return [];
			return [
				{
					file: type.file,
					field,
					problem: `the prompt "${ref.id}" does not list "${type.id}" in its storyTypes`,
					fix: `add ${type.id} to storyTypes in ${prompt.file}, or recommend another prompt`,
				},
			];
		}),
	);
}

/** Fields that order a collection must not repeat, or listings would shuffle between builds. */
function checkUnique(content: GuideContent): ContentProblem[] {
	const duplicates = <T>(entries: Entry<T>[], field: string, value: (d: T) => number) => {
		const seen = new Map<number, string>();
		return entries.flatMap((e) => {
			const v = value(e.data);
			const other = seen.get(v);
			seen.set(v, e.id);
			return other === undefined
				? []
				: [{ file: e.file, field, problem: `${v} is also used by "${other}"`, fix: `give each entry its own ${field}` }];
		});
	};
	const taskIds = content.weeks.flatMap((w) => {
		const seen = new Set<string>();
		return w.data.tasks.flatMap((t, i) => {
			const repeated = seen.has(t.id);
			seen.add(t.id);
			return repeated
				? [{ file: w.file, field: `tasks[${i}].id`, problem: `"${t.id}" is used twice`, fix: 'give each task its own id' }]
				: [];
		});
	});
	return [
		...duplicates(content.prompts, 'order', (d) => d.order),
		...duplicates(content.pitfalls, 'rank', (d) => d.rank),
		...duplicates(content.beats, 'order', (d) => d.order),
		...duplicates(content.weeks, 'week', (d) => d.week),
		...taskIds,
	];
}

/**
 * Each glossary entry is one anchor, and every spelling of a term links to exactly one entry: no
 * two files share an id (`slo.md` and `slo.mdx`), no term or alias repeats another's, compared as
 * the linker compares them (any case, either apostrophe, any spacing), and no entry sees itself.
 */
function checkGlossary(entries: Entry<GlossaryEntry>[]): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const files = new Map<string, string>();
	const owners = new Map<string, { entry: Entry<GlossaryEntry>; field: string }>();
	for (const entry of entries) {
		const other = files.get(entry.id);
		if (other !== undefined) {
			problems.push({
				file: entry.file,
				field: '(file name)',
				problem: `the id "${entry.id}" is also ${other}`,
				fix: 'keep one file per term',
			});
		}
		files.set(entry.id, entry.file);
		const spellings = [
			{ field: 'term', phrase: entry.data.term },
			...entry.data.aliases.map((phrase, i) => ({ field: `aliases[${i}]`, phrase })),
		];
		for (const { field, phrase } of spellings) {
			const key = termKey(phrase);
			const owner = owners.get(key);
			if (owner === undefined) {
				owners.set(key, { entry, field });
				continue;
			}
			const where =
				owner.entry === entry ? `this entry's ${owner.field}` : `the ${owner.field} of "${owner.entry.id}" (${owner.entry.file})`;
			problems.push({
				file: entry.file,
				field,
				problem: `"${phrase}" is already ${where}`,
				fix:
					owner.entry === entry
						? 'remove the repeated spelling'
						: 'each spelling may link to one entry only: remove it here or there',
			});
		}
		for (const [i, ref] of entry.data.seeAlso.entries()) {
			if (ref.id === entry.id) {
				problems.push({
					file: entry.file,
					field: `seeAlso[${i}]`,
					problem: 'the entry refers to itself',
					fix: 'list related entries only',
				});
			}
		}
	}
	return problems;
}

/** Every text field of every entry, as [field path, text]; references and ids are not text. */
function* textFields(value: unknown, path: string): Generator<[string, string]> {
	if (typeof value === 'string') yield [path, value];
	else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* textFields(item, `${path}[${i}]`);
	else if (value && typeof value === 'object' && !('collection' in value))
		for (const [key, item] of Object.entries(value)) yield* textFields(item, path ? `${path}.${key}` : key);
}

/** "java" or "NodeJS" in a question or an answer: names are written the way their makers write them. */
function checkProductNames(content: GuideContent): ContentProblem[] {
	const problems: ContentProblem[] = [];
	for (const entry of Object.values(content).flat() as Entry<unknown>[]) {
		for (const [field, text] of textFields(entry.data, '')) {
			for (const { found, spelling } of misspelledNames(text)) {
				problems.push({ file: entry.file, field, problem: `writes "${found}"`, fix: `write "${spelling}"` });
			}
		}
	}
	return problems;
}
