/**
 * The practice data a candidate builds up in their browser, and the rules for reading, migrating,
 * merging, exporting and importing it. Pure: `storage.ts` moves it in and out of localStorage.
 *
 * Stored shape (key `prep:practice`), version 1:
 *   { version: 1,
 *     settings: { level: 'mid'|'senior'|'staff'|'principal', sound: boolean },
 *     checklists: { [promptId]: { checked: string[], updatedAt: ISO date } },
 *     attempts: [{ id, promptId, date: ISO date, seconds: number | null, preset: string | null,
 *                  level, checked: number, total: number }] }
 * Lifecycle: created on first write; checklists hold the ticks of the attempt in progress and
 * attempts are appended when the candidate saves one. Attempts are never edited, so merging two
 * copies is a union by id.
 * Migrations: version 0 (no `version` field, an early draft shape with `attempts` only) is
 * lifted to 1. A value with a newer version, or one that does not fit, is never rewritten:
 * `storage.ts` keeps it aside under a backup key and says so.
 */
import { LEVELS, type Level } from '../schemas/ids.ts';

export const CURRENT_VERSION = 1;

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

export interface PracticeData {
	version: typeof CURRENT_VERSION;
	settings: { level: Level; sound: boolean };
	checklists: Record<string, ChecklistState>;
	attempts: Attempt[];
}

export const emptyPracticeData = (): PracticeData => ({
	version: CURRENT_VERSION,
	settings: { level: 'senior', sound: false },
	checklists: {},
	attempts: [],
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

/** True when `x` is version-1 practice data in every detail. */
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
		x['attempts'].every(isAttempt)
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
		return isPracticeData(lifted) ? { ok: true, data: lifted, migrated: true } : { ok: false, reason: 'its attempts are malformed' };
	}
	if (typeof version === 'number' && version > CURRENT_VERSION) {
		return { ok: false, reason: `it was written by a newer version of this site (version ${version})` };
	}
	if (!isPracticeData(value)) return { ok: false, reason: 'its contents do not have the expected shape' };
	return { ok: true, data: value, migrated: false };
}

/**
 * Merges `incoming` into `current` without losing anything: attempts are united by id, and for
 * each prompt the checklist edited last wins. Settings stay as they are on this device.
 */
export function mergePracticeData(current: PracticeData, incoming: PracticeData): PracticeData {
	const attempts = new Map(current.attempts.map((a) => [a.id, a]));
	for (const attempt of incoming.attempts) if (!attempts.has(attempt.id)) attempts.set(attempt.id, attempt);
	const checklists = { ...current.checklists };
	for (const [prompt, list] of Object.entries(incoming.checklists)) {
		const mine = checklists[prompt];
		if (!mine || Date.parse(list.updatedAt) > Date.parse(mine.updatedAt)) checklists[prompt] = list;
	}
	return {
		...current,
		checklists,
		attempts: [...attempts.values()].sort((a, b) => Date.parse(a.date) - Date.parse(b.date)),
	};
}

/** Marks an export file as ours, so that importing a stranger's JSON is refused clearly. */
export const EXPORT_FORMAT = 'backend-behavioral-prep/practice';

/** The JSON file "Export" downloads. */
export const exportPracticeData = (data: PracticeData, now: Date) =>
	JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), data }, null, 2);

export type ImportResult = { ok: true; data: PracticeData } | { ok: false; error: string };

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
	return { ok: true, data: read.data };
}

/** A new attempt id: time plus randomness, unique enough for one person's practice log. */
export const attemptId = (now: Date, random: () => number) =>
	`${now.getTime().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;

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
