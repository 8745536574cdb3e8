import { describe, expect, it } from 'vitest';
import {
	clock,
	countOf,
	countWords,
	fillTemplate,
	hyphenatedWords,
	minutes,
	secondsRange,
	truncate,
} from '../../src/lib/text.ts';
import { withBase } from '../../src/lib/url.ts';
import { countSentences } from '../../src/schemas/common.ts';

describe('clock', () => {
	it.each([
		[0, '0:00'],
		[25, '0:25'],
		[155, '2:35'],
		[600, '10:00'],
		[-3, '0:00'],
	])('%i s is %s', (s, text) => expect(clock(s)).toBe(text));
});

describe('truncate', () => {
	it('keeps short text whole', () => expect(truncate('a  short\ntext', 50)).toBe('a short text'));
	it('cuts on a word boundary and marks the cut', () => {
		const cut = truncate('one two three four five six', 15);
		expect(cut).toBe('one two three…');
		expect(cut.length).toBeLessThanOrEqual(15);
	});
});

describe('countWords', () => {
	it.each([
		['', 0],
		['I rolled it back at 02:23.', 6],
		['p99 fell 40% to 80 ms', 6],
		["we're on-call", 2],
	])('%j has %i words', (text, n) => expect(countWords(text)).toBe(n));
});

describe('small formats', () => {
	it('formats a seconds window', () => expect(secondsRange({ min: 15, max: 20 })).toBe('15–20 s'));
	it('formats minutes for prose', () => {
		expect(minutes(120)).toBe('2');
		expect(minutes(150)).toBe('2.5');
	});
});

describe('withBase', () => {
	it.each([
		['/prompts/x/', '/', '/prompts/x/'],
		['/prompts/x/', '/guide/', '/guide/prompts/x/'],
		['/guide/prompts/x/', '/guide/', '/guide/prompts/x/'],
		['/prompts/x/', '/guide', '/guide/prompts/x/'],
		['#anchor', '/guide/', '#anchor'],
		['https://example.org/', '/guide/', 'https://example.org/'],
		['//cdn.example/x.js', '/guide/', '//cdn.example/x.js'],
		['relative/', '/guide/', 'relative/'],
	])('%s under %s is %s', (path, base, expected) => expect(withBase(path, base)).toBe(expected));
});

describe('fillTemplate', async () => {
	const { fillTemplate } = await import('../../src/lib/text.ts');
	it('fills known placeholders and blanks unknown ones', () => {
		expect(fillTemplate('{n} of {total} at {level}{missing}.', { n: 3, total: 12, level: 'Staff' })).toBe('3 of 12 at Staff.');
	});
});

describe('countOf', () => {
	it.each([
		[0, '0 prompts'],
		[1, '1 prompt'],
		[3, '3 prompts'],
	])('%i is %s', (n, text) => expect(countOf(n, 'prompt')).toBe(text));
});

describe('countSentences', () => {
	it.each([
		['', 0],
		['One sentence about Node.js and 1.2k rps.', 1],
		['I rolled back at 02:23. Errors cleared by 02:26.', 2],
		['It asked for 80. "Too many," the replica said. 400 million rows waited.', 3],
		['Was it per instance? Yes: four of them.', 2],
	])('%j has %i', (text, n) => expect(countSentences(text)).toBe(n));
});

describe('fillTemplate with plural forms', () => {
	it.each([
		[0, '0 recordings were'],
		[1, '1 recording was'],
		[3, '3 recordings were'],
	])('%i reads as words', (count, text) =>
		expect(fillTemplate('{count} {count:recording was|recordings were}', { count })).toBe(text),
	);

	it('leaves plain placeholders as they were', () => {
		expect(fillTemplate('{title} ({count} {count:story|stories})', { title: 'Bank', count: 1 })).toBe('Bank (1 story)');
	});
});

describe('hyphenatedWords', () => {
	it('marks each hyphenated word whole and keeps the text around it', () => {
		expect(hyphenatedWords('Walk through an outage you owned end-to-end.')).toEqual([
			{ text: 'Walk through an outage you owned ', whole: false },
			{ text: 'end-to-end', whole: true },
			{ text: '.', whole: false },
		]);
		expect(hyphenatedWords('An on-call week, a p99 - and a dash').map((p) => p.whole)).toEqual([false, true, false]);
		expect(hyphenatedWords('No hyphens here')).toEqual([{ text: 'No hyphens here', whole: false }]);
	});
});
