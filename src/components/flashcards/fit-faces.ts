/**
 * Fits printed flashcard faces to their cards: the largest font size at which the text fits the
 * card without clipping. Browser-only (it lays faces out to measure them); the search itself is
 * `largestFitting` in src/lib/deck.ts. Sizes are absolute (pt in mm boxes), so a face measured
 * on screen prints the same.
 */
import { largestFitting, searchLargestFitting } from '../../lib/deck/layout.ts';

/** Font-size ranges in pt: fronts carry one question, backs a whole answer plan. */
const RANGES = { front: [8, 18], back: [5.5, 11] } as const;
const STEP = 0.25;

const fits = (face: HTMLElement) => face.scrollHeight <= face.clientHeight + 0.5 && face.scrollWidth <= face.clientWidth + 0.5;

const sideOf = (face: HTMLElement) => (face.dataset['face'] === 'front' ? 'front' : 'back');

/** Sets every face to `pt`, then reads them all: one layout for the lot, not one per face. */
function allFit(faces: HTMLElement[], pt: number): boolean {
	for (const face of faces) face.style.fontSize = `${pt}pt`;
	return faces.every(fits);
}

/**
 * Sizes faces to fit. Each face gets its own largest size; with `uniform`, every face of a side
 * shares one size, the largest at which all of them fit, so that a printed deck reads as one set.
 * Returns the faces that overflow even at the smallest size.
 */
export function fitFaces(faces: Iterable<HTMLElement>, { uniform = false } = {}): HTMLElement[] {
	const all = [...faces];
	for (const side of ['front', 'back'] as const) {
		const [min, max] = RANGES[side];
		const group = all.filter((face) => sideOf(face) === side);
		const sets = uniform ? [group] : group.map((face) => [face]);
		for (const set of sets) {
			if (set.length === 0) continue;
			allFit(
				set,
				largestFitting(min, max, STEP, (pt) => allFit(set, pt)),
			);
		}
	}
	return all.filter((face) => !fits(face));
}

/** Gives the page a turn (input, paint) between stretches of measuring. */
const yieldToPage = () => {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
};

/**
 * How long a stretch of measuring may hold the page before it gives the page a turn, in ms. A
 * stretch ends after the card layout that runs past this, so a task is this plus one layout; at
 * 8 ms, Lighthouse's simulated phone (8x slower than the bench machine) saw 70 ms tasks throughout
 * the fit, past the 50 ms that makes a task long.
 */
const SLICE_MS = 4;

/**
 * The same fit as `fitFaces` with `uniform`, measured one trial layout at a time, with the page
 * given a turn whenever a stretch of measuring has run `SLICE_MS`: one layout of a card can take
 * tens of milliseconds on a slow phone, so no task holds the page for more than about one. A side's
 * faces share the smallest of their own largest sizes, which is the largest size at which all of
 * them fit. Resolves with the faces that overflow, or null when
 * `cancelled()` turned true (a newer layout replaced this one).
 */
export async function fitFacesInChunks(
	faces: Iterable<HTMLElement>,
	{ cancelled = () => false }: { cancelled?: () => boolean } = {},
): Promise<HTMLElement[] | null> {
	const all = [...faces];
	const sizes = new Map<'front' | 'back', number>();
	let slice = performance.now();
	for (const side of ['front', 'back'] as const) {
		const [min, max] = RANGES[side];
		let shared: number = max;
		for (const face of all.filter((f) => sideOf(f) === side)) {
			// The side shares the smallest size any face needs, so a face is only searched below the
			// size shared so far: most faces fit it at the first try, one layout instead of six.
			const search = searchLargestFitting(min, shared, STEP);
			let trial = search.next();
			while (!trial.done) {
				if (performance.now() - slice >= SLICE_MS) {
					await yieldToPage();
					if (cancelled()) return null;
					slice = performance.now();
				}
				trial = search.next(allFit([face], trial.value));
			}
			shared = Math.min(shared, trial.value);
		}
		sizes.set(side, shared);
	}
	// Setting the shared sizes lays every face out again: face by face too, noting what overflows.
	const overflowing: HTMLElement[] = [];
	for (const face of all) {
		if (performance.now() - slice >= SLICE_MS) {
			await yieldToPage();
			if (cancelled()) return null;
			slice = performance.now();
		}
		if (!allFit([face], sizes.get(sideOf(face))!)) overflowing.push(face);
	}
	return overflowing;
}
