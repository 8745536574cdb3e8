/**
 * The practice data a candidate builds up in their browser, and the rules for reading, migrating,
 * merging, exporting and importing it. Pure: `storage.ts` moves it in and out of localStorage.
 *
 * Stored shape (key `prep:practice`), version 2:
 *   { version: 2,
 *     settings: { level: 'mid'|'senior'|'staff'|'principal', sound: boolean },
 *     checklists: { [promptId]: { checked: string[], updatedAt: ISO date } },
 *     attempts: [{ id, promptId, date: ISO date, seconds: number | null, preset: string | null,
 *                  level, checked: number, total: number }],
 *     stories: [{ id, title, line, type: storyTypeId | null, beats: { [beatId]: string },
 *                 metrics: string[], tags: string[], prompts: promptId[], createdAt, updatedAt }
 *               | { id, deleted: true, updatedAt }],
 *     plan: { startDate: 'YYYY-MM-DD' | null, updatedAt: ISO date | null,
 *             weeks: { [weekId]: { checked: taskId[], updatedAt: ISO date } } },
 *     mocks: [{ id, startedAt, finishedAt, loop: { kind, label }, preset, level,
 *               items: [{ promptId, seconds: number | null, checked: number | null,
 *                         total: number | null }] }] }
 * Lifecycle: created on first write; checklists hold the ticks of the attempt in progress and
 * attempts are appended when the candidate saves one. Attempts and mock sessions are never
 * edited, so merging two copies is a union by id. Stories are edited: each carries `updatedAt`,
 * the newer copy wins a merge, and a deleted story leaves a tombstone (`deleted: true`) so that
 * merging an older copy neither brings it back nor loses a later edit.
 * Recordings are not here: audio lives in IndexedDB (see `recordings.ts`).
 * Migrations: version 0 (no `version` field, an early draft shape with `attempts` only) is
 * lifted to 1; version 1 gains empty `stories`, `plan` and `mocks` to become 2. A value with a
 * newer version, or one that does not fit, is never rewritten: `storage.ts` keeps it aside
 * under a backup key and says so.
 */
import { BEATS, LEVELS, type BeatId, type Level } from '../schemas/ids.ts';

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
}

/** One prompt of a finished mock loop. */
export interface MockItem {
	promptId: string;
	/** How long the answer ran; null when it was skipped. */
	seconds: number | null;
	/** The self-score, when the candidate saved one. */
	checked: number | null;
	total: number | null;
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

function isAttempt(x: unknown): x is Attempt {
	return (
		isObject(x) &&
		isString(x['id']) &&
		isString(x['promptId']) &&
		isDate(x['date']) &&
		(x['seconds'] === null || (typeof x['seconds'] === 'number' && x['seconds'] >= 0)) &&
		(x['preset'] === null || isString(x['preset'])) &&
		isLevel(x['level']) &&
		isCount(x['checked']) &&
		isCount(x['total']) &&
		(x['checked'] as number) <= (x['total'] as number)
	);
}

const isChecklist = (x: unknown): x is ChecklistState =>
	isObject(x) && Array.isArray(x['checked']) && x['checked'].every(isString) && isDate(x['updatedAt']);

const isStrings = (x: unknown): x is string[] => Array.isArray(x) && x.every(isString);
const isDay = (x: unknown): x is string => isString(x) && /^\d{4}-\d{2}-\d{2}$/.test(x) && isDate(x);
const isCountOrNull = (x: unknown) => x === null || isCount(x);

function isStoryRecord(x: unknown): x is StoryRecord {
	if (!isObject(x) || !isString(x['id']) || !isDate(x['updatedAt'])) return false;
	if (x['deleted'] === true) return true;
	const beats = x['beats'];
	return (
		isString(x['title']) &&
		isString(x['line']) &&
		(x['type'] === null || isString(x['type'])) &&
		isObject(beats) &&
		BEATS.every((b) => isString(beats[b])) &&
		isStrings(x['metrics']) &&
		isStrings(x['tags']) &&
		isStrings(x['prompts']) &&
		isDate(x['createdAt'])
	);
}

const isPlan = (x: unknown): x is PlanState =>
	isObject(x) &&
	(x['startDate'] === null || isDay(x['startDate'])) &&
	(x['updatedAt'] === null || isDate(x['updatedAt'])) &&
	isObject(x['weeks']) &&
	Object.values(x['weeks']).every(isChecklist);

const isMockItem = (x: unknown): x is MockItem =>
	isObject(x) &&
	isString(x['promptId']) &&
	(x['seconds'] === null || (typeof x['seconds'] === 'number' && x['seconds'] >= 0)) &&
	isCountOrNull(x['checked']) &&
	isCountOrNull(x['total']);

const isMock = (x: unknown): x is MockSession =>
	isObject(x) &&
	isString(x['id']) &&
	isDate(x['startedAt']) &&
	isDate(x['finishedAt']) &&
	isObject(x['loop']) &&
	isString(x['loop']['kind']) &&
	isString(x['loop']['label']) &&
	isString(x['preset']) &&
	isLevel(x['level']) &&
	Array.isArray(x['items']) &&
	x['items'].every(isMockItem);

/** True when `x` is version-2 practice data in every detail. */
export function isPracticeData(x: unknown): x is PracticeData {
	return (
		isObject(x) &&
		x['version'] === CURRENT_VERSION &&
		isObject(x['settings']) &&
		isLevel(x['settings']['level']) &&
		typeof x['settings']['sound'] === 'boolean' &&
		isObject(x['checklists']) &&
		Object.values(x['checklists']).every(isChecklist) &&
		Array.isArray(x['attempts']) &&
		x['attempts'].every(isAttempt) &&
		Array.isArray(x['stories']) &&
		x['stories'].every(isStoryRecord) &&
		isPlan(x['plan']) &&
		Array.isArray(x['mocks']) &&
		x['mocks'].every(isMock)
	);
}

/** The outcome of reading a stored record: its data (and whether it was migrated), or why not. */
export type ReadResult<T = PracticeData> = { ok: true; data: T; migrated: boolean } | { ok: false; reason: string };

/** Reads stored practice data of any known version; anything else is refused with the reason. */
export function upgrade(value: unknown): ReadResult {
	if (!isObject(value)) return { ok: false, reason: 'it is not a practice record' };
	const version = value['version'];
	if (version === undefined && Array.isArray(value['attempts'])) {
		const lifted = { ...emptyPracticeData(), attempts: value['attempts'] };
		return isPracticeData(lifted)
			? { ok: true, data: lifted, migrated: true }
			: { ok: false, reason: 'its attempts are malformed' };
	}
	if (typeof version === 'number' && version > CURRENT_VERSION) {
		return { ok: false, reason: `it was written by a newer version of this site (version ${version})` };
	}
	if (version === 1) {
		// 1 → 2: the story bank, the plan and mock loops arrive empty; nothing else changes.
		const { stories, plan, mocks } = emptyPracticeData();
		const lifted = { ...value, version: CURRENT_VERSION, stories, plan, mocks };
		return isPracticeData(lifted)
			? { ok: true, data: lifted, migrated: true }
			: { ok: false, reason: 'its contents do not have the expected shape' };
	}
	if (!isPracticeData(value)) return { ok: false, reason: 'its contents do not have the expected shape' };
	return { ok: true, data: value, migrated: false };
}

/** The later of two edits by `updatedAt`; on a tie, the first (this device's) copy. */
const newer = <T extends { updatedAt: string }>(mine: T | undefined, theirs: T): T =>
	!mine || Date.parse(theirs.updatedAt) > Date.parse(mine.updatedAt) ? theirs : mine;

/** Stories united by id, the copy edited last winning, tombstones included. */
export function mergeStories(current: readonly StoryRecord[], incoming: readonly StoryRecord[]): StoryRecord[] {
	const byId = new Map(current.map((s) => [s.id, s]));
	for (const story of incoming) byId.set(story.id, newer(byId.get(story.id), story));
	return [...byId.values()];
}

/** The plan with the start date set last and, for each week, the ticks changed last. */
export function mergePlans(current: PlanState, incoming: PlanState): PlanState {
	const takeStart =
		incoming.updatedAt !== null && (current.updatedAt === null || Date.parse(incoming.updatedAt) > Date.parse(current.updatedAt));
	const weeks = { ...current.weeks };
	for (const [week, list] of Object.entries(incoming.weeks)) weeks[week] = newer(weeks[week], list);
	return {
		startDate: takeStart ? incoming.startDate : current.startDate,
		updatedAt: takeStart ? incoming.updatedAt : current.updatedAt,
		weeks,
	};
}

/**
 * Merges `incoming` into `current` without losing anything: attempts and mock loops are united
 * by id; for each prompt's checklist, each story and each week of the plan, the copy edited last
 * wins (a deletion is an edit). Settings stay as they are on this device.
 */
export function mergePracticeData(current: PracticeData, incoming: PracticeData): PracticeData {
	const attempts = new Map(current.attempts.map((a) => [a.id, a]));
	for (const attempt of incoming.attempts) if (!attempts.has(attempt.id)) attempts.set(attempt.id, attempt);
	const checklists = { ...current.checklists };
	for (const [prompt, list] of Object.entries(incoming.checklists)) checklists[prompt] = newer(checklists[prompt], list);
	const mocks = new Map(current.mocks.map((m) => [m.id, m]));
	for (const mock of incoming.mocks) if (!mocks.has(mock.id)) mocks.set(mock.id, mock);
	return {
		...current,
		checklists,
		attempts: [...attempts.values()].sort((a, b) => Date.parse(a.date) - Date.parse(b.date)),
		stories: mergeStories(current.stories, incoming.stories),
		plan: mergePlans(current.plan, incoming.plan),
		mocks: [...mocks.values()].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt)),
	};
}

/** What a merge brought in, for the sentence the page shows after an import. */
export function mergeSummary(before: PracticeData, after: PracticeData) {
	const stories = new Map(before.stories.map((s) => [s.id, s.updatedAt]));
	return {
		attempts: after.attempts.length - before.attempts.length,
		stories: after.stories.filter((s) => !('deleted' in s) && stories.get(s.id) !== s.updatedAt).length,
		mocks: after.mocks.length - before.mocks.length,
	};
}

/** Marks an export file as ours, so that importing a stranger's JSON is refused clearly. */
export const EXPORT_FORMAT = 'backend-behavioral-prep/practice';

/**
 * The JSON file "Export" downloads. Recordings (see recordings.ts) ride along in their own field
 * only when the candidate asks for them.
 */
export const exportPracticeData = (data: PracticeData, now: Date, recordings?: readonly unknown[]) =>
	JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), data, ...(recordings ? { recordings } : {}) }, null, 2);

/** A read export: the practice data, and the raw `recordings` field (undefined when absent) for recordings.ts to check. */
export type ImportResult = { ok: true; data: PracticeData; recordings?: unknown } | { ok: false; error: string };

/** Reads an export file; refuses broken or foreign files with a message for the reader. */
export function parsePracticeExport(text: string): ImportResult {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, error: 'This file is not valid JSON, so nothing was imported.' };
	}
	if (!isObject(parsed) || parsed['format'] !== EXPORT_FORMAT) {
		return { ok: false, error: 'This file is not a practice export from this site, so nothing was imported.' };
	}
	const read = upgrade(parsed['data']);
	if (!read.ok) return { ok: false, error: `This export cannot be read: ${read.reason}. Nothing was imported.` };
	return { ok: true, data: read.data, ...(parsed['recordings'] !== undefined ? { recordings: parsed['recordings'] } : {}) };
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
