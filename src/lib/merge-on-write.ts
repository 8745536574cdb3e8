/**
 * How one tab's save lands on what another tab may have stored since: a save never writes its
 * own copy of the record back. It takes the change the tab made (`before`, the record the tab
 * showed, to `after`, the record with the reader's edit) and applies only that change to the
 * record stored now, with the rules import uses:
 * - attempts and mock loops are appended by id (they are never edited);
 * - checklist ticks, stories (a deletion is a tombstone) and plan weeks are keyed records: one
 *   this tab changed replaces the stored one unless the stored one was edited later;
 * - the plan's start date likewise, by its `updatedAt`; the interview date is this tab's when it set one;
 * - settings field by field: only a field this tab changed is written.
 * Whatever the tab did not change stays as stored, so a tab that was opened before another tab
 * saved, or before the reader deleted everything, cannot write old data back. Pure.
 */
import type { Drafts } from './drafts.ts';
import type { PracticeData } from './practice-store.ts';

type Edited = { updatedAt: string };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** True when `a` was edited after `b` (a missing `b` counts as older). */
const later = (a: Edited, b: Edited | undefined) => !b || Date.parse(a.updatedAt) > Date.parse(b.updatedAt);

/**
 * Applies the change to a keyed set of edited records: an entry the tab added or changed wins
 * unless the stored one is newer; an entry the tab removed goes, unless it was edited since the
 * tab read it.
 */
export function applyKeyedChange<T extends Edited>(
	stored: Readonly<Record<string, T>>,
	before: Readonly<Record<string, T>>,
	after: Readonly<Record<string, T>>,
): Record<string, T> {
	const result: Record<string, T> = { ...stored };
	for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
		const mine = after[key];
		const seen = before[key];
		if (same(mine, seen)) continue;
		const now = result[key];
		if (mine === undefined) {
			if (now && seen && !later(now, seen)) delete result[key];
		} else if (!now || !later(now, mine)) {
			result[key] = mine;
		}
	}
	return result;
}

/** Appends the entries the tab added (by id) to the stored list, keeping the stored order. */
function applyAppends<T extends { id: string }>(stored: readonly T[], before: readonly T[], after: readonly T[]): T[] {
	const known = new Set([...stored, ...before].map((x) => x.id));
	return [...stored, ...after.filter((x) => !known.has(x.id))];
}

const interviewOf = (plan: PracticeData['plan']) => (plan.interview ? { interview: plan.interview } : {});
const sameInterview = (a: PracticeData['plan'], b: PracticeData['plan']) =>
	a.interview?.date === b.interview?.date && a.interview?.updatedAt === b.interview?.updatedAt;

const byId = <T extends { id: string }>(list: readonly T[]) => Object.fromEntries(list.map((x) => [x.id, x]));

/** Applies one tab's change to practice data (see the top of this file). */
export function applyPracticeChange(stored: PracticeData, before: PracticeData, after: PracticeData): PracticeData {
	const settings = { ...stored.settings };
	for (const field of Object.keys(after.settings) as (keyof PracticeData['settings'])[]) {
		if (after.settings[field] !== before.settings[field]) Object.assign(settings, { [field]: after.settings[field] });
	}
	const startChanged = after.plan.updatedAt !== before.plan.updatedAt || after.plan.startDate !== before.plan.startDate;
	const takeStart =
		startChanged &&
		(stored.plan.updatedAt === null ||
			after.plan.updatedAt === null ||
			Date.parse(after.plan.updatedAt) >= Date.parse(stored.plan.updatedAt));
	const stories = applyKeyedChange(byId(stored.stories), byId(before.stories), byId(after.stories));
	const storedIds = new Set(stored.stories.map((s) => s.id));
	return {
		...stored,
		settings,
		checklists: applyKeyedChange(stored.checklists, before.checklists, after.checklists),
		attempts: applyAppends(stored.attempts, before.attempts, after.attempts),
		// Stored stories first, in their order, then the ones this tab added.
		stories: [
			...stored.stories.map((s) => stories[s.id]).filter((s) => s !== undefined),
			...Object.values(stories).filter((s) => !storedIds.has(s.id)),
		],
		plan: {
			startDate: takeStart ? after.plan.startDate : stored.plan.startDate,
			updatedAt: takeStart ? after.plan.updatedAt : stored.plan.updatedAt,
			weeks: applyKeyedChange(stored.plan.weeks, before.plan.weeks, after.plan.weeks),
			// The interview date is this tab's when this tab set it, else what is stored.
			...interviewOf(sameInterview(after.plan, before.plan) ? stored.plan : after.plan),
		},
		mocks: applyAppends(stored.mocks, before.mocks, after.mocks),
	};
}

/** Applies one tab's change to the kept drafts: a draft kept or deleted by the tab, unless edited since. */
export const applyDraftsChange = (stored: Drafts, before: Drafts, after: Drafts): Drafts => ({
	...stored,
	drafts: applyKeyedChange(stored.drafts, before.drafts, after.drafts),
});
