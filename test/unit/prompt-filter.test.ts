import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/integrations/load-content.ts';
import {
	filterAttributes,
	filtersFromQuery,
	filtersToQuery,
	fromFilterAttributes,
	matches,
	NO_FILTERS,
	summary,
} from '../../src/lib/prompt-filter.ts';
import { COMPETENCIES } from '../../src/schemas/ids.ts';
import { ROOT } from '../helpers/paths.ts';

const known = {
	buckets: ['behavioral', 'technical'],
	themes: ['incidents', 'data'],
	competencies: ['disagreement', 'ownership'],
};
const outage = {
	bucket: 'behavioral',
	theme: 'incidents',
	competencies: ['incident-command', 'ownership'],
	highestSignal: true,
	origin: 'loop-fifteen',
};
const caching = {
	bucket: 'technical',
	theme: 'data',
	competencies: ['technical-judgment', 'data-integrity'],
	highestSignal: false,
	origin: 'added',
};

describe('matches', () => {
	it.each([
		['no filters', NO_FILTERS, true, true],
		['a bucket', { ...NO_FILTERS, bucket: 'technical' }, false, true],
		['a theme', { ...NO_FILTERS, theme: 'incidents' }, true, false],
		['a competency', { ...NO_FILTERS, competency: 'data-integrity' }, false, true],
		['a competency neither probes', { ...NO_FILTERS, competency: 'disagreement' }, false, false],
		['highest signal only', { ...NO_FILTERS, highestSignalOnly: true }, true, false],
		['the fifteen loop prompts only', { ...NO_FILTERS, loopOnly: true }, true, false],
		['bucket and theme that disagree', { ...NO_FILTERS, bucket: 'technical', theme: 'incidents' }, false, false],
		[
			'a competency and a bucket that disagree',
			{ ...NO_FILTERS, bucket: 'behavioral', competency: 'data-integrity' },
			false,
			false,
		],
	])('with %s', (_, filters, outageShown, cachingShown) => {
		expect(matches(outage, filters)).toBe(outageShown);
		expect(matches(caching, filters)).toBe(cachingShown);
	});
});

describe('matches on the real prompts', () => {
	const prompts = loadContent(ROOT, 'content').content.prompts.map((p) => ({ id: p.id, ...p.data }));
	const shown = (filters: typeof NO_FILTERS) => prompts.filter((p) => matches(p, filters)).map((p) => p.id);

	it('finds every prompt that probes disagreement, not only the collaboration theme', () => {
		const disagreement = shown({ ...NO_FILTERS, competency: 'disagreement' });
		for (const id of [
			'deadline-pushback',
			'saying-no-to-feature',
			'mentoring-disagreement',
			'conflicting-priorities',
			'architecture-disagreement',
			'conflict-with-peer-or-manager',
		]) {
			expect(disagreement).toContain(id);
		}
		expect(disagreement).toEqual(prompts.filter((p) => p.competencies.includes('disagreement')).map((p) => p.id));
	});

	it('finds some prompt for every competency', () => {
		for (const competency of COMPETENCIES) expect(shown({ ...NO_FILTERS, competency }), competency).not.toEqual([]);
	});

	it('narrows to the fifteen loop prompts', () => {
		expect(shown({ ...NO_FILTERS, loopOnly: true })).toHaveLength(15);
	});
});

describe('query string', () => {
	it('round-trips filters', () => {
		const filters = { bucket: 'technical', theme: 'data', competency: 'ownership', highestSignalOnly: true, loopOnly: true };
		expect(filtersFromQuery(filtersToQuery(filters), known)).toEqual(filters);
	});
	it('writes the loop prompts as loop=1', () => expect(filtersToQuery({ ...NO_FILTERS, loopOnly: true })).toBe('?loop=1'));
	it('writes nothing for no filters', () => expect(filtersToQuery(NO_FILTERS)).toBe(''));
	it('ignores values it does not know', () => {
		expect(filtersFromQuery('?bucket=<script>&theme=data&competency=charm&signal=yes&loop=true', known)).toEqual({
			bucket: '',
			theme: 'data',
			competency: '',
			highestSignalOnly: false,
			loopOnly: false,
		});
	});
	it('reads no competency when it is given none to accept', () => {
		expect(filtersFromQuery('?competency=ownership', { buckets: [], themes: [] }).competency).toBe('');
	});
});

describe('summary', () => {
	it.each([
		[41, 41, 'Showing all 41 prompts.'],
		[4, 41, 'Showing 4 of 41 prompts.'],
		[0, 41, 'Showing 0 of 41 prompts.'],
	])('%i of %i', (shown, total, text) => expect(summary(shown, total)).toBe(text));
});

describe('filter attributes', () => {
	it('round-trip a prompt through the data-* attributes its list item carries', () => {
		const prompt = {
			bucket: 'technical',
			theme: 'data',
			competencies: ['data-integrity', 'technical-judgment'],
			origin: 'added',
			highestSignal: true,
		};
		const dataset = Object.fromEntries(
			Object.entries(filterAttributes(prompt)).map(([name, value]) => [name.replace(/^data-/, ''), value]),
		);
		expect(fromFilterAttributes(dataset)).toEqual(prompt);
	});

	it('reads an item without competencies as probing none', () => {
		expect(fromFilterAttributes({ bucket: 'behavioral', theme: 'career', signal: 'false' })).toEqual({
			bucket: 'behavioral',
			theme: 'career',
			competencies: [],
			origin: '',
			highestSignal: false,
		});
	});
});
