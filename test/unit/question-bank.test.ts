import { describe, expect, it } from 'vitest';
import { bankOrder, layOutBank, promptOrder, themeAnchor, type BankPrompt } from '../../src/lib/question-bank.ts';

const p = (id: string, over: Partial<BankPrompt> = {}): BankPrompt => ({
	id,
	bucket: 'behavioral',
	theme: 'incidents',
	order: 1,
	highestSignal: false,
	...over,
});
const prompts = [
	p('cache', { bucket: 'technical', theme: 'reliability', order: 2 }),
	p('alert', { order: 3 }),
	p('migration', { theme: 'data', highestSignal: true, order: 2 }),
	p('outage', { highestSignal: true, order: 1 }),
	p('fire', { bucket: 'situational', order: 1 }),
	p('burnout', { order: 3 }),
];

describe('layOutBank', () => {
	const { cold, buckets } = layOutBank(prompts);
	it('puts the highest-signal prompts first, in order', () => expect(cold.map((x) => x.id)).toEqual(['outage', 'migration']));
	it('groups the rest by bucket and theme in the fixed order, leaving out empty groups', () => {
		expect(buckets.map((b) => [b.bucket, b.themes.map((t) => [t.anchor, t.prompts.map((x) => x.id)])])).toEqual([
			['behavioral', [['behavioral-incidents', ['alert', 'burnout']]]],
			['technical', [['technical-reliability', ['cache']]]],
			['situational', [['situational-incidents', ['fire']]]],
		]);
	});
});

describe('ordering', () => {
	it('lists the whole bank in reading order', () => {
		expect(bankOrder(prompts).map((x) => x.id)).toEqual(['outage', 'migration', 'alert', 'burnout', 'cache', 'fire']);
	});
	it('sorts highest signal first, then by order and id', () => {
		expect([...prompts].sort(promptOrder).map((x) => x.id)).toEqual(['outage', 'migration', 'fire', 'cache', 'alert', 'burnout']);
	});
	it('names theme anchors after bucket and theme', () => expect(themeAnchor('technical', 'data')).toBe('technical-data'));
});
