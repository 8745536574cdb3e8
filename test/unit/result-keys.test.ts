import { describe, expect, it } from 'vitest';
import { resultFocusTarget, SEARCH_BOX } from '../../src/lib/result-keys.ts';

describe('resultFocusTarget', () => {
	it.each([
		// [key, from, count, to]
		['ArrowDown', SEARCH_BOX, 3, 0],
		['ArrowDown', 0, 3, 1],
		['ArrowDown', 2, 3, 2], // the last result stays put: no wrap back to the top
		['ArrowUp', 2, 3, 1],
		['ArrowUp', 0, 3, SEARCH_BOX],
		['Home', 2, 3, 0],
		['End', 0, 3, 2],
		['Escape', 1, 3, SEARCH_BOX],
	])('%s at %i of %i results goes to %i', (key, from, count, to) => {
		expect(resultFocusTarget(key, from, count)).toBe(to);
	});

	it.each([
		['ArrowUp', SEARCH_BOX, 3], // the caret's key in the search box
		['Home', SEARCH_BOX, 3],
		['End', SEARCH_BOX, 3],
		['Escape', SEARCH_BOX, 3], // the dialog closes
		['Enter', 1, 3], // the link is followed
		['Tab', 1, 3],
		['ArrowDown', SEARCH_BOX, 0], // nothing to move to
		['End', SEARCH_BOX, 0],
	])('leaves %s at %i of %i results to the browser', (key, from, count) => {
		expect(resultFocusTarget(key, from, count)).toBeUndefined();
	});
});
