/**
 * Which "On this page" entry is current: the last heading whose top has scrolled up to the line
 * under the header. Headings come in document order, so their tops only increase and a binary
 * search reads a handful of them, not the whole page. Starlight works this out from an
 * IntersectionObserver over every block of the content, found with `:has()` queries that cost a
 * long page's first second on a phone; reading a few heading positions on scroll costs nothing.
 */

/** The index of the current heading among `count`, given each one's top; 0 before any is reached. */
export function currentHeading(count: number, topOf: (index: number) => number, line: number): number {
	let low = 0;
	let high = count - 1;
	let current = 0;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (topOf(mid) <= line) {
			current = mid;
			low = mid + 1;
		} else high = mid - 1;
	}
	return current;
}
