import { describe, expect, it } from 'vitest';
import {
	attemptId,
	emptyPracticeData,
	exportPracticeData,
	mergePracticeData,
	mergeSummary,
	parsePracticeExport,
	recordAttempt,
	setChecked,
	upgrade,
	type Attempt,
	type MockSession,
	type PracticeData,
	type Story,
	type StoryRecord,
} from '../../src/lib/practice-store.ts';
import { newStory } from '../../src/lib/stories.ts';
import {
	backupKeys,
	BACKUP_PREFIX,
	deleteSiteData,
	loadPractice,
	PRACTICE_KEY,
	savePractice,
	type StorageLike,
} from '../../src/lib/storage.ts';

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
function memoryStorage(
	initial: Record<string, string> = {},
	{ refuseWrites = false } = {},
): StorageLike & { map: Map<string, string> } {
	const map = new Map(Object.entries(initial));
	return {
		map,
		getItem: (k) => map.get(k) ?? null,
		setItem: (k, v) => {
			if (refuseWrites) throw new Error('QuotaExceededError');
			map.set(k, v);
		},
		removeItem: (k) => {
			if (refuseWrites) throw new Error('SecurityError');
			map.delete(k);
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

	it('lifts version 0 (attempts only) to the current version', () => {
		const result = upgrade({ attempts: [attempt('a', 'p', now.toISOString())] });
		expect(result).toMatchObject({ ok: true, migrated: true, data: { version: 2, attempts: [{ id: 'a' }] } });
	});

	it.each([
		['a string', 'hello', 'it is not a practice record'],
		['a newer version', { version: 7 }, 'it was written by a newer version of this site (version 7)'],
		['a bad attempt', { ...emptyPracticeData(), attempts: [{ id: 1 }] }, 'its contents do not have the expected shape'],
		[
			'an unknown level',
			{ ...emptyPracticeData(), settings: { level: 'cto', sound: false } },
			'its contents do not have the expected shape',
		],
		[
			'more ticks than checks',
			{ ...emptyPracticeData(), attempts: [attempt('a', 'p', now.toISOString(), 11, 10)] },
			'its contents do not have the expected shape',
		],
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
		['a newer version', '{"version":3}', 'it was written by a newer version of this site (version 3)'],
	])('keeps %s aside under a backup key and starts fresh', (_, raw, reason) => {
		const storage = memoryStorage({ [PRACTICE_KEY]: raw });
		const result = loadPractice(storage, now);
		expect(result).toMatchObject({ status: 'kept-aside', reason, backupKey: `${BACKUP_PREFIX}${now.toISOString()}` });
		expect(storage.map.get(`${BACKUP_PREFIX}${now.toISOString()}`)).toBe(raw);
		expect(backupKeys(storage)).toEqual([`${BACKUP_PREFIX}${now.toISOString()}`]);
		// Loaded again, the fresh record reads cleanly: the notice is shown once.
		expect(loadPractice(storage, now).status).toBe('loaded');
	});

	it('reads stored version-1 data as migrated, without a backup', () => {
		const v1 = {
			version: 1,
			settings: { level: 'mid', sound: false },
			checklists: {},
			attempts: [attempt('a', 'p', now.toISOString())],
		};
		const storage = memoryStorage({ [PRACTICE_KEY]: JSON.stringify(v1) });
		const result = loadPractice(storage, now);
		expect(result).toMatchObject({
			status: 'migrated',
			data: { version: 2, settings: { level: 'mid' }, attempts: [{ id: 'a' }], stories: [], mocks: [] },
		});
		expect(backupKeys(storage)).toEqual([]);
	});

	it('leaves an unreadable value in place when it cannot be backed up', () => {
		const storage = memoryStorage({ [PRACTICE_KEY]: '{oops' }, { refuseWrites: true });
		expect(loadPractice(storage, now).status).toBe('unavailable');
		expect(storage.map.get(PRACTICE_KEY)).toBe('{oops');
		expect(savePractice(storage, emptyPracticeData())).toBe(false);
	});

	it('reports storage as unavailable when there is none or it throws', () => {
		expect(loadPractice(undefined, now).status).toBe('unavailable');
		const throwing = {
			...memoryStorage(),
			getItem: () => {
				throw new Error('SecurityError');
			},
		};
		expect(loadPractice(throwing, now).status).toBe('unavailable');
	});
});

describe('deleteSiteData', () => {
	it('removes every key this site wrote, backups and drafts included, and leaves other keys', () => {
		const storage = memoryStorage({
			[PRACTICE_KEY]: '{}',
			'prep:drafts': '{}',
			[`${BACKUP_PREFIX}2026-11-01T00:00:00.000Z`]: '{oops',
			'starlight-theme': 'dark',
		});
		expect(deleteSiteData(storage)).toBe(3);
		expect([...storage.map.keys()]).toEqual(['starlight-theme']);
		expect(loadPractice(storage, now).status).toBe('fresh');
	});

	it('reports a refusal as false and keeps what could not be removed', () => {
		const storage = memoryStorage({ [PRACTICE_KEY]: '{}' }, { refuseWrites: true });
		expect(deleteSiteData(storage)).toBe(false);
		expect(storage.map.has(PRACTICE_KEY)).toBe(true);
		expect(deleteSiteData(undefined)).toBe(false);
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

describe('version 2: stories, plan and mock loops', () => {
	const v1 = {
		version: 1,
		settings: { level: 'staff', sound: true },
		checklists: {},
		attempts: [attempt('a', 'p', now.toISOString())],
	};
	const story = (id: string, title: string, updatedAt: string): Story => ({ ...newStory(id, { title }, new Date(updatedAt)) });
	const tomb = (id: string, updatedAt: string): StoryRecord => ({ id, deleted: true, updatedAt });
	const mock = (id: string, startedAt: string): MockSession => ({
		id,
		startedAt,
		finishedAt: startedAt,
		loop: { kind: 'highest-signal', label: 'The highest-signal four' },
		preset: 'loop-story',
		level: 'senior',
		items: [{ promptId: 'p', seconds: 150, checked: 3, total: 10 }],
	});
	const with_ = (over: Partial<PracticeData>): PracticeData => ({ ...emptyPracticeData(), ...over });
	const d = (day: number) => `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`;

	it('migrates version 1 to 2, keeping everything and adding an empty bank, plan and mock list', () => {
		expect(upgrade(v1)).toEqual({
			ok: true,
			migrated: true,
			data: { ...v1, version: 2, stories: [], plan: { startDate: null, updatedAt: null, weeks: {} }, mocks: [] },
		});
	});

	it.each([
		['a story without beats', { stories: [{ id: 's', title: 't', updatedAt: d(1) }] }],
		['a plan with a bad start date', { plan: { startDate: 'next monday', updatedAt: d(1), weeks: {} } }],
		['a mock with a bad level', { mocks: [{ ...mock('m', d(1)), level: 'cto' }] }],
	])('refuses %s', (_, over) =>
		expect(upgrade({ ...emptyPracticeData(), ...over })).toEqual({
			ok: false,
			reason: 'its contents do not have the expected shape',
		}),
	);

	it.each([
		['an unknown story from the import', [story('a', 'A', d(1))], [story('b', 'B', d(2))], { a: 'A', b: 'B' }],
		['the newer edit, from the import', [story('a', 'old', d(1))], [story('a', 'new', d(2))], { a: 'new' }],
		['the newer edit, kept here', [story('a', 'new', d(2))], [story('a', 'old', d(1))], { a: 'new' }],
		['a deletion made after the imported edit', [tomb('a', d(3))], [story('a', 'old', d(2))], { a: 'deleted' }],
		['an imported deletion newer than the copy here', [story('a', 'old', d(1))], [tomb('a', d(2))], { a: 'deleted' }],
		['an edit made after an imported deletion', [story('a', 'new', d(3))], [tomb('a', d(2))], { a: 'new' }],
	])('merging stories keeps %s', (_, mine, theirs, expected) => {
		const merged = mergePracticeData(with_({ stories: mine }), with_({ stories: theirs }));
		expect(Object.fromEntries(merged.stories.map((s) => [s.id, 'deleted' in s ? 'deleted' : s.title]))).toEqual(expected);
	});

	it('merges the plan week by week, and the start date set last', () => {
		const mine = with_({
			plan: {
				startDate: '2026-11-02',
				updatedAt: d(2),
				weeks: { 'week-1': { checked: ['a'], updatedAt: d(5) }, 'week-2': { checked: [], updatedAt: d(1) } },
			},
		});
		const theirs = with_({
			plan: {
				startDate: '2026-11-09',
				updatedAt: d(3),
				weeks: { 'week-1': { checked: [], updatedAt: d(4) }, 'week-2': { checked: ['b'], updatedAt: d(6) } },
			},
		});
		expect(mergePracticeData(mine, theirs).plan).toEqual({
			startDate: '2026-11-09',
			updatedAt: d(3),
			weeks: { 'week-1': { checked: ['a'], updatedAt: d(5) }, 'week-2': { checked: ['b'], updatedAt: d(6) } },
		});
		expect(mergePracticeData(mine, with_({})).plan).toEqual(mine.plan);
	});

	it('unites mock loops by id, in the order they were run, and says what came in', () => {
		const mine = with_({ mocks: [mock('m2', d(2))], stories: [story('a', 'A', d(1))] });
		const theirs = with_({
			mocks: [mock('m1', d(1)), mock('m2', d(2))],
			stories: [story('a', 'A2', d(2)), story('b', 'B', d(1)), tomb('c', d(1))],
		});
		const merged = mergePracticeData(mine, theirs);
		expect(merged.mocks.map((m) => m.id)).toEqual(['m1', 'm2']);
		expect(mergeSummary(mine, merged)).toEqual({ attempts: 0, stories: 2, mocks: 1 });
		expect(mergePracticeData(merged, merged)).toEqual(merged);
	});
});

describe('recordings in an export', () => {
	const data = emptyPracticeData();
	it('leaves them out unless given', () => expect(JSON.parse(exportPracticeData(data, now))).not.toHaveProperty('recordings'));
	it('carries them through when given', () => {
		const recordings = [{ id: 'm:p', data: 'AQID' }];
		expect(parsePracticeExport(exportPracticeData(data, now, recordings))).toEqual({ ok: true, data, recordings });
	});
});
