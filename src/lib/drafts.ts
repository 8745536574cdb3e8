/**
 * Written answers the candidate chose to keep (the analyzer's "keep this draft" box, off by
 * default). Stored apart from practice scores, under `prep:drafts`:
 *   { version: 1, drafts: { [promptId or "free"]: { text, updatedAt: ISO date } } }
 * A draft exists only while its box is ticked; unticking deletes it. Unreadable values are kept
 * aside by storage.ts like any other record.
 */
import type { ReadResult } from './practice-store.ts';
import { PREFIX, type RecordKind } from './storage.ts';

export interface Drafts {
	version: 1;
	drafts: Record<string, { text: string; updatedAt: string }>;
}

const isDraft = (x: unknown) =>
	typeof x === 'object' &&
	x !== null &&
	typeof (x as { text?: unknown }).text === 'string' &&
	!Number.isNaN(Date.parse(String((x as { updatedAt?: unknown }).updatedAt)));

/** Reads stored drafts; anything else is refused with the reason. */
export function readDrafts(value: unknown): ReadResult<Drafts> {
	const v = value as Partial<Drafts> | null;
	if (typeof v !== 'object' || v === null || v.version !== 1 || typeof v.drafts !== 'object' || v.drafts === null) {
		return { ok: false, reason: 'it is not a drafts record this site wrote' };
	}
	if (!Object.values(v.drafts).every(isDraft)) return { ok: false, reason: 'a draft in it is malformed' };
	return { ok: true, data: v as Drafts, migrated: false };
}

export const DRAFTS: RecordKind<Drafts> = { key: `${PREFIX}drafts`, read: readDrafts, empty: () => ({ version: 1, drafts: {} }) };

/** Keeps `text` as the draft for `key`. */
export const keepDraft = (d: Drafts, key: string, text: string, now: Date): Drafts => ({
	...d,
	drafts: { ...d.drafts, [key]: { text, updatedAt: now.toISOString() } },
});

/** Forgets the draft for `key`. */
export function forgetDraft(d: Drafts, key: string): Drafts {
	const { [key]: _gone, ...drafts } = d.drafts;
	return { ...d, drafts };
}
