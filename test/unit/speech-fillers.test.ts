import { describe, expect, it } from 'vitest';
import { countFillers } from '../../src/lib/speech/fillers.ts';

const count = (text: string) => countFillers(text).total;

describe('counting filler words', () => {
	it('counts hesitations however they are spelled', () => {
		expect(countFillers('Um, so we, uh, rolled back. Umm. Erm, hmm, uhh.')).toEqual({
			total: 6,
			each: [
				{ filler: 'um', count: 4 },
				{ filler: 'uh', count: 2 },
			],
		});
	});

	it('lists the most frequent first', () => {
		expect(countFillers('Basically it was basically, um, basically down.').each).toEqual([
			{ filler: 'basically', count: 3 },
			{ filler: 'um', count: 1 },
		]);
	});

	it('finds nothing in a plain answer', () => {
		expect(countFillers('I rolled back the deploy and the error rate fell to 0.2% in four minutes.')).toEqual({
			total: 0,
			each: [],
		});
		expect(countFillers('')).toEqual({ total: 0, each: [] });
	});

	describe('"like"', () => {
		it.each([
			['it was, like, slow', 1],
			['Like, the whole team was paged.', 1],
			['we waited um like ten minutes', 2],
			['it took like 30 minutes', 1],
			['I was like we need to roll back', 1],
			["she's like no way", 1],
		])('counts it as a filler in "%s"', (text, n) => expect(count(text)).toBe(n));

		it.each([
			'I like working with the on-call team',
			'We would like to move faster',
			"I didn't like the first plan",
			'It looks like the cache was cold',
			'A queue like Kafka would have helped',
			"It's like a queue with priorities",
			'Something like that',
			'we like 3 of the options',
			'People like clear owners',
		])('does not count it in "%s"', (text) => expect(count(text)).toBe(0));
	});

	describe('"you know", "I mean", "sort of" and "kind of"', () => {
		it.each([
			['We had, you know, no runbook', 1],
			['you know the pager went off at 3am', 0],
			['Do you know what failed?', 0],
			['you know, it was fine', 1],
			['If you know the system you can fix it', 0],
			['I mean, it was late', 1],
			['What I mean is that we lacked tests', 0],
			['I mean to write the postmortem', 0],
			['it was sort of slow and kind of flaky', 2],
			['a sort of queue for what kind of load', 0],
		])('"%s" holds %i', (text, n) => expect(count(text)).toBe(n));
	});

	it('reads curly apostrophes and capitals like straight ones', () => {
		expect(count('I DIDN’T LIKE IT')).toBe(0);
		expect(count('It was, LIKE, slow')).toBe(1);
	});
});
