/**
 * Keyboard movement through a list of search results, as a pure function: the search element
 * (src/components/search/site-search.ts) asks where focus goes for a key and moves it there.
 * Positions: -1 is the search box, 0…count-1 the results in reading order.
 */

/** The search box's position. */
export const SEARCH_BOX = -1;

/**
 * Where focus goes when `key` is pressed at position `from` with `count` results, or undefined
 * when the key is left to the browser (the caret keys in the search box, Escape there closes the
 * dialog, Enter follows a link natively).
 */
export function resultFocusTarget(key: string, from: number, count: number): number | undefined {
	if (count === 0) return undefined;
	if (from === SEARCH_BOX) return key === 'ArrowDown' ? 0 : undefined;
	const last = count - 1;
	switch (key) {
		case 'ArrowDown':
			return Math.min(from + 1, last);
		case 'ArrowUp':
			return from - 1; // from the first result, back to the search box
		case 'Home':
			return 0;
		case 'End':
			return last;
		case 'Escape':
			// Out of the results and back to the query; a second Escape closes the dialog.
			return SEARCH_BOX;
		default:
			return undefined;
	}
}
