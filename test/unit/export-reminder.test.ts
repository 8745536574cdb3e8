import { describe, expect, it } from 'vitest';
import { EXPORT_META, oldestUnexported, readExportMeta, shouldRemind } from '../../src/lib/export-reminder.ts';
import { emptyPracticeData, recordAttempt, type PracticeData } from '../../src/lib/practice-store.ts';
import { newStory, saveStory } from '../../src/lib/stories.ts';

const day = (d: number) => new Date(Date.UTC(2026, 11, d, 12));
const withWork = (): PracticeData => {
	const data = recordAttempt(emptyPracticeData(), {
		id: 'a',
		promptId: 'outage-you-owned',
		date: day(1).toISOString(),
		seconds: 150,
		preset: 'loop-story',
		level: 'senior',
		checked: 5,
		total: 9,
	});
	return saveStory(data, newStory('s', { title: 'Orders migration' }, day(6)), day(6));
};

describe('export reminders', () => {
	it('finds the oldest change no export holds', () => {
		expect(oldestUnexported(emptyPracticeData(), null)).toBeNull();
		expect(oldestUnexported(withWork(), null)).toEqual(day(1));
		expect(oldestUnexported(withWork(), day(3).toISOString())).toEqual(day(6));
		expect(oldestUnexported(withWork(), day(7).toISOString())).toBeNull();
	});

	it.each([
		['never exported, work 9 days old', null, day(10), true],
		['never exported, work 6 days old', null, day(7), false],
		['exported after the first change; the next is 4 days old', day(3).toISOString(), day(10), false],
		['exported after the first change; the next is 8 days old', day(3).toISOString(), day(14), true],
		['exported after everything', day(7).toISOString(), day(30), false],
	])('%s → remind: %s', (_, lastExportedAt, now, remind) => {
		expect(shouldRemind(withWork(), lastExportedAt, now)).toBe(remind);
	});

	it('reads only an export record this site wrote', () => {
		expect(readExportMeta({ version: 1, lastExportedAt: day(1).toISOString() }).ok).toBe(true);
		expect(readExportMeta({ version: 1, lastExportedAt: 'yesterday' }).ok).toBe(false);
		expect(EXPORT_META.empty()).toEqual({ version: 1, lastExportedAt: null });
	});
});
