/**
 * Keeps practice data in the browser's storage without ever losing it. Reads never throw: a
 * value that cannot be read (broken JSON, a foreign shape, a newer version) is copied aside under
 * a backup key before anything else is written, and the caller is told where it went.
 * Storage is passed in (`localStorage` in the page, a Map-backed stand-in in tests).
 */
import { emptyPracticeData, upgrade, type PracticeData } from './practice-store.ts';

/** The part of the Web Storage API this module uses. */
export interface StorageLike {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	key(index: number): string | null;
	readonly length: number;
}

/** Every key this site writes starts with this prefix. */
export const PREFIX = 'prep:';
export const PRACTICE_KEY = `${PREFIX}practice`;
export const BACKUP_PREFIX = `${PREFIX}backup:`;

export type LoadResult =
	| { data: PracticeData; status: 'fresh' | 'loaded' | 'migrated' }
	| { data: PracticeData; status: 'kept-aside'; backupKey: string; reason: string }
	| { data: PracticeData; status: 'unavailable'; reason: string };

/** Loads practice data, keeping an unreadable value aside under a backup key. */
export function loadPractice(storage: StorageLike | undefined, now: Date): LoadResult {
	if (!storage) return { data: emptyPracticeData(), status: 'unavailable', reason: 'this browser does not allow storage' };
	let raw: string | null;
	try {
		raw = storage.getItem(PRACTICE_KEY);
	} catch {
		return { data: emptyPracticeData(), status: 'unavailable', reason: 'this browser blocks storage for this site' };
	}
	if (raw === null) return { data: emptyPracticeData(), status: 'fresh' };
	let parsed: unknown;
	let reason: string | undefined;
	try {
		parsed = JSON.parse(raw);
	} catch {
		reason = 'it is not valid JSON';
	}
	const read = reason === undefined ? upgrade(parsed) : undefined;
	if (read?.ok) return { data: read.data, status: read.migrated ? 'migrated' : 'loaded' };
	reason ??= read && !read.ok ? read.reason : 'it could not be read';
	const backupKey = `${BACKUP_PREFIX}${now.toISOString()}`;
	try {
		storage.setItem(backupKey, raw);
	} catch {
		// Nowhere to put a copy: leave the original in place and report storage as unavailable,
		// so that the page does not overwrite it.
		return { data: emptyPracticeData(), status: 'unavailable', reason: `the saved data is unreadable (${reason}) and could not be backed up` };
	}
	// The original is safe in the backup: start a fresh record so the notice shows only once.
	savePractice(storage, emptyPracticeData());
	return { data: emptyPracticeData(), status: 'kept-aside', backupKey, reason };
}

/** Saves practice data; returns false when the browser refuses (full or blocked storage). */
export function savePractice(storage: StorageLike | undefined, data: PracticeData): boolean {
	if (!storage) return false;
	try {
		storage.setItem(PRACTICE_KEY, JSON.stringify(data));
		return true;
	} catch {
		return false;
	}
}

/** The backup keys present, newest first. */
export function backupKeys(storage: StorageLike | undefined): string[] {
	if (!storage) return [];
	const keys: string[] = [];
	try {
		for (let i = 0; i < storage.length; i++) {
			const key = storage.key(i);
			if (key?.startsWith(BACKUP_PREFIX)) keys.push(key);
		}
	} catch {
		return [];
	}
	return keys.sort().reverse();
}
