/**
 * The practice data a candidate builds up in their browser, and the rules for reading, migrating,
 * merging, exporting and importing it. Pure: `storage.ts` moves it in and out of localStorage.
 *
 * Stored shape (key `prep:practice`), version 2:
 *   { version: 2,
 *     settings: { level: 'mid'|'senior'|'staff'|'principal', sound: boolean },
 *     checklists: { [promptId]: { checked: string[], updatedAt: ISO date } },
 *     attempts: [{ id, promptId, date: ISO date, seconds: number | null, preset: string | null,
 *                  level, checked: number, total: number,
 *                  followUp?: { reason, question, seconds: number | null } }],
 *     stories: [{ id, title, line, type: storyTypeId | null, beats: { [beatId]: string },
 *                 metrics: string[], tags: string[], prompts: promptId[],
 *                 scope?: 'self'|'team'|'teams'|'organization', createdAt, updatedAt }
 *               | { id, deleted: true, updatedAt }],
 *     plan: { startDate: 'YYYY-MM-DD' | null, updatedAt: ISO date | null,
 *             weeks: { [weekId]: { checked: taskId[], updatedAt: ISO date } },
 *             interview?: { date: 'YYYY-MM-DD' | null, updatedAt: ISO date } },
 *     mocks: [{ id, startedAt, finishedAt, loop: { kind, label }, preset, level,
 *               items: [{ promptId, seconds: number | null, checked: number | null,
 *                         total: number | null,
 *                         followUp?: { reason, question, seconds: number | null } }] }] }
 * Lifecycle: created on first write; checklists hold the ticks of the attempt in progress and
 * attempts are appended when the candidate saves one. Attempts and mock sessions are never
 * edited, so merging two copies is a union by id. Stories are edited: each carries `updatedAt`,
 * the newer copy wins a merge, and a deleted story leaves a tombstone (`deleted: true`) so that
 * merging an older copy neither brings it back nor loses a later edit.
 * Recordings are not here: audio lives in IndexedDB (see `recordings.ts`).
 * Migrations: version 0 (no `version` field, an early draft shape with `attempts` only) is
 * lifted to 1; version 1 gains empty `stories`, `plan` and `mocks` to become 2.
 * Reading salvages: each attempt, checklist, story, plan week and mock loop that does not fit is
 * dropped on its own, the settings and the plan's start date field by field (a bad level falls
 * back to the default), and `upgrade` lists what it dropped in words (`attempt 4 (its time,
 * seconds = -3)`). A value with a newer version, or with nothing readable, is refused whole.
 * Either way the stored original is never rewritten before `storage.ts` has kept it aside under
 * a backup key and said so.
 */
import { BEATS, LABELS, LEVELS, type BeatId, type Level } from '../schemas/ids.ts';
import { localDay, parseStartDate } from './calendar.ts';
import { isFollowUpRecord, type FollowUpRecord } from './follow-up-record.ts';
import { isScope, type StoryScope } from './story-scopes.ts';

export const CURRENT_VERSION = 2;

export interface Attempt {
	/** Unique id, so that importing the same file twice adds nothing. */
	id: string;
	promptId: string;
	/** When the attempt was saved (ISO 8601). */
	date: string;
	/** How long the timed answer ran, in seconds; null when it was not timed. */
	seconds: number | null;
	/** The timing preset it was timed against, e.g. `loop-story`. */
	preset: string | null;
	/** The rubric level it was scored at. */
	level: Level;
	/** Checks ticked, out of `total`. */
	checked: number;
	total: number;
	/** The follow-up asked on the prompt page before the attempt was saved, with its reply's time; absent otherwise. */
	followUp?: FollowUpRecord;
}

export interface ChecklistState {
	/** Ids of the ticked checks, e.g. `beat:task`, `pitfall:blame`, `rubric:saying-no`. */
	checked: string[];
	updatedAt: string;
}

/** A story of the candidate's bank: a week-1 raw entry, or shaped once its six beats are written. */
export interface Story {
	id: string;
	title: string;
	/** The one-line raw entry, e.g. "March, orders table, fraud column, 4-day backfill". */
	line: string;
	/** The story type it fits (a `content/story-types/` id), or null while untagged. */
	type: string | null;
	/** The text of each STAR-TR beat; an empty string while not written. */
	beats: Record<BeatId, string>;
	/** The figures the story cites, one per entry. */
	metrics: string[];
	tags: string[];
	/** The prompt ids the story can answer. */
	prompts: string[];
	/** How far the work reached (story-scope.ts); absent until the candidate sets it. */
	scope?: StoryScope;
	createdAt: string;
	updatedAt: string;
}

/** What is left of a deleted story, so that a merge does not bring it back. */
export interface StoryTombstone {
	id: string;
	deleted: true;
	updatedAt: string;
}

export type StoryRecord = Story | StoryTombstone;

/** The four-week plan: when the candidate started, and the tasks ticked per week. */
export interface PlanState {
	/** The first day of week 1 (YYYY-MM-DD), or null until chosen. */
	startDate: string | null;
	/** When the start date was last set. */
	updatedAt: string | null;
	/** Ticked task ids per week id (`week-1`…), each list with its own edit time. */
	weeks: Record<string, ChecklistState>;
	/** The interview date (YYYY-MM-DD, null once cleared) and when it was set; absent until first set. */
	interview?: { date: string | null; updatedAt: string };
}

/** One prompt of a finished mock loop. */
export interface MockItem {
	promptId: string;
	/** How long the answer ran; null when it was skipped. */
	seconds: number | null;
	/** The self-score, when the candidate saved one. */
	checked: number | null;
	total: number | null;
	/** The interviewer's follow-up after the answer and how long the reply ran; absent in loops saved before follow-ups. */
	followUp?: FollowUpRecord;
}

/** A mock loop session, saved when it ends. */
export interface MockSession {
	id: string;
	startedAt: string;
	finishedAt: string;
	/** Which prompts the loop drew from, e.g. `{ kind: 'highest-signal', label: 'The highest-signal four' }`. */
	loop: { kind: string; label: string };
	preset: string;
	level: Level;
	items: MockItem[];
}

export interface PracticeData {
	version: typeof CURRENT_VERSION;
	settings: { level: Level; sound: boolean };
	checklists: Record<string, ChecklistState>;
	attempts: Attempt[];
	stories: StoryRecord[];
	plan: PlanState;
	mocks: MockSession[];
}

export const emptyPracticeData = (): PracticeData => ({
	version: CURRENT_VERSION,
	settings: { level: 'senior', sound: false },
	checklists: {},
	attempts: [],
	stories: [],
	plan: { startDate: null, updatedAt: null, weeks: {} },
	mocks: [],
});

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const isString = (x: unknown): x is string => typeof x === 'string';
const isLevel = (x: unknown): x is Level => LEVELS.includes(x as Level);
const isCount = (x: unknown): x is number => Number.isInteger(x) && (x as number) >= 0;
const isDate = (x: unknown): x is string => isString(x) && !Number.isNaN(Date.parse(x));
const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);
const isCountOrNull = (x: unknown) => x === null || isCount(x);
const isSeconds = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x) && x >= 0);
const isStringOrNull = (x: unknown) => x === null || isString(x);

/** A stored value as a reader sees it: `seconds = -3`, `level = "cto"`, `title missing`. */
function shown(key: string, value: unknown): string {
	if (value === undefined) return `${key} missing`;
	const json = JSON.stringify(value) ?? String(value);
	return `${key} = ${json.length > 40 ? `${json.slice(0, 39)}…` : json}`;
}

/** What is wrong with one entry: the part, in words (`its time`), and the value (`seconds = -3`). */
interface Problem {
	field: string;
	value: string;
}

/** A check of one field: its name for a reader, its key, and what it must be. */
type Rule = readonly [field: string, key: string, ok: (value: unknown) => boolean];

/** The first rule `entry` breaks, or null when it keeps them all. */
function firstProblem(entry: Json, rules: readonly Rule[]): Problem | null {
	for (const [field, key, ok] of rules) if (!ok(entry[key])) return { field, value: shown(key, entry[key]) };
	return null;
}

const notA = (what: string, value: unknown): Problem => ({ field: `it is not ${what}`, value: shown('value', value) });

const ATTEMPT_RULES: readonly Rule[] = [
	['its id', 'id', isString],
	['its prompt', 'promptId', isString],
	['its date', 'date', isDate],
	['its time', 'seconds', isSeconds],
	['its timing preset', 'preset', isStringOrNull],
	['its level', 'level', isLevel],
	['its score', 'checked', isCount],
	['its score', 'total', isCount],
	['its follow-up', 'followUp', (x) => x === undefined || isFollowUpRecord(x)],
];

function attemptProblem(x: unknown): Problem | null {
	if (!isObject(x)) return notA('an attempt', x);
	const problem = firstProblem(x, ATTEMPT_RULES);
	if (problem) return problem;
	const [checked, total] = [x['checked'] as number, x['total'] as number];
	return checked > total ? { field: 'its score', value: `checked = ${checked}, more than total = ${total}` } : null;
}

const CHECKLIST_RULES: readonly Rule[] = [
	['its ticks', 'checked', isStrings],
	['its edit time', 'updatedAt', isDate],
];
const checklistProblem = (x: unknown): Problem | null =>
	isObject(x) ? firstProblem(x, CHECKLIST_RULES) : notA('a list of ticks', x);

const TOMBSTONE_RULES: readonly Rule[] = [
	['its id', 'id', isString],
	['its edit time', 'updatedAt', isDate],
];
const STORY_RULES: readonly Rule[] = [
	...TOMBSTONE_RULES,
	['its title', 'title', isString],
	['its one-line entry', 'line', isString],
	['its story type', 'type', isStringOrNull],
	['its beats', 'beats', isObject],
	['its figures', 'metrics', isStrings],
	['its tags', 'tags', isStrings],
	['its prompts', 'prompts', isStrings],
	['its creation time', 'createdAt', isDate],
];

function storyProblem(x: unknown): Problem | null {
	if (!isObject(x)) return notA('a story', x);
	if (x['deleted'] === true) return firstProblem(x, TOMBSTONE_RULES);
	const problem = firstProblem(x, STORY_RULES);
	if (problem) return problem;
	const beats = x['beats'] as Json;
	const beat = BEATS.find((b) => !isString(beats[b]));
	return beat ? { field: 'its beats', value: shown(`beats.${beat}`, beats[beat]) } : null;
}

const MOCK_ITEM_RULES: readonly Rule[] = [
	['prompt', 'promptId', isString],
	['time', 'seconds', isSeconds],
	['score', 'checked', isCountOrNull],
	['score', 'total', isCountOrNull],
	['follow-up', 'followUp', (x) => x === undefined || isFollowUpRecord(x)],
];
const MOCK_RULES: readonly Rule[] = [
	['its id', 'id', isString],
	['its start time', 'startedAt', isDate],
	['its end time', 'finishedAt', isDate],
	['its loop', 'loop', (l) => isObject(l) && isString(l['kind']) && isString(l['label'])],
	['its timing preset', 'preset', isString],
	['its level', 'level', isLevel],
	['its answers', 'items', Array.isArray],
];

function mockProblem(x: unknown): Problem | null {
	if (!isObject(x)) return notA('a mock loop', x);
	const problem = firstProblem(x, MOCK_RULES);
	if (problem) return problem;
	const items = x['items'] as unknown[];
	for (const [i, item] of items.entries()) {
		if (!isObject(item)) return { field: `its answer ${i + 1}`, value: shown('value', item) };
		const bad = firstProblem(item, MOCK_ITEM_RULES);
		if (bad) return { field: `its answer ${i + 1} (${bad.field})`, value: bad.value };
	}
	return null;
}

/** The plan's start date as stored: null, or a day `parseStartDate` accepts on `today`. */
const isStoredStart = (x: unknown, today: string) => x === null || (isString(x) && parseStartDate(x, today).ok);

/** True when `x` is version-2 practice data in every detail (its plan's start date judged on `now`). */
export function isPracticeData(x: unknown, now = new Date()): x is PracticeData {
	if (!isObject(x) || x['version'] !== CURRENT_VERSION) return false;
	const read = salvage(x, now);
	return read !== null && read.dropped.length === 0 && PARTS.every((part) => x[part] !== undefined);
}

/** The kinds of entry a reader can lose, for the count in "2 attempts and 1 story could not be read". */
export type DroppedKind = 'attempt' | 'checklist' | 'story' | 'mock loop' | 'plan week' | 'plan' | 'setting' | 'list';

/** One part of a stored record that could not be read, and so was left out of what was read. */
export interface Dropped {
	kind: DroppedKind;
	/** The entry in words: `attempt 4`, `story "Orders migration"`, `the level setting`. */
	entry: string;
	/** The part of it that is wrong: `its time`, `its beats`. */
	field: string;
	/** The value found, as stored: `seconds = -3`, `beats.result missing`. */
	value: string;
}

/** A dropped entry in full, for a list: `attempt 4 (its time, seconds = -3)`. */
export const describeDropped = (d: Dropped) => `${d.entry} (${d.field}, ${d.value})`;

const KIND_NAMES: Record<DroppedKind, readonly [one: string, many: string]> = {
	attempt: ['attempt', 'attempts'],
	checklist: ['list of ticks', 'lists of ticks'],
	story: ['story', 'stories'],
	'mock loop': ['mock loop', 'mock loops'],
	'plan week': ['plan week', 'plan weeks'],
	plan: ['plan detail', 'plan details'],
	setting: ['setting', 'settings'],
	list: ['list', 'lists'],
};

/**
 * One sentence saying what was set aside, for a notice: `1 attempt and 1 story could not be read:
 * attempt 4 (its time), story "Orders migration" (its beats); everything else was kept`. At
 * most `listed` entries are named, then "and n more".
 */
export function droppedSummary(dropped: readonly Dropped[], listed = 3): string {
	if (dropped.length === 0) return '';
	const counts = new Map<DroppedKind, number>();
	for (const d of dropped) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
	const parts = [...counts].map(([kind, n]) => `${n} ${KIND_NAMES[kind][n === 1 ? 0 : 1]}`);
	const named = dropped.slice(0, listed).map((d) => `${d.entry} (${d.field})`);
	if (dropped.length > listed) named.push(`and ${dropped.length - listed} more`);
	return `${joinWords(parts)} could not be read: ${named.join(', ')}; everything else was kept`;
}

const joinWords = (words: readonly string[]) =>
	words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;

/** The fields of a version-2 record. */
const PARTS = ['settings', 'checklists', 'attempts', 'stories', 'plan', 'mocks'] as const;

type Salvaged = { data: PracticeData; dropped: Dropped[] };

/**
 * Reads every part of a record that reads correctly and drops the rest, entry by entry (each
 * attempt, checklist, story, plan week and mock loop) and field by field for the settings and
 * the plan's start date. Null when the record holds none of the parts at all. `parts` says
 * which fields its version has: the others are left empty.
 */
function salvage(value: Json, now: Date, parts: readonly (typeof PARTS)[number][] = PARTS): Salvaged | null {
	if (!parts.some((part) => value[part] !== undefined)) return null;
	const data = emptyPracticeData();
	const dropped: Dropped[] = [];
	const has = (part: (typeof PARTS)[number]) => parts.includes(part) && value[part] !== undefined;

	/** The entries of a list field that read, each one that does not noted as dropped. */
	function list<T>(
		part: (typeof PARTS)[number],
		kind: DroppedKind,
		problem: (x: unknown) => Problem | null,
		name: (x: unknown, i: number) => string,
	): T[] {
		if (!has(part)) return [];
		const entries = value[part];
		if (!Array.isArray(entries)) {
			dropped.push({ kind: 'list', entry: `the ${part} list`, field: 'it is not a list', value: shown(part, entries) });
			return [];
		}
		const kept: T[] = [];
		for (const [i, entry] of entries.entries()) {
			const bad = problem(entry);
			if (bad) dropped.push({ kind, entry: name(entry, i), ...bad });
			else kept.push(entry as T);
		}
		return kept;
	}

	/** The entries of a record keyed by id (checklists by prompt, plan weeks by week) that read. */
	function record(
		source: unknown,
		kind: DroppedKind,
		where: string,
		name: (key: string) => string,
	): Record<string, ChecklistState> {
		if (!isObject(source)) {
			dropped.push({ kind: 'list', entry: where, field: 'it is not a list', value: shown('value', source) });
			return {};
		}
		const kept: Record<string, ChecklistState> = {};
		for (const [key, entry] of Object.entries(source)) {
			const bad = checklistProblem(entry);
			if (bad) dropped.push({ kind, entry: name(key), ...bad });
			else kept[key] = entry as ChecklistState;
		}
		return kept;
	}

	if (has('settings')) {
		const settings = value['settings'];
		if (!isObject(settings)) {
			dropped.push({
				kind: 'setting',
				entry: 'the settings',
				field: 'they are not settings, the defaults are used',
				value: shown('settings', settings),
			});
		} else {
			const level = settings['level'];
			if (isLevel(level)) data.settings.level = level;
			else if (level !== undefined) {
				dropped.push({
					kind: 'setting',
					entry: 'the level setting',
					field: `not a level, ${LABELS.level[data.settings.level]} is used`,
					value: shown('level', level),
				});
			}
			const sound = settings['sound'];
			if (typeof sound === 'boolean') data.settings.sound = sound;
			else if (sound !== undefined) {
				dropped.push({
					kind: 'setting',
					entry: 'the sound setting',
					field: 'not on or off, off is used',
					value: shown('sound', sound),
				});
			}
		}
	}
	if (has('checklists'))
		data.checklists = record(value['checklists'], 'checklist', 'the ticks in progress', (p) => `the ticks for prompt "${p}"`);
	data.attempts = list<Attempt>('attempts', 'attempt', attemptProblem, (_, i) => `attempt ${i + 1}`);
	const storyName = (x: unknown, i: number) => {
		const title = isObject(x) && isString(x['title']) ? x['title'].trim() : '';
		if (isObject(x) && x['deleted'] === true) return `deleted story ${i + 1}`;
		return title ? `story "${title.length > 40 ? `${title.slice(0, 39)}…` : title}"` : `story ${i + 1}`;
	};
	// A scope this site does not know (written by a newer copy, or damaged) loses only the scope:
	// the story itself reads, and the original stays in the kept-aside copy.
	data.stories = list<StoryRecord>('stories', 'story', storyProblem, storyName).map((story) => {
		if ('deleted' in story || story.scope === undefined || isScope(story.scope)) return story;
		const at = (value['stories'] as unknown[]).indexOf(story);
		dropped.push({
			kind: 'story',
			entry: storyName(story, at),
			field: 'its scope, left unset',
			value: shown('scope', story.scope),
		});
		const { scope: _unknown, ...rest } = story;
		return rest;
	});
	if (has('plan')) {
		const plan = value['plan'];
		if (!isObject(plan)) {
			dropped.push({ kind: 'plan', entry: 'the plan', field: 'it is not a plan', value: shown('plan', plan) });
		} else {
			const [start, updatedAt] = [plan['startDate'], plan['updatedAt']];
			if (start !== undefined && !isStoredStart(start, localDay(now))) {
				// Its edit time goes too, so that merging a copy with a good date keeps that date.
				dropped.push({ kind: 'plan', entry: 'the plan', field: 'its start date', value: shown('startDate', start) });
			} else if (updatedAt !== undefined && updatedAt !== null && !isDate(updatedAt)) {
				data.plan.startDate = (start as string | null | undefined) ?? null;
				dropped.push({
					kind: 'plan',
					entry: 'the plan',
					field: 'the time its start date was set',
					value: shown('updatedAt', updatedAt),
				});
			} else {
				data.plan.startDate = (start as string | null | undefined) ?? null;
				data.plan.updatedAt = (updatedAt as string | null | undefined) ?? null;
			}
			const interview = plan['interview'];
			if (interview !== undefined) {
				const ok = isObject(interview) && isStoredStart(interview['date'], localDay(now)) && isDate(interview['updatedAt']);
				if (ok) data.plan.interview = { date: interview['date'] as string | null, updatedAt: interview['updatedAt'] as string };
				else dropped.push({ kind: 'plan', entry: 'the plan', field: 'its interview date', value: shown('interview', interview) });
			}
			if (plan['weeks'] !== undefined)
				data.plan.weeks = record(plan['weeks'], 'plan week', "the plan's weekly ticks", (w) => `plan week "${w}"`);
		}
	}
	data.mocks = list<MockSession>('mocks', 'mock loop', mockProblem, (x, i) =>
		isObject(x) && isDate(x['startedAt']) ? `the mock loop of ${x['startedAt'].slice(0, 10)}` : `mock loop ${i + 1}`,
	);
	return { data, dropped };
}

/**
 * The outcome of reading a stored record: its data (and whether it was migrated), or why not.
 * `dropped` lists the parts that could not be read and were left out of `data`, when there are any.
 */
export type ReadResult<T = PracticeData> =
	{ ok: true; data: T; migrated: boolean; dropped?: readonly Dropped[] } | { ok: false; reason: string };

/** What `upgrade` returns: always with the list of what it dropped (empty when nothing). */
export type PracticeReadResult =
	{ ok: true; data: PracticeData; migrated: boolean; dropped: Dropped[] } | { ok: false; reason: string };

/**
 * Reads stored practice data of any known version, keeping every part that reads and listing
 * what it dropped. Refused with the reason only when nothing can be read: not a record, a newer
 * version, or a record with none of the parts. `now` judges the plan's start date.
 */
export function upgrade(value: unknown, now = new Date()): PracticeReadResult {
	if (!isObject(value)) return { ok: false, reason: 'it is not a practice record' };
	const version = value['version'];
	if (typeof version === 'number' && version > CURRENT_VERSION) {
		return { ok: false, reason: `it was written by a newer version of this site (version ${version})` };
	}
	// Version 0 (an early draft) had attempts only; 1 → 2 brought the story bank, the plan and
	// mock loops, which arrive empty.
	const parts =
		(version === undefined || version === 0) && Array.isArray(value['attempts'])
			? (['attempts'] as const)
			: version === 1
				? (['settings', 'checklists', 'attempts'] as const)
				: version === CURRENT_VERSION
					? PARTS
					: undefined;
	if (!parts) return { ok: false, reason: 'it is not a practice record' };
	const read = salvage(value, now, parts);
	if (!read) return { ok: false, reason: 'it holds no practice data' };
	return { ok: true, data: read.data, migrated: version !== CURRENT_VERSION, dropped: read.dropped };
}

/** A new attempt id: time plus randomness, unique enough for one person's practice log. */
export const attemptId = (now: Date, random: () => number) =>
	`${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6)
		.toString(36)
		.padStart(6, '0')}`;

/** Appends an attempt and clears that prompt's checklist for the next one. */
export function recordAttempt(data: PracticeData, attempt: Attempt): PracticeData {
	const { [attempt.promptId]: _done, ...checklists } = data.checklists;
	return { ...data, checklists, attempts: [...data.attempts, attempt] };
}

/** Sets the ticked checks of a prompt. */
export const setChecked = (data: PracticeData, promptId: string, checked: string[], now: Date): PracticeData => ({
	...data,
	checklists: { ...data.checklists, [promptId]: { checked, updatedAt: now.toISOString() } },
});

/**
 * Splits attempts (or anything with a `promptId`) into those for a prompt the site has and
 * those for one it does not (a prompt renamed or removed since, or another copy of the site).
 * Nothing is deleted: the Progress page lists the second group apart. `unknownPromptIds` are the
 * missing prompts, each once, in the order first seen.
 */
export function partitionKnown<T extends { promptId: string }>(
	entries: readonly T[],
	knownPromptIds: Iterable<string>,
): { known: T[]; unknown: T[]; unknownPromptIds: string[] } {
	const known = new Set(knownPromptIds);
	const result = { known: [] as T[], unknown: [] as T[], unknownPromptIds: [] as string[] };
	for (const entry of entries) {
		if (known.has(entry.promptId)) result.known.push(entry);
		else {
			result.unknown.push(entry);
			if (!result.unknownPromptIds.includes(entry.promptId)) result.unknownPromptIds.push(entry.promptId);
		}
	}
	return result;
}
