/**
 * The browser side of practice storage, shared by the practice islands. It opens `localStorage`
 * safely, keeps what this page shows of each record, and saves without ever losing another
 * tab's save:
 * - a save applies only the change the island made (what it was shown → what it saved) to the
 *   record as stored at that moment (src/lib/merge-on-write.ts has the rules), and applies it
 *   again inside one Web Lock per record, so that two tabs saving in the same instant take turns;
 * - when another tab saves or deletes, the `storage` event brings the new record in, and the
 *   islands redraw on `prep:practice-changed`.
 * Reading, migrating and keeping unreadable data aside live in src/lib/storage.ts.
 */
import { DRAFTS, type Drafts } from '../../../lib/drafts.ts';
import { applyDraftsChange, applyPracticeChange } from '../../../lib/merge-on-write.ts';
import type { PracticeData } from '../../../lib/practice-store.ts';
import {
	deleteSiteData,
	loadRecord,
	PRACTICE,
	saveRecord,
	type LoadResult,
	type RecordKind,
	type StorageLike,
} from '../../../lib/storage.ts';
import { emit } from './events.ts';

/** `localStorage`, or undefined where the browser blocks it (reading the property can throw). */
export function browserStorage(): StorageLike | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

/** A record saved by merging, with the rule that applies one save's change to it. */
interface Merged<T> {
	kind: RecordKind<T>;
	apply: (stored: T, before: T, after: T) => T;
}
const merged = <T>(kind: RecordKind<T>, apply: Merged<T>['apply']) => ({ kind, apply }) as unknown as Merged<unknown>;
/** The records saved by merging, by key; others (the export date) are simply written. */
const MERGED = new Map([merged(PRACTICE, applyPracticeChange), merged(DRAFTS, applyDraftsChange)].map((m) => [m.kind.key, m]));

/** What this page shows of each record, by key. */
const shown = new Map<string, LoadResult<unknown>>();

/** Tells the page's islands that a record changed; drafts have no island that redraws on them. */
const changed = (key: string) => {
	if (key === PRACTICE.key) emit(document, 'prep:practice-changed', null);
};

let listening = false;
/** Brings in what other tabs save: the `storage` event fires in every other tab of the origin. */
function listenToOtherTabs() {
	if (listening || typeof window === 'undefined') return;
	listening = true;
	window.addEventListener('storage', (event) => {
		// `key` is null when another tab cleared the whole storage.
		for (const { kind } of [...MERGED.values()].filter((m) => event.key === null || event.key === m.kind.key)) {
			if (!shown.has(kind.key)) continue; // not used on this page
			const loaded = loadRecord(browserStorage(), kind, new Date());
			// Keep the first load's status (a notice about data kept aside), unless this read set some aside
			// or the record was deleted.
			const view = shown.get(kind.key)!;
			const keepStatus = event.newValue !== null && (loaded.status === 'loaded' || loaded.status === 'fresh');
			shown.set(kind.key, keepStatus ? { ...view, data: loaded.data } : loaded);
			changed(kind.key);
		}
	});
}

/** A stored record, loaded (and, if unreadable, kept aside) on first use in this page. */
export function openRecord<T>(kind: RecordKind<T>): LoadResult<T> {
	listenToOtherTabs();
	if (!shown.has(kind.key)) shown.set(kind.key, loadRecord(browserStorage(), kind, new Date()));
	return shown.get(kind.key) as LoadResult<T>;
}

/** Runs `work` while holding this origin's lock on `name`, where the browser has Web Locks. */
function withLock<T>(name: string, work: () => T): Promise<T> {
	if (typeof navigator !== 'undefined' && navigator.locks) return navigator.locks.request(name, () => work());
	return Promise.resolve().then(work);
}

let persistenceAsked = false;
/** The first save asks the browser to keep this site's storage rather than evict it. */
function askToPersist() {
	if (persistenceAsked) return;
	persistenceAsked = true;
	void navigator.storage?.persist?.().catch(() => false);
}

/**
 * Applies one save's change (`before` → `after`) to the record as stored now and writes it; the
 * page then shows the stored record, other tabs' saves included. False when the browser refused.
 */
function writeChange<T>(kind: RecordKind<T>, before: T, after: T): boolean {
	const storage = browserStorage();
	const stored = loadRecord(storage, kind, new Date());
	if (stored.status === 'unavailable') return false;
	const apply = (MERGED.get(kind.key) as Merged<T> | undefined)?.apply;
	const result = apply ? apply(stored.data, before, after) : after;
	// Write only what changes: a write wakes every other tab (the `storage` event).
	const ok = JSON.stringify(result) === JSON.stringify(stored.data) || saveRecord(storage, kind.key, result);
	const view = shown.get(kind.key) ?? stored;
	shown.set(kind.key, { ...view, data: ok ? result : stored.data } as LoadResult<unknown>);
	return ok;
}

/**
 * Saves `next`, the record an island made from what `openRecord` showed it, by applying only its
 * change to the record as stored now. The write happens at once, so that nothing is lost when the
 * reader leaves the page; then the same change is applied again inside the origin's Web Lock for
 * the record, so that a save another tab made in the same instant cannot be overwritten (applying
 * a change twice changes nothing). Returns false when the browser refused the write (full or
 * blocked storage): then nothing stored changed, and the page shows what is stored. Nothing is
 * written while an unreadable value could not be backed up.
 */
export function commitRecord<T>(kind: RecordKind<T>, next: T): boolean {
	const current = openRecord(kind);
	if (current.status === 'unavailable') return false;
	const before = current.data;
	const ok = writeChange(kind, before, next);
	changed(kind.key);
	if (!ok) return false;
	askToPersist();
	void withLock(`${kind.key}:write`, () => {
		const shownBefore = JSON.stringify(shown.get(kind.key)?.data);
		writeChange(kind, before, next);
		if (JSON.stringify(shown.get(kind.key)?.data) !== shownBefore) changed(kind.key);
	});
	return true;
}

/** The page's practice data. */
export const openPractice = () => openRecord(PRACTICE);

/** Saves practice data (see `commitRecord`). */
export const commitPractice = (data: PracticeData) => commitRecord(PRACTICE, data);

/** The page's kept drafts. */
export const openDrafts = () => openRecord(DRAFTS);

/** Saves the kept drafts (see `commitRecord`). */
export const commitDrafts = (drafts: Drafts) => commitRecord(DRAFTS, drafts);

/**
 * Deletes every record this site keeps in localStorage (the reader asked, on the Progress page)
 * and forgets what this page loaded, so the islands start from empty records; other tabs hear
 * of it through the `storage` event. False when the browser refused; recordings live in
 * IndexedDB and are cleared by recordings-storage.ts.
 */
export function deleteAllPracticeData(): boolean {
	const removed = deleteSiteData(browserStorage());
	shown.clear();
	if (removed === false) return false;
	changed(PRACTICE.key);
	return true;
}
