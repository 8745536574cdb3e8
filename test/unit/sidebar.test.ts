import { describe, expect, it } from 'vitest';
import { buildSidebar, type PromptSummary, type SidebarItem } from '../../src/lib/sidebar.ts';

const prompt = (id: string, over: Partial<PromptSummary> = {}): PromptSummary => ({
	id,
	short: id,
	bucket: 'behavioral',
	theme: 'incidents',
	order: 1,
	highestSignal: false,
	...over,
});

const group = (items: SidebarItem[], label: string) => {
	const found = items.find((i) => i.label === label);
	if (!found || !('items' in found)) throw new Error(`no group ${label}`);
	return found.items;
};
const labels = (items: SidebarItem[]) => items.map((i) => i.label);

describe('buildSidebar', () => {
	const sidebar = buildSidebar({
		prompts: [
			prompt('cache', { bucket: 'technical', theme: 'reliability', order: 3 }),
			prompt('outage', { highestSignal: true, order: 2 }),
			prompt('alert', { order: 1 }),
			prompt('migration', { theme: 'data', highestSignal: true, order: 1 }),
		],
		answers: [
			{ id: 'b', title: 'Second', order: 2 },
			{ id: 'a', title: 'First', order: 1 },
		],
		pitfalls: [
			{ id: 'blame', title: 'Blame', order: 3 },
			{ id: 'we', title: 'Plural pronouns', order: 1 },
		],
	});

	it('lists the guide in reading order', () => {
		expect(labels(sidebar)).toEqual([
			'Start here',
			'The framework',
			'Question bank',
			'Sample answers',
			'Pitfalls',
			'Senior+ rubric',
			'Practice',
			'Practice tools',
			'In the interview',
			'FAQ',
			'Glossary',
		]);
	});

	it('shows the highest-signal prompts first, in their order', () => {
		const bank = group(sidebar, 'Question bank');
		expect(labels(bank).slice(0, 2)).toEqual(['All prompts', 'Prepare these cold']);
		expect(labels(group(bank, 'Prepare these cold'))).toEqual(['migration', 'outage']);
	});

	it('links each bucket’s themes to their group on the bank page, leaving out empty ones', () => {
		const bank = group(sidebar, 'Question bank');
		expect(labels(bank).slice(2)).toEqual(['Behavioral', 'Technical']);
		// The highest-signal prompts are listed above, so themes holding only those are left out.
		expect(group(bank, 'Behavioral')).toEqual([
			{ label: 'Incidents and on-call, 1 prompt', link: '/prompts/#behavioral-incidents' },
		]);
		expect(group(bank, 'Technical')).toEqual([
			{ label: 'Reliability and performance, 1 prompt', link: '/prompts/#technical-reliability' },
		]);
	});

	it('orders answers and pitfalls', () => {
		expect(labels(group(sidebar, 'Sample answers'))).toEqual(['All sample answers', 'First', 'Second']);
		expect(labels(group(sidebar, 'Pitfalls'))).toEqual(['The eight pitfalls', 'Plural pronouns', 'Blame']);
	});
});
