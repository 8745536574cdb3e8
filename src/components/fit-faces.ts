/**
 * Fits printed flashcard faces to their cards: each face gets the largest font size at which its
 * text fits the card without clipping. Browser-only (it lays faces out to measure them); the
 * search itself is `largestFitting` in src/lib/deck.ts. Sizes are absolute (pt in mm boxes), so a
 * face measured on screen prints the same.
 */
import { largestFitting } from '../lib/deck.ts';

/** Font-size ranges in pt: fronts carry one question, backs a whole answer plan. */
const RANGES = { front: [8, 18], back: [5.5, 11] } as const;

const fits = (face: HTMLElement) =>
	face.scrollHeight <= face.clientHeight + 0.5 && face.scrollWidth <= face.clientWidth + 0.5;

const sideOf = (face: HTMLElement) => (face.dataset['face'] === 'front' ? 'front' : 'back');

/**
 * Sets each face's font size to the largest that fits. With `uniform`, every face of a side then
 * takes the smallest of those sizes, so that a printed deck reads as one set rather than a
 * ransom note. Returns the faces that overflow even at the smallest size.
 */
export function fitFaces(faces: Iterable<HTMLElement>, { uniform = false } = {}): HTMLElement[] {
	const all = [...faces];
	const smallest = { front: Infinity, back: Infinity };
	for (const face of all) {
		const [min, max] = RANGES[sideOf(face)];
		const size = largestFitting(min, max, 0.25, (pt) => {
			face.style.fontSize = `${pt}pt`;
			return fits(face);
		});
		face.style.fontSize = `${size}pt`;
		smallest[sideOf(face)] = Math.min(smallest[sideOf(face)], size);
	}
	if (uniform) for (const face of all) face.style.fontSize = `${smallest[sideOf(face)]}pt`;
	return all.filter((face) => !fits(face));
}
