/**
 * Level ladders: the meta description a ladder page falls back to, and which steps between
 * adjacent levels lie between two chosen levels (the page's CSS encodes the same rule).
 */
import { LEVELS, type Level } from '../schemas/ids.ts';
import { LEVEL_STEPS, type LevelStep } from '../schemas/ladder.ts';
import { truncate } from './text.ts';

export const ladderDescription = (title: string, question: string) =>
	truncate(`${title}: one story answering "${question}" told at mid, senior, staff and principal level, beat by beat.`, 200);

/** The steps a reader climbs from one level to another, in either direction, lowest first. */
export function stepsBetween(a: Level, b: Level): LevelStep[] {
	const [low, high] = [LEVELS.indexOf(a), LEVELS.indexOf(b)].sort((x, y) => x - y) as [number, number];
	return LEVEL_STEPS.filter((_, i) => i >= low && i < high);
}
