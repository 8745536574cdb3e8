import { describe, expect, it } from 'vitest';
import { filtersFromQuery, filtersToQuery, matches, NO_FILTERS, summary } from '../../src/lib/prompt-filter.ts';

const known = { buckets: ['behavioral', 'technical'], themes: ['incidents', 'data'] };
const outage = { bucket: 'behavioral', theme: 'incidents', highestSignal: true };
const caching = { bucket: 'technical', theme: 'data', highestSignal: false };

describe('matches', () => {
	it.each([
		['no filters', NO_FILTERS, true, true],
		['a bucket', { ...NO_FILTERS, bucket: 'technical' }, false, true],
		['a theme', { ...NO_FILTERS, theme: 'incidents' }, true, false],
		['highest signal only', { ...NO_FILTERS, highestSignalOnly: true }, true, false],
		['bucket and theme that disagree', { ...NO_FILTERS, bucket: 'technical', theme: 'incidents' }, false, false],
	])('with %s', (_, filters, outageShown, cachingShown) => {
		expect(matches(outage, filters)).toBe(outageShown);
		expect(matches(caching, filters)).toBe(cachingShown);
	});
});

describe('query string', () => {
	it('round-trips filters', () => {
		const filters = { bucket: 'technical', theme: 'data', highestSignalOnly: true };
		expect(filtersFromQuery(filtersToQuery(filters), known)).toEqual(filters);
	});
	it('writes nothing for no filters', () => expect(filtersToQuery(NO_FILTERS)).toBe(''));
	it('ignores values it does not know', () => {
		expect(filtersFromQuery('?bucket=<script>&theme=data&signal=yes', known)).toEqual({
			bucket: '',
			theme: 'data',
			highestSignalOnly: false,
		});
	});
});

describe('summary', () => {
	it.each([
		[34, 34, 'Showing all 34 prompts.'],
		[4, 34, 'Showing 4 of 34 prompts.'],
		[0, 34, 'Showing 0 of 34 prompts.'],
	])('%i of %i', (shown, total, text) => expect(summary(shown, total)).toBe(text));
});
