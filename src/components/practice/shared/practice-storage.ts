/**
 * The browser side of practice storage, shared by the practice islands: it opens
 * `localStorage` safely, loads each record once per page, saves, and tells the other islands on
 * the page when practice data changed. The rules live in src/lib/practice-store.ts and storage.ts.
 */
import type { PracticeData } from '../../../lib/practice-store.ts';
import { deleteSiteData, loadRecord, PRACTICE, saveRecord, type LoadResult, type RecordKind, type StorageLike } from '../../../lib/storage.ts';
import { emit } from './events.ts';

/** `localStorage`, or undefined where the browser blocks it (reading the property can throw). */
export function browserStorage(): StorageLike | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

const loaded = new Map<string, LoadResult<unknown>>();

/** A stored record, loaded (and, if unreadable, kept aside) on first use in this page. */
export function openRecord<T>(kind: RecordKind<T>): LoadResult<T> {
	if (!loaded.has(kind.key)) loaded.set(kind.key, loadRecord(browserStorage(), kind, new Date()));
	return loaded.get(kind.key) as LoadResult<T>;
}

/**
 * Saves a record. Returns false when it could not be saved, so the island can say so; nothing
 * is written while an unreadable value could not be backed up.
 */
export function commitRecord<T>(kind: RecordKind<T>, data: T): boolean {
	const current = openRecord(kind);
	if (current.status === 'unavailable') return false;
	if (!saveRecord(browserStorage(), kind.key, data)) return false;
	loaded.set(kind.key, { ...current, data });
	return true;
}

/** The page's practice data. */
export const openPractice = () => openRecord(PRACTICE);

/** Saves practice data and tells the page. */
export function commitPractice(data: PracticeData): boolean {
	const saved = commitRecord(PRACTICE, data);
	if (saved) emit(document, 'prep:practice-changed', null);
	return saved;
}

/**
 * Deletes every record this site keeps in localStorage (the reader asked, on the Progress page)
 * and forgets what this page loaded, so the islands start from empty records. False when the
 * browser refused; recordings live in IndexedDB and are cleared by recordings-storage.ts.
 */
export function deleteAllPracticeData(): boolean {
	const removed = deleteSiteData(browserStorage());
	loaded.clear();
	if (removed === false) return false;
	emit(document, 'prep:practice-changed', null);
	return true;
}
