/**
 * Keeps practice data in the browser's storage without ever losing it. Reads never throw: a
 * value that cannot be read (broken JSON, a foreign shape, a newer version), or that reads only
 * in part (one bad attempt, say), is copied aside under a backup key before anything else is
 * written, and the caller is told where it went and what was left out.
 * Storage is passed in (`localStorage` in the page, a Map-backed stand-in in tests).
 */
import {
	droppedSummary,
	emptyPracticeData,
	upgrade,
	type Dropped,
	type PracticeData,
	type ReadResult,
} from './practice-store.ts';

/** The part of the Web Storage API this module uses. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	key(index: number): string | null;
	readonly length: number;
}

/** Every key this site writes starts with this prefix. */
export const PREFIX = 'prep:';
export const PRACTICE_KEY = `${PREFIX}practice`;
export const BACKUP_PREFIX = `${PREFIX}backup:`;

/**
 * The outcome of a load. `kept-aside` and `unavailable` carry `dropped` when the stored value
 * read in part: `data` then holds the parts that read, and `dropped` names the rest (their
 * sentence is `reason`); without it, nothing could be read and `data` is empty.
 */
export type LoadResult<T = PracticeData> =
	| { data: T; status: 'fresh' | 'loaded' | 'migrated' }
	| { data: T; status: 'kept-aside'; backupKey: string; reason: string; dropped?: readonly Dropped[] }
	| { data: T; status: 'unavailable'; reason: string; dropped?: readonly Dropped[] };

/** How to read one kind of stored record: parse a value (judged on `now`), or make an empty one. */
export interface RecordKind<T> {
	key: string;
	read: (value: unknown, now: Date) => ReadResult<T>;
	empty: () => T;
}

/** Practice data: settings, checklists and attempts (see practice-store.ts). */
export const PRACTICE: RecordKind<PracticeData> = { key: PRACTICE_KEY, read: upgrade, empty: emptyPracticeData };

/** Loads practice data, keeping an unreadable value aside under a backup key. */
export const loadPractice = (storage: StorageLike | undefined, now: Date) => loadRecord(storage, PRACTICE, now);

/**
 * Loads a stored record of any kind. A value that reads in part (some entries dropped) is copied
 * aside under a backup key and the rest is kept: status `kept-aside`, with `data` what could be
 * read and `reason` saying what was left out. A value that cannot be read at all is copied aside
 * the same way and a fresh record started.
 */
export function loadRecord<T>(storage: StorageLike | undefined, kind: RecordKind<T>, now: Date): LoadResult<T> {
	if (!storage) return { data: kind.empty(), status: 'unavailable', reason: 'this browser does not allow storage' };
	let raw: string | null;
	try {
		raw = storage.getItem(kind.key);
	} catch {
		return { data: kind.empty(), status: 'unavailable', reason: 'this browser blocks storage for this site' };
	}
	if (raw === null) return { data: kind.empty(), status: 'fresh' };
	let parsed: unknown;
	let reason: string | undefined;
	try {
		parsed = JSON.parse(raw);
	} catch {
		reason = 'it is not valid JSON';
	}
	const read = reason === undefined ? kind.read(parsed, now) : undefined;
	const dropped = read?.ok ? (read.dropped ?? []) : [];
	if (read?.ok && dropped.length === 0) return { data: read.data, status: read.migrated ? 'migrated' : 'loaded' };
	// What is kept: the parts that read, or, when nothing does, a fresh record.
	const data = read?.ok ? read.data : kind.empty();
	reason ??= read && !read.ok ? read.reason : read?.ok ? droppedSummary(dropped) : 'it could not be read';
	const partial = read?.ok ? { dropped } : {};
	const backupKey = `${BACKUP_PREFIX}${now.toISOString()}`;
	try {
		storage.setItem(backupKey, raw);
	} catch {
		// Nowhere to put a copy: leave the original in place and report storage as unavailable,
		// so that the page does not overwrite it (it may still show the parts that read).
		const what = read?.ok ? 'partly unreadable' : 'unreadable';
		return {
			data,
			status: 'unavailable',
			reason: `the saved data is ${what} (${reason}) and could not be backed up`,
			...partial,
		};
	}
	// The original is safe in the backup: store what was read so the notice shows only once.
	saveRecord(storage, kind.key, data);
	return { data, status: 'kept-aside', backupKey, reason, ...partial };
}

/** Saves a record under `key`; returns false when the browser refuses (full or blocked storage). */
export function saveRecord(storage: StorageLike | undefined, key: string, data: unknown): boolean {
	if (!storage) return false;
	try {
		storage.setItem(key, JSON.stringify(data));
		return true;
	} catch {
		return false;
	}
}

/** Saves practice data; returns false when the browser refuses (full or blocked storage). */
export const savePractice = (storage: StorageLike | undefined, data: PracticeData) => saveRecord(storage, PRACTICE_KEY, data);

/** Every key this site has written (records, drafts, kept-aside copies); other sites' keys are not ours. */
export function siteKeys(storage: StorageLike | undefined): string[] {
	if (!storage) return [];
	const keys: string[] = [];
	try {
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith(PREFIX)) keys.push(key);
		}
	} catch {
		return [];
	}
	return keys;
}

/** The backup keys present, newest first. */
export const backupKeys = (storage: StorageLike | undefined) =>
	siteKeys(storage)
		.filter((key) => key.startsWith(BACKUP_PREFIX))
		.sort()
		.reverse();

/**
 * Removes everything this site stored, when the reader asks for it (the Progress page): keys
 * outside the prefix, such as Starlight's theme choice, stay. Returns how many keys went, or
 * false when the browser refused.
 */
export function deleteSiteData(storage: StorageLike | undefined): number | false {
	if (!storage) return false;
	const keys = siteKeys(storage);
	try {
		for (const key of keys) storage.removeItem(key);
	} catch {
		return false;
	}
	return keys.length;
}
