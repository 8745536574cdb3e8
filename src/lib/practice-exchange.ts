/**
 * Moving practice data between copies: merging two records without losing anything (import, and
 * the rules merge-on-write follows), the export file, and reading an export or a kept-aside copy
 * back. Kept apart from practice-store.ts because only the Progress page needs it: every page
 * that stores data loads the reading rules, and none should pay for these. Pure.
 */
import { describeDropped, upgrade, type Dropped, type PlanState, type PracticeData, type StoryRecord } from './practice-store.ts';

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The later of two edits by `updatedAt`; on a tie, the first (this device's) copy. */
const newer = <T extends { updatedAt: string }>(mine: T | undefined, theirs: T): T =>
	!mine || Date.parse(theirs.updatedAt) > Date.parse(mine.updatedAt) ? theirs : mine;

/** Stories united by id, the copy edited last winning, tombstones included. */
export function mergeStories(current: readonly StoryRecord[], incoming: readonly StoryRecord[]): StoryRecord[] {
	const byId = new Map(current.map((s) => [s.id, s]));
	for (const story of incoming) byId.set(story.id, newer(byId.get(story.id), story));
	return [...byId.values()];
}

/** The plan with the start date and the interview date each set last and, for each week, the ticks changed last. */
export function mergePlans(current: PlanState, incoming: PlanState): PlanState {
	const takeStart =
		incoming.updatedAt !== null && (current.updatedAt === null || Date.parse(incoming.updatedAt) > Date.parse(current.updatedAt));
	const weeks = { ...current.weeks };
	for (const [week, list] of Object.entries(incoming.weeks)) weeks[week] = newer(weeks[week], list);
	const interview = [current.interview, incoming.interview]
		.filter((x) => x !== undefined)
		.reduce<PlanState['interview']>((a, b) => (!a || Date.parse(b.updatedAt) > Date.parse(a.updatedAt) ? b : a), undefined);
	return {
		startDate: takeStart ? incoming.startDate : current.startDate,
		updatedAt: takeStart ? incoming.updatedAt : current.updatedAt,
		weeks,
		...(interview ? { interview } : {}),
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

/**
 * A read import file: the practice data that could be read, what was left out (`skipped`, one
 * entry and field each, e.g. `attempt 4 (its time, seconds = -3)`; `dropped` is the same, in
 * parts), whether the file was an export or a kept-aside copy (a backup holds the raw stored
 * record), and the raw `recordings` field of an export (undefined when absent) for recordings.ts.
 */
export type ImportResult =
	| { ok: true; data: PracticeData; skipped: string[]; dropped: Dropped[]; source: 'export' | 'backup'; recordings?: unknown }
	| { ok: false; error: string };

/** True when `x` looks like a stored practice record of some version (what a kept-aside copy holds). */
const isRecordShape = (x: Json) =>
	typeof x['version'] === 'number' || (x['version'] === undefined && Array.isArray(x['attempts']));

/**
 * Reads an export file or a kept-aside copy (the raw stored record, any known version),
 * keeping what reads and naming what was left out; refuses broken or foreign files, and files
 * with nothing readable, with a message for the reader. `now` judges the plan's start date.
 */
export function parsePracticeExport(text: string, now = new Date()): ImportResult {
	let parsed: unknown;
	try {
		parsed = JSON.parse(text);
	} catch {
		return { ok: false, error: 'This file is not valid JSON, so nothing was imported.' };
	}
	const source =
		isObject(parsed) && parsed['format'] === EXPORT_FORMAT
			? 'export'
			: isObject(parsed) && isRecordShape(parsed)
				? 'backup'
				: undefined;
	if (!isObject(parsed) || !source) {
		return {
			ok: false,
			error: 'This file is not a practice export or a kept-aside copy from this site, so nothing was imported.',
		};
	}
	const read = upgrade(source === 'export' ? parsed['data'] : parsed, now);
	if (!read.ok) {
		const what = source === 'export' ? 'This export' : 'This kept-aside copy';
		return { ok: false, error: `${what} cannot be read: ${read.reason}. Nothing was imported.` };
	}
	return {
		ok: true,
		data: read.data,
		skipped: read.dropped.map(describeDropped),
		dropped: read.dropped,
		source,
		...(source === 'export' && parsed['recordings'] !== undefined ? { recordings: parsed['recordings'] } : {}),
	};
}
