import { describe, expect, it } from 'vitest';
import {
	attemptId,
	emptyPracticeData,
	exportPracticeData,
	mergePracticeData,
	parsePracticeExport,
	recordAttempt,
	setChecked,
	upgrade,
	type Attempt,
	type PracticeData,
} from '../../src/lib/practice-store.ts';
import { backupKeys, BACKUP_PREFIX, loadPractice, PRACTICE_KEY, savePractice, type StorageLike } from '../../src/lib/storage.ts';

const attempt = (id: string, promptId: string, date: string, checked = 5, total = 10): Attempt => ({
	id,
	promptId,
	date,
	seconds: 150,
	preset: 'loop-story',
	level: 'senior',
	checked,
	total,
});
const now = new Date('2026-11-23T10:00:00Z');

/** An in-memory Web Storage, optionally refusing writes like a full or blocked one. */
function memoryStorage(initial: Record<string, string> = {}, { refuseWrites = false } = {}): StorageLike & { map: Map<string, string> } {
	const map = new Map(Object.entries(initial));
	return {
		map,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => {
			if (refuseWrites) throw new Error('QuotaExceededError');
			map.set(k, v);
		},
		key: (i) => [...map.keys()][i] ?? null,
		get length() {
			return map.size;
		},
	};
}

describe('upgrade', () => {
	it('accepts current data as it is', () => {
		const data = recordAttempt(emptyPracticeData(), attempt('a', 'p', now.toISOString()));
		expect(upgrade(data)).toEqual({ ok: true, data, migrated: false });
	});

	it('lifts version 0 (attempts only) to version 1', () => {
		const result = upgrade({ attempts: [attempt('a', 'p', now.toISOString())] });
		expect(result).toMatchObject({ ok: true, migrated: true, data: { version: 1, attempts: [{ id: 'a' }] } });
	});

	it.each([
		['a string', 'hello', 'it is not a practice record'],
		['a newer version', { version: 7 }, 'it was written by a newer version of this site (version 7)'],
		['a bad attempt', { ...emptyPracticeData(), attempts: [{ id: 1 }] }, 'its contents do not have the expected shape'],
		['an unknown level', { ...emptyPracticeData(), settings: { level: 'cto', sound: false } }, 'its contents do not have the expected shape'],
		['more ticks than checks', { ...emptyPracticeData(), attempts: [attempt('a', 'p', now.toISOString(), 11, 10)] }, 'its contents do not have the expected shape'],
	])('refuses %s', (_, value, reason) => expect(upgrade(value)).toEqual({ ok: false, reason }));
});

describe('mergePracticeData', () => {
	const early = '2026-11-01T00:00:00.000Z';
	const late = '2026-11-20T00:00:00.000Z';
	const mine: PracticeData = {
		...emptyPracticeData(),
		settings: { level: 'staff', sound: true },
		attempts: [attempt('a', 'p', early), attempt('b', 'p', late)],
		checklists: { p: { checked: ['beat:task'], updatedAt: late }, q: { checked: ['beat:action'], updatedAt: early } },
	};
	const theirs: PracticeData = {
		...emptyPracticeData(),
		attempts: [attempt('b', 'p', late), attempt('c', 'q', '2026-11-10T00:00:00.000Z')],
		checklists: { p: { checked: [], updatedAt: early }, q: { checked: ['beat:result'], updatedAt: late } },
	};
	const merged = mergePracticeData(mine, theirs);

	it('keeps every attempt once, in date order', () => expect(merged.attempts.map((a) => a.id)).toEqual(['a', 'c', 'b']));
	it('keeps the checklist edited last for each prompt', () => {
		expect(merged.checklists['p']!.checked).toEqual(['beat:task']);
		expect(merged.checklists['q']!.checked).toEqual(['beat:result']);
	});
	it('keeps this device’s settings', () => expect(merged.settings).toEqual({ level: 'staff', sound: true }));
	it('changes nothing when merged with itself', () => expect(mergePracticeData(merged, merged)).toEqual(merged));
});

describe('export and import', () => {
	const data = recordAttempt(emptyPracticeData(), attempt('a', 'p', now.toISOString()));

	it('round-trips', () => expect(parsePracticeExport(exportPracticeData(data, now))).toEqual({ ok: true, data }));

	it.each([
		['broken JSON', '{"format":', 'This file is not valid JSON, so nothing was imported.'],
		['a foreign file', '{"name":"package"}', 'This file is not a practice export from this site, so nothing was imported.'],
		[
			'an export with bad data',
			JSON.stringify({ format: 'backend-behavioral-prep/practice', data: { version: 1 } }),
			'This export cannot be read: its contents do not have the expected shape. Nothing was imported.',
		],
	])('refuses %s with a clear message', (_, text, error) => expect(parsePracticeExport(text)).toEqual({ ok: false, error }));
});

describe('attempts and checklists', () => {
	it('recording an attempt clears that prompt’s ticks only', () => {
		let data = setChecked(emptyPracticeData(), 'p', ['beat:task'], now);
		data = setChecked(data, 'q', ['beat:result'], now);
		data = recordAttempt(data, attempt('a', 'p', now.toISOString()));
		expect(Object.keys(data.checklists)).toEqual(['q']);
		expect(data.attempts).toHaveLength(1);
	});
	it('makes distinct ids', () => {
		expect(attemptId(now, () => 0.1)).not.toBe(attemptId(now, () => 0.2));
		expect(attemptId(now, () => 0.5)).toMatch(/^[0-9a-z]+-[0-9a-z]{6}$/);
	});
});

describe('loadPractice', () => {
	it('starts fresh when nothing is stored', () => {
		expect(loadPractice(memoryStorage(), now)).toMatchObject({ status: 'fresh', data: emptyPracticeData() });
	});

	it('reads what savePractice wrote', () => {
		const storage = memoryStorage();
		const data = setChecked(emptyPracticeData(), 'p', ['beat:task'], now);
		expect(savePractice(storage, data)).toBe(true);
		expect(loadPractice(storage, now)).toEqual({ status: 'loaded', data });
	});

	it.each([
		['broken JSON', '{"version":1,', 'it is not valid JSON'],
		['a foreign value', '"hello"', 'it is not a practice record'],
		['a newer version', '{"version":2}', 'it was written by a newer version of this site (version 2)'],
	])('keeps %s aside under a backup key and starts fresh', (_, raw, reason) => {
		const storage = memoryStorage({ [PRACTICE_KEY]: raw });
		const result = loadPractice(storage, now);
		expect(result).toMatchObject({ status: 'kept-aside', reason, backupKey: `${BACKUP_PREFIX}${now.toISOString()}` });
		expect(storage.map.get(`${BACKUP_PREFIX}${now.toISOString()}`)).toBe(raw);
		expect(backupKeys(storage)).toEqual([`${BACKUP_PREFIX}${now.toISOString()}`]);
		// Loaded again, the fresh record reads cleanly: the notice is shown once.
		expect(loadPractice(storage, now).status).toBe('loaded');
	});

	it('leaves an unreadable value in place when it cannot be backed up', () => {
		const storage = memoryStorage({ [PRACTICE_KEY]: '{oops' }, { refuseWrites: true });
		expect(loadPractice(storage, now).status).toBe('unavailable');
		expect(storage.map.get(PRACTICE_KEY)).toBe('{oops');
		expect(savePractice(storage, emptyPracticeData())).toBe(false);
	});

	it('reports storage as unavailable when there is none or it throws', () => {
		expect(loadPractice(undefined, now).status).toBe('unavailable');
		const throwing = { ...memoryStorage(), getItem: () => { throw new Error('SecurityError'); } };
		expect(loadPractice(throwing, now).status).toBe('unavailable');
	});
});

describe('drafts', async () => {
	const { DRAFTS, forgetDraft, keepDraft, readDrafts } = await import('../../src/lib/drafts.ts');
	const { loadRecord, saveRecord } = await import('../../src/lib/storage.ts');

	it('keeps and forgets a draft per prompt', () => {
		let d = keepDraft(DRAFTS.empty(), 'outage', 'I declared a sev1.', now);
		d = keepDraft(d, 'free', 'Another.', now);
		expect(readDrafts(d)).toEqual({ ok: true, data: d, migrated: false });
		expect(Object.keys(forgetDraft(d, 'outage').drafts)).toEqual(['free']);
	});

	it('round-trips through storage and keeps a foreign value aside', () => {
		const storage = memoryStorage();
		const d = keepDraft(DRAFTS.empty(), 'outage', 'text', now);
		saveRecord(storage, DRAFTS.key, d);
		expect(loadRecord(storage, DRAFTS, now)).toEqual({ status: 'loaded', data: d });
		storage.setItem(DRAFTS.key, '{"version":1,"drafts":{"x":{"text":3}}}');
		expect(loadRecord(storage, DRAFTS, now)).toMatchObject({ status: 'kept-aside', reason: 'a draft in it is malformed' });
	});
});
