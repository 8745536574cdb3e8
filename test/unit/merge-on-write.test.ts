import { describe, expect, it } from 'vitest';
import { forgetDraft, keepDraft, type Drafts } from '../../src/lib/drafts.ts';
import { applyDraftsChange, applyPracticeChange } from '../../src/lib/merge-on-write.ts';
import { emptyPracticeData, recordAttempt, setChecked, type Attempt, type PracticeData } from '../../src/lib/practice-store.ts';
import { deleteStory, newStory, saveStory } from '../../src/lib/stories.ts';
import { setInterviewDate, tickTask } from '../../src/lib/plan.ts';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 10, minute));
const attempt = (id: string, minute: number): Attempt => ({
	id,
	promptId: 'outage-you-owned',
	date: at(minute).toISOString(),
	seconds: 150,
	preset: 'loop-story',
	level: 'senior',
	checked: 5,
	total: 9,
});
const story = (data: PracticeData, id: string, title: string, minute: number) =>
	saveStory(data, newStory(id, { title }, at(minute)), at(minute));
const titles = (data: PracticeData) => data.stories.map((s) => ('deleted' in s ? `${s.id} (deleted)` : s.title));

/** Two tabs that loaded the same record: each saves its change onto whatever is stored by then. */
function twoTabs(start: PracticeData, first: (d: PracticeData) => PracticeData, second: (d: PracticeData) => PracticeData) {
	const afterFirst = applyPracticeChange(start, start, first(start));
	return applyPracticeChange(afterFirst, start, second(start));
}

describe('applyPracticeChange', () => {
	it('keeps a story another tab added when this tab adds its own', () => {
		const stored = twoTabs(
			emptyPracticeData(),
			(d) => story(d, 'a', 'Orders migration', 1),
			(d) => story(d, 'b', 'Payments outage', 2),
		);
		expect(titles(stored)).toEqual(['Orders migration', 'Payments outage']);
	});

	it('lets the newer edit of the same story win and loses nothing else', () => {
		const start = story(story(emptyPracticeData(), 'a', 'Orders migration', 1), 'b', 'Payments outage', 1);
		const edit = (title: string, minute: number) => (d: PracticeData) => {
			const s = d.stories.find((x) => x.id === 'a')!;
			return saveStory(d, { ...(s as ReturnType<typeof newStory>), title }, at(minute));
		};
		expect(titles(twoTabs(start, edit('Older edit', 5), edit('Newer edit', 9)))).toEqual(['Newer edit', 'Payments outage']);
		// The order of the saves does not matter: the later edit wins either way.
		expect(titles(twoTabs(start, edit('Newer edit', 9), edit('Older edit', 5)))).toEqual(['Newer edit', 'Payments outage']);
	});

	it('lets a delete beat an older edit, and a later edit beat the delete', () => {
		const start = story(emptyPracticeData(), 'a', 'Orders migration', 1);
		const remove = (minute: number) => (d: PracticeData) => deleteStory(d, 'a', at(minute));
		const edit = (minute: number) => (d: PracticeData) =>
			saveStory(d, { ...(d.stories[0] as ReturnType<typeof newStory>), title: 'Edited' }, at(minute));
		expect(titles(twoTabs(start, edit(5), remove(9)))).toEqual(['a (deleted)']);
		expect(titles(twoTabs(start, remove(5), edit(9)))).toEqual(['Edited']);
	});

	it('keeps the scope one tab set on a story saved before stories had one', () => {
		const start = story(emptyPracticeData(), 'a', 'Orders migration', 1);
		const scope = (d: PracticeData) => saveStory(d, { ...(d.stories[0] as ReturnType<typeof newStory>), scope: 'teams' }, at(5));
		const other = (d: PracticeData) => story(d, 'b', 'Payments outage', 3);
		const stored = twoTabs(start, other, scope);
		expect(stored.stories.map((s) => ('scope' in s ? s.scope : 'none'))).toEqual(['teams', 'none']);
	});

	it('appends the attempts and mock loops of both tabs once each', () => {
		const start = recordAttempt(emptyPracticeData(), attempt('old', 0));
		const stored = twoTabs(
			start,
			(d) => recordAttempt(d, attempt('first', 1)),
			(d) => recordAttempt(d, attempt('second', 2)),
		);
		expect(stored.attempts.map((a) => a.id)).toEqual(['old', 'first', 'second']);
		expect(applyPracticeChange(stored, stored, stored).attempts).toHaveLength(3);
	});

	it('writes only the settings this tab changed', () => {
		const start = emptyPracticeData();
		const stored = twoTabs(
			start,
			(d) => ({ ...d, settings: { ...d.settings, sound: true } }),
			(d) => ({ ...d, settings: { ...d.settings, level: 'staff' } }),
		);
		expect(stored.settings).toEqual({ level: 'staff', sound: true });
	});

	it('keeps ticks another tab made after this tab saved an attempt and cleared its own', () => {
		const start = setChecked(emptyPracticeData(), 'outage-you-owned', ['beat:task'], at(1));
		const later = applyPracticeChange(start, start, setChecked(start, 'outage-you-owned', ['beat:task', 'beat:action'], at(5)));
		// This tab saw the ticks of minute 1, saved its attempt (clearing them) after the other tab ticked again.
		const stored = applyPracticeChange(later, start, recordAttempt(start, attempt('saved', 3)));
		expect(stored.checklists['outage-you-owned']?.checked).toEqual(['beat:task', 'beat:action']);
		expect(stored.attempts.map((a) => a.id)).toEqual(['saved']);
		// With no later ticks, saving the attempt clears them as it should.
		expect(applyPracticeChange(start, start, recordAttempt(start, attempt('saved', 3))).checklists).toEqual({});
	});

	it('merges plan weeks ticked in two tabs and keeps the start date set last', () => {
		const start = emptyPracticeData();
		const stored = twoTabs(
			start,
			(d) => ({
				...d,
				plan: {
					...tickTask(d.plan, 'week-1', 'list-twenty-entries', true, at(1)),
					startDate: '2026-12-07',
					updatedAt: at(1).toISOString(),
				},
			}),
			(d) => ({ ...d, plan: tickTask(d.plan, 'week-2', 'write-star-tr-drafts', true, at(2)) }),
		);
		expect(stored.plan.startDate).toBe('2026-12-07');
		expect(Object.keys(stored.plan.weeks).sort()).toEqual(['week-1', 'week-2']);
	});

	it('keeps the interview date one tab set while another ticks a week, and a record without one stays without', () => {
		const start = emptyPracticeData();
		const stored = twoTabs(
			start,
			(d) => ({ ...d, plan: setInterviewDate(d.plan, '2026-12-10', at(1)) }),
			(d) => ({ ...d, plan: tickTask(d.plan, 'week-1', 'list-twenty-entries', true, at(2)) }),
		);
		expect(stored.plan.interview?.date).toBe('2026-12-10');
		expect(Object.keys(stored.plan.weeks)).toEqual(['week-1']);
		const ticked = applyPracticeChange(start, start, { ...start, plan: tickTask(start.plan, 'week-1', 'x', true, at(1)) });
		expect(ticked.plan).not.toHaveProperty('interview');
	});

	it('does not write back what was deleted in another tab, only what this tab did since', () => {
		const full = story(recordAttempt(emptyPracticeData(), attempt('old', 0)), 'a', 'Orders migration', 1);
		// Another tab deleted everything: the stored record is empty; this tab still shows `full`.
		const stored = applyPracticeChange(emptyPracticeData(), full, recordAttempt(full, attempt('new', 9)));
		expect(stored.attempts.map((a) => a.id)).toEqual(['new']);
		expect(stored.stories).toEqual([]);
	});
});

describe('applyDraftsChange', () => {
	const empty: Drafts = { version: 1, drafts: {} };

	it('keeps both tabs\u2019 drafts and does not delete one edited since this tab read it', () => {
		const start = keepDraft(empty, 'free', 'first words', at(1));
		const other = applyDraftsChange(start, start, keepDraft(start, 'outage-you-owned', 'an outage', at(2)));
		expect(
			Object.keys(applyDraftsChange(other, start, keepDraft(start, 'noisy-alert', 'an alert', at(3))).drafts).sort(),
		).toEqual(['free', 'noisy-alert', 'outage-you-owned']);
		const edited = applyDraftsChange(start, start, keepDraft(start, 'free', 'edited later', at(5)));
		expect(applyDraftsChange(edited, start, forgetDraft(start, 'free')).drafts['free']?.text).toBe('edited later');
		expect(applyDraftsChange(start, start, forgetDraft(start, 'free')).drafts).toEqual({});
	});
});
