/**
 * When the reader last exported their practice data, and whether there is work no export holds.
 * Stored apart from the practice record, under `prep:meta`:
 *   { version: 1, lastExportedAt: ISO date | null }
 * Written when Export downloads a file; removed with everything else by "Delete all". Pure: the
 * Progress page reads it with the practice data and says what to do.
 */
import type { PracticeData, ReadResult } from './practice-store.ts';
import { PREFIX, type RecordKind } from './storage.ts';

export interface ExportMeta {
	version: 1;
	lastExportedAt: string | null;
}

const isMeta = (x: unknown): x is ExportMeta =>
	typeof x === 'object' &&
	x !== null &&
	(x as ExportMeta).version === 1 &&
	((x as ExportMeta).lastExportedAt === null || !Number.isNaN(Date.parse(String((x as ExportMeta).lastExportedAt))));

/** Reads the stored export record; anything else is refused with the reason. */
export const readExportMeta = (value: unknown): ReadResult<ExportMeta> =>
	isMeta(value)
		? { ok: true, data: value, migrated: false }
		: { ok: false, reason: 'it is not an export record this site wrote' };

export const EXPORT_META: RecordKind<ExportMeta> = {
	key: `${PREFIX}meta`,
	read: readExportMeta,
	empty: () => ({ version: 1, lastExportedAt: null }),
};

/** How long unexported work may wait before the page reminds the reader to export. */
export const REMIND_AFTER_DAYS = 7;

/** Every moment the reader saved something, from the practice record. */
function changeTimes(data: PracticeData): number[] {
	return [
		...data.attempts.map((a) => a.date),
		...data.stories.map((s) => s.updatedAt),
		...data.mocks.map((m) => m.finishedAt),
		...Object.values(data.checklists).map((c) => c.updatedAt),
		...Object.values(data.plan.weeks).map((w) => w.updatedAt),
		...(data.plan.updatedAt ? [data.plan.updatedAt] : []),
	]
		.map((date) => Date.parse(date))
		.filter((time) => !Number.isNaN(time));
}

/** The oldest change that no export holds, or null when every change was exported. */
export function oldestUnexported(data: PracticeData, lastExportedAt: string | null): Date | null {
	const since = lastExportedAt ? Date.parse(lastExportedAt) : -Infinity;
	const waiting = changeTimes(data).filter((time) => time > since);
	return waiting.length ? new Date(Math.min(...waiting)) : null;
}

/** True when some change has waited longer than `REMIND_AFTER_DAYS` for an export. */
export function shouldRemind(data: PracticeData, lastExportedAt: string | null, now: Date): boolean {
	const oldest = oldestUnexported(data, lastExportedAt);
	return oldest !== null && now.getTime() - oldest.getTime() > REMIND_AFTER_DAYS * 24 * 60 * 60 * 1000;
}
