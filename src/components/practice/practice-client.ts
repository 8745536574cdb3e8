/**
 * The browser side of practice storage, shared by the practice islands: it opens
 * `localStorage` safely, loads once per page, saves, and tells the other islands on the page
 * when the data changed. The rules themselves live in src/lib/practice-store.ts and storage.ts.
 */
import type { PracticeData } from '../../lib/practice-store.ts';
import { loadPractice, savePractice, type LoadResult, type StorageLike } from '../../lib/storage.ts';

/** Fired (bubbling) by the timer when the candidate finishes a timed answer; detail `{ seconds, preset }`. */
export const TIMED_EVENT = 'prep:timed';

/** Fired (bubbling) by a checklist when it saved an attempt; detail `{ promptId, level, checked, total }`. */
export const SCORED_EVENT = 'prep:scored';

/** Fired on `document` after any island saved practice data. */
export const PRACTICE_CHANGED = 'prep:practice-changed';

/** `localStorage`, or undefined where the browser blocks it (reading the property can throw). */
export function browserStorage(): StorageLike | undefined {
	try {
		return window.localStorage;
	} catch {
		return undefined;
	}
}

let loaded: LoadResult | undefined;

/** The page's practice data, loaded (and, if unreadable, kept aside) on first use. */
export function openPractice(): LoadResult {
	loaded ??= loadPractice(browserStorage(), new Date());
	return loaded;
}

/**
 * Saves new practice data and tells the page. Returns false when it could not be saved, so the
 * island can say so; nothing is written while unreadable data could not be backed up.
 */
export function commitPractice(data: PracticeData): boolean {
	const current = openPractice();
	if (current.status === 'unavailable') return false;
	if (!savePractice(browserStorage(), data)) return false;
	loaded = { ...current, data };
	document.dispatchEvent(new CustomEvent(PRACTICE_CHANGED));
	return true;
}
