import { describe, expect, it } from 'vitest';
import {
	attemptId,
	describeDropped,
	droppedSummary,
	emptyPracticeData,
	isPracticeData,
	partitionKnown,
	recordAttempt,
	setChecked,
	upgrade,
	type Attempt,
	type Dropped,
	type MockSession,
	type PracticeData,
	type Story,
	type StoryRecord,
} from '../../src/lib/practice-store.ts';
import { exportPracticeData, mergePracticeData, mergeSummary, parsePracticeExport } from '../../src/lib/practice-exchange.ts';
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
		expect(upgrade(data, now)).toEqual({ ok: true, data, migrated: false, dropped: [] });
	});

	it('lifts version 0 (attempts only) to the current version', () => {
		const result = upgrade({ attempts: [attempt('a', 'p', now.toISOString())] }, now);
		expect(result).toMatchObject({ ok: true, migrated: true, dropped: [], data: { version: 2, attempts: [{ id: 'a' }] } });
	});

	it.each([
		['a string', 'hello', 'it is not a practice record'],
		['a list', [], 'it is not a practice record'],
		['an object without a version or attempts', { name: 'package' }, 'it is not a practice record'],
		['an unknown version', { version: '2', attempts: [] }, 'it is not a practice record'],
		['a newer version', { version: 7 }, 'it was written by a newer version of this site (version 7)'],
		['a record with none of the parts', { version: 2 }, 'it holds no practice data'],
	])('refuses %s', (_, value, reason) => expect(upgrade(value, now)).toEqual({ ok: false, reason }));
});

describe('reading a record with bad parts', () => {
	const day = now.toISOString();
	const good = attempt('a', 'p', day);
	const story = { ...newStory('s1', { title: 'Orders migration' }, now) };
	const mock = {
		id: 'm',
		startedAt: '2026-11-20T09:00:00.000Z',
		finishedAt: '2026-11-20T09:40:00.000Z',
		loop: { kind: 'highest-signal', label: 'The highest-signal four' },
		preset: 'loop-story',
		level: 'senior',
		items: [{ promptId: 'p', seconds: 150, checked: 3, total: 10 }],
	};
	const full = (): PracticeData => ({
		version: 2,
		settings: { level: 'staff', sound: true },
		checklists: { p: { checked: ['beat:task'], updatedAt: day } },
		attempts: [good, attempt('b', 'p', day), attempt('c', 'q', day), attempt('d', 'q', day)],
		stories: [story as Story, { id: 's2', deleted: true, updatedAt: day }],
		plan: { startDate: '2026-11-02', updatedAt: day, weeks: { 'week-1': { checked: ['a'], updatedAt: day } } },
		mocks: [mock as MockSession],
	});

	it('keeps every story, the plan and the mock loops when one attempt has seconds = -3, and drops that attempt only', () => {
		const value = full();
		(value.attempts[3] as { seconds: number }).seconds = -3;
		const read = upgrade(value, now);
		expect(read).toMatchObject({ ok: true, migrated: false });
		if (!read.ok) return;
		const { attempts, ...rest } = read.data;
		const { attempts: all, ...expected } = full();
		expect(rest).toEqual(expected);
		expect(attempts).toEqual(all.slice(0, 3));
		expect(read.dropped).toEqual([{ kind: 'attempt', entry: 'attempt 4', field: 'its time', value: 'seconds = -3' }]);
		expect(read.dropped.map(describeDropped)).toEqual(['attempt 4 (its time, seconds = -3)']);
	});

	it('reads an attempt with its follow-up, and drops one whose follow-up is not one', () => {
		const value = full();
		const followUp = { reason: 'prompt' as const, question: 'Who disagreed?', seconds: null };
		value.attempts[0] = { ...value.attempts[0]!, followUp };
		(value.attempts[1] as unknown as Record<string, unknown>)['followUp'] = 'later';
		const read = upgrade(value, now);
		if (!read.ok) throw new Error(read.reason);
		expect(read.data.attempts[0]!.followUp).toEqual(followUp);
		expect(read.dropped.map(describeDropped)).toEqual(['attempt 2 (its follow-up, followUp = "later")']);
	});

	it('reads a mock answer with its follow-up, and one saved before follow-ups existed', () => {
		const value = full();
		const followUp = { reason: 'we' as const, question: 'What did you personally do?', seconds: 41 };
		value.mocks = [{ ...value.mocks[0]!, items: [{ ...value.mocks[0]!.items[0]!, followUp }, value.mocks[0]!.items[0]!] }];
		const read = upgrade(value, now);
		expect(read).toMatchObject({ ok: true, dropped: [] });
		if (read.ok) expect(read.data.mocks[0]!.items.map((i) => i.followUp)).toEqual([followUp, undefined]);
	});

	type Case = [name: string, spoil: (d: Json) => void, dropped: string[], check?: (d: PracticeData) => void];
	// The cases spoil stored JSON of any shape, so the record is typed as loosely as JSON is.
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	type Json = Record<string, any>;
	it.each<Case>([
		[
			'an attempt that is not an object',
			(d) => (d['attempts'][0] = 'junk'),
			['attempt 1 (it is not an attempt, value = "junk")'],
		],
		['an attempt without a date', (d) => delete d['attempts'][1].date, ['attempt 2 (its date, date missing)']],
		[
			'an attempt with more ticks than checks',
			(d) => (d['attempts'][0].checked = 11),
			['attempt 1 (its score, checked = 11, more than total = 10)'],
		],
		['an attempt with an unknown level', (d) => (d['attempts'][2].level = 'cto'), ['attempt 3 (its level, level = "cto")']],
		[
			'a story without one beat',
			(d) => delete d['stories'][0].beats.result,
			['story "Orders migration" (its beats, beats.result missing)'],
		],
		['a story without beats', (d) => delete d['stories'][0].beats, ['story "Orders migration" (its beats, beats missing)']],
		['a story with a numeric tag', (d) => (d['stories'][0].tags = [3]), ['story "Orders migration" (its tags, tags = [3])']],
		[
			'a tombstone without an edit time',
			(d) => delete d['stories'][1].updatedAt,
			['deleted story 2 (its edit time, updatedAt missing)'],
		],
		[
			'a mock loop with a bad level',
			(d) => (d['mocks'][0].level = 'cto'),
			['the mock loop of 2026-11-20 (its level, level = "cto")'],
		],
		[
			'a mock loop with a bad answer',
			(d) => (d['mocks'][0].items[0].seconds = -1),
			['the mock loop of 2026-11-20 (its answer 1 (time), seconds = -1)'],
		],
		[
			'an interview date the calendar lacks',
			(d) => (d['plan'].interview = { date: '2026-02-30', updatedAt: d['plan'].updatedAt }),
			['the plan (its interview date, interview = {"date":"2026-02-30","updatedAt":"2026-…)'],
		],
		[
			'a mock loop with a follow-up of an unknown kind',
			(d) => (d['mocks'][0].items[0].followUp = { reason: 'mood', question: 'Why?', seconds: 40 }),
			['the mock loop of 2026-11-20 (its answer 1 (follow-up), followUp = {"reason":"mood","question":"Why?","sec…)'],
		],
		[
			'a list of ticks with a number in it',
			(d) => (d['checklists'].p.checked = [1]),
			['the ticks for prompt "p" (its ticks, checked = [1])'],
		],
		[
			'a plan week without an edit time',
			(d) => delete d['plan'].weeks['week-1'].updatedAt,
			['plan week "week-1" (its edit time, updatedAt missing)'],
		],
		[
			'an unknown level setting',
			(d) => (d['settings'].level = 'cto'),
			['the level setting (not a level, Senior is used, level = "cto")'],
			(data) => expect(data.settings).toEqual({ level: 'senior', sound: true }),
		],
		[
			'a sound setting that is not on or off',
			(d) => (d['settings'].sound = 'yes'),
			['the sound setting (not on or off, off is used, sound = "yes")'],
			(data) => expect(data.settings).toEqual({ level: 'staff', sound: false }),
		],
		[
			'a start date in year 0026',
			(d) => (d['plan'].startDate = '0026-11-15'),
			['the plan (its start date, startDate = "0026-11-15")'],
			(data) => expect(data.plan).toMatchObject({ startDate: null, updatedAt: null, weeks: { 'week-1': {} } }),
		],
		[
			'a start date in words',
			(d) => (d['plan'].startDate = 'next monday'),
			['the plan (its start date, startDate = "next monday")'],
		],
		[
			'a start date the calendar lacks',
			(d) => (d['plan'].startDate = '2026-02-30'),
			['the plan (its start date, startDate = "2026-02-30")'],
		],
		[
			'a start date set at an unreadable time',
			(d) => (d['plan'].updatedAt = 'yesterday'),
			['the plan (the time its start date was set, updatedAt = "yesterday")'],
			(data) => expect(data.plan).toMatchObject({ startDate: '2026-11-02', updatedAt: null }),
		],
		[
			'attempts that are not a list',
			(d) => (d['attempts'] = { a: 1 }),
			['the attempts list (it is not a list, attempts = {"a":1})'],
		],
		['a plan that is not a plan', (d) => (d['plan'] = 'soon'), ['the plan (it is not a plan, plan = "soon")']],
	])('drops only %s', (_, spoil, dropped, check) => {
		const value = structuredClone(full()) as unknown as Json;
		spoil(value);
		const read = upgrade(value, now);
		if (!read.ok) throw new Error(read.reason);
		expect(read.dropped.map(describeDropped)).toEqual(dropped);
		check?.(read.data);
		// Every entry not spoiled is still there.
		const entries = (d: PracticeData) => d.attempts.length + d.stories.length + d.mocks.length;
		const lost = read.dropped.reduce(
			(n, d) => n + (d.kind === 'list' ? 4 : ['attempt', 'story', 'mock loop'].includes(d.kind) ? 1 : 0),
			0,
		);
		expect(entries(read.data)).toBe(entries(full()) - lost);
	});

	it('salvages version 1 the same way while migrating it', () => {
		const v1 = {
			version: 1,
			settings: { level: 'cto', sound: false },
			checklists: {},
			attempts: [good, { ...good, id: 'x', seconds: -3 }],
		};
		const read = upgrade(v1, now);
		expect(read).toMatchObject({
			ok: true,
			migrated: true,
			data: { version: 2, settings: { level: 'senior' }, attempts: [{ id: 'a' }] },
		});
		expect(read.ok && read.dropped.map(describeDropped)).toEqual([
			'the level setting (not a level, Senior is used, level = "cto")',
			'attempt 2 (its time, seconds = -3)',
		]);
	});

	it.each([
		['without a version field', {}],
		['with version 0', { version: 0 }],
	])('salvages version 0 (%s) the same way', (_, version) => {
		const read = upgrade({ ...version, attempts: [{ id: 1 }, good] }, now);
		expect(read).toMatchObject({ ok: true, migrated: true, data: { attempts: [{ id: 'a' }] } });
		expect(read.ok && read.dropped.map(describeDropped)).toEqual(['attempt 1 (its id, id = 1)']);
	});

	it('counts a record as practice data in every detail only when nothing would be dropped', () => {
		expect(isPracticeData(full(), now)).toBe(true);
		const value = full();
		(value.attempts[3] as { seconds: number }).seconds = -3;
		expect(isPracticeData(value, now)).toBe(false);
		expect(isPracticeData({ version: 2, attempts: [] }, now)).toBe(false);
	});

	it.each([
		['nothing', [], ''],
		[
			'one attempt and one story',
			[
				{ kind: 'attempt', entry: 'attempt 4', field: 'its time', value: 'seconds = -3' },
				{ kind: 'story', entry: 'story "Orders migration"', field: 'its beats', value: 'beats missing' },
			],
			'1 attempt and 1 story could not be read: attempt 4 (its time), story "Orders migration" (its beats); everything else was kept',
		],
		[
			'more than three entries',
			[1, 2, 3, 4].map((i) => ({ kind: 'attempt', entry: `attempt ${i}`, field: 'its date', value: 'date missing' })),
			'4 attempts could not be read: attempt 1 (its date), attempt 2 (its date), attempt 3 (its date), and 1 more; everything else was kept',
		],
	] as [string, Dropped[], string][])('sums up %s in one sentence', (_, dropped, sentence) =>
		expect(droppedSummary(dropped)).toBe(sentence),
	);
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
	it('keeps the interview date set last, and one copy’s date when the other has none', () => {
		const at = (date: string | null, updatedAt: string) => ({ ...emptyPracticeData().plan, interview: { date, updatedAt } });
		const a = { ...mine, plan: at('2026-12-01', early) };
		const b = { ...theirs, plan: at(null, late) };
		expect(mergePracticeData(a, b).plan.interview).toEqual({ date: null, updatedAt: late });
		expect(mergePracticeData(b, a).plan.interview).toEqual({ date: null, updatedAt: late });
		expect(mergePracticeData(mine, a).plan.interview).toEqual({ date: '2026-12-01', updatedAt: early });
		expect(mergePracticeData(mine, theirs).plan).not.toHaveProperty('interview');
	});
});

describe('export and import', () => {
	const data = recordAttempt(emptyPracticeData(), attempt('a', 'p', now.toISOString()));

	it('round-trips', () =>
		expect(parsePracticeExport(exportPracticeData(data, now), now)).toEqual({
			ok: true,
			data,
			skipped: [],
			dropped: [],
			source: 'export',
		}));

	it('imports a kept-aside copy: what reads comes back, and what does not is named', () => {
		const good = attempt('a', 'p', now.toISOString());
		const raw = JSON.stringify({
			...emptyPracticeData(),
			attempts: [good, { ...good, id: 'b', seconds: -3 }],
			plan: { startDate: '0026-11-15', updatedAt: now.toISOString(), weeks: {} },
			stories: [newStory('s', { title: 'Orders migration' }, now)],
		});
		const storage = memoryStorage({ [PRACTICE_KEY]: raw });
		const loaded = loadPractice(storage, now);
		expect(loaded.status).toBe('kept-aside');
		const backup = storage.map.get(backupKeys(storage)[0]!)!;
		const imported = parsePracticeExport(backup, now);
		expect(imported).toMatchObject({
			ok: true,
			source: 'backup',
			skipped: ['attempt 2 (its time, seconds = -3)', 'the plan (its start date, startDate = "0026-11-15")'],
		});
		if (!imported.ok) return;
		expect(imported.data).toEqual(loaded.data);
		expect(imported).not.toHaveProperty('recordings');
		// Merged into what this browser now holds, it adds nothing twice and loses nothing.
		expect(mergePracticeData(loaded.data, imported.data)).toEqual(loaded.data);
		expect(mergePracticeData(emptyPracticeData(), imported.data).stories.map((s) => s.id)).toEqual(['s']);
	});

	it.each([
		[
			'version 1',
			{ version: 1, settings: { level: 'mid', sound: false }, checklists: {}, attempts: [attempt('a', 'p', now.toISOString())] },
			1,
		],
		['version 0', { attempts: [attempt('a', 'p', now.toISOString()), { id: 'b' }] }, 1],
		['version 2', recordAttempt(emptyPracticeData(), attempt('a', 'p', now.toISOString())), 1],
	])('imports a kept-aside copy of %s', (_, record, attempts) => {
		const imported = parsePracticeExport(JSON.stringify(record), now);
		expect(imported).toMatchObject({ ok: true, source: 'backup', data: { version: 2 } });
		expect(imported.ok && imported.data.attempts).toHaveLength(attempts);
	});

	it('imports an export with a bad attempt, leaving that attempt out and saying why', () => {
		const spoiled = { ...data, attempts: [...data.attempts, { ...data.attempts[0]!, id: 'x', level: 'cto' }] };
		expect(parsePracticeExport(exportPracticeData(spoiled as PracticeData, now), now)).toMatchObject({
			ok: true,
			source: 'export',
			data,
			skipped: ['attempt 2 (its level, level = "cto")'],
		});
	});

	it.each([
		['broken JSON', '{"format":', 'This file is not valid JSON, so nothing was imported.'],
		[
			'a foreign file',
			'{"name":"package"}',
			'This file is not a practice export or a kept-aside copy from this site, so nothing was imported.',
		],
		['a list', '[1, 2]', 'This file is not a practice export or a kept-aside copy from this site, so nothing was imported.'],
		['a number', '42', 'This file is not a practice export or a kept-aside copy from this site, so nothing was imported.'],
		[
			'an export with no practice data',
			JSON.stringify({ format: 'backend-behavioral-prep/practice', data: { version: 1 } }),
			'This export cannot be read: it holds no practice data. Nothing was imported.',
		],
		[
			'an export without data',
			JSON.stringify({ format: 'backend-behavioral-prep/practice' }),
			'This export cannot be read: it is not a practice record. Nothing was imported.',
		],
		[
			'a copy with no practice data',
			'{"version":2}',
			'This kept-aside copy cannot be read: it holds no practice data. Nothing was imported.',
		],
		[
			'a copy from a newer version',
			'{"version":9,"attempts":[]}',
			'This kept-aside copy cannot be read: it was written by a newer version of this site (version 9). Nothing was imported.',
		],
	])('refuses %s with a clear message', (_, text, error) => expect(parsePracticeExport(text, now)).toEqual({ ok: false, error }));
});

describe('attempts for prompts the site does not have', () => {
	const at = (id: string, promptId: string) => attempt(id, promptId, now.toISOString());
	it.each([
		['all known', [at('a', 'p'), at('b', 'q')], ['a', 'b'], [], []],
		['one removed prompt', [at('a', 'p'), at('b', 'gone'), at('c', 'q'), at('d', 'gone')], ['a', 'c'], ['b', 'd'], ['gone']],
		['none known', [at('a', 'x'), at('b', 'y')], [], ['a', 'b'], ['x', 'y']],
		['no attempts', [], [], [], []],
	])('splits %s', (_, attempts, known, unknown, unknownPromptIds) => {
		const split = partitionKnown(attempts, new Set(['p', 'q']));
		expect({
			known: split.known.map((a) => a.id),
			unknown: split.unknown.map((a) => a.id),
			unknownPromptIds: split.unknownPromptIds,
		}).toEqual({
			known,
			unknown,
			unknownPromptIds,
		});
	});

	it('keeps such attempts when stored and read back', () => {
		const data = recordAttempt(emptyPracticeData(), at('a', 'a-prompt-since-removed'));
		expect(upgrade(JSON.parse(JSON.stringify(data)), now)).toEqual({ ok: true, data, migrated: false, dropped: [] });
	});
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
		expect(result).not.toHaveProperty('dropped');
		expect(storage.map.get(`${BACKUP_PREFIX}${now.toISOString()}`)).toBe(raw);
		expect(backupKeys(storage)).toEqual([`${BACKUP_PREFIX}${now.toISOString()}`]);
		// Loaded again, the fresh record reads cleanly: the notice is shown once.
		expect(loadPractice(storage, now).status).toBe('loaded');
	});

	it('keeps aside a record that reads in part, backs up the original and keeps the rest', () => {
		const good = attempt('a', 'p', now.toISOString());
		const story = newStory('s', { title: 'Orders migration' }, now);
		const { result: _gone, ...beats } = story.beats;
		const value = {
			...emptyPracticeData(),
			attempts: [
				good,
				attempt('b', 'p', now.toISOString()),
				attempt('c', 'p', now.toISOString()),
				{ ...good, id: 'd', seconds: -3 },
			],
			stories: [{ ...story, beats }, newStory('t', { title: 'Pager storm' }, now)],
		};
		const raw = JSON.stringify(value);
		const storage = memoryStorage({ [PRACTICE_KEY]: raw });
		const backupKey = `${BACKUP_PREFIX}${now.toISOString()}`;
		const result = loadPractice(storage, now);
		expect(result).toMatchObject({
			status: 'kept-aside',
			backupKey,
			reason:
				'1 attempt and 1 story could not be read: attempt 4 (its time), story "Orders migration" (its beats); everything else was kept',
		});
		expect(result.status === 'kept-aside' && result.dropped?.map(describeDropped)).toEqual([
			'attempt 4 (its time, seconds = -3)',
			'story "Orders migration" (its beats, beats.result missing)',
		]);
		expect(result.data.attempts.map((a) => a.id)).toEqual(['a', 'b', 'c']);
		expect(result.data.stories.map((s) => s.id)).toEqual(['t']);
		expect(storage.map.get(backupKey)).toBe(raw);
		// What was read is stored, so the notice shows once and nothing readable is lost.
		expect(loadPractice(storage, now)).toEqual({ status: 'loaded', data: result.data });
	});

	it('shows what reads but writes nothing when a partly unreadable record cannot be backed up', () => {
		const raw = JSON.stringify({ ...emptyPracticeData(), attempts: [attempt('a', 'p', now.toISOString()), { id: 'b' }] });
		const storage = memoryStorage({ [PRACTICE_KEY]: raw }, { refuseWrites: true });
		const result = loadPractice(storage, now);
		expect(result).toMatchObject({ status: 'unavailable', data: { attempts: [{ id: 'a' }] } });
		expect(result.status === 'unavailable' && result.reason).toBe(
			'the saved data is partly unreadable (1 attempt could not be read: attempt 2 (its prompt); everything else was kept) and could not be backed up',
		);
		expect(storage.map.get(PRACTICE_KEY)).toBe(raw);
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
		expect(upgrade(v1, now)).toEqual({
			ok: true,
			migrated: true,
			dropped: [],
			data: { ...v1, version: 2, stories: [], plan: { startDate: null, updatedAt: null, weeks: {} }, mocks: [] },
		});
	});

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

	it('reads a story saved before stories had a scope, and one with a scope, as they were', () => {
		const old = story('a', 'Orders migration', d(1));
		const scoped: Story = { ...story('b', 'Pager storm', d(2)), scope: 'teams' };
		const read = upgrade(with_({ stories: [old, scoped] }), now);
		expect(read).toEqual({ ok: true, migrated: false, dropped: [], data: with_({ stories: [old, scoped] }) });
		expect(read.ok && 'scope' in read.data.stories[0]!).toBe(false);
	});

	it('keeps a story whose scope it does not know, without the scope, and says so', () => {
		const value = JSON.parse(JSON.stringify(with_({ stories: [story('a', 'Orders migration', d(1))] })));
		value.stories[0].scope = 'galaxy';
		const read = upgrade(value, now);
		expect(read.ok && read.data.stories).toEqual([story('a', 'Orders migration', d(1))]);
		expect(read.ok && read.dropped.map(describeDropped)).toEqual([
			'story "Orders migration" (its scope, left unset, scope = "galaxy")',
		]);
	});

	it('merges an old story without a scope with a newer copy that has one, and the other way round', () => {
		const old = story('a', 'Orders migration', d(1));
		const scoped: Story = { ...story('a', 'Orders migration', d(2)), scope: 'organization' };
		expect(mergePracticeData(with_({ stories: [old] }), with_({ stories: [scoped] })).stories).toEqual([scoped]);
		expect(mergePracticeData(with_({ stories: [scoped] }), with_({ stories: [old] })).stories).toEqual([scoped]);
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
		expect(parsePracticeExport(exportPracticeData(data, now, recordings), now)).toEqual({
			ok: true,
			data,
			skipped: [],
			dropped: [],
			source: 'export',
			recordings,
		});
	});
});
