/**
 * Timing presets and how a spoken answer's length is judged. The beats' windows and the presets'
 * targets come from content (content/beats/, content/timing/); this module only does arithmetic.
 */
import type { PlannedBeat } from './timer.ts';

/** The speaking pace that time estimates assume, in words a minute: a calm interview pace. */
export const WORDS_PER_MINUTE = 150;

/** The timing preset a sample answer's screen version is held to (`content/timing/screen-answer.md`). */
export const SCREEN_PRESET = 'screen-answer';

/**
 * The word counts that take a range of seconds to say at a pace: the fewest that reach `min`, the
 * most that stay within `max`. At 150 words a minute, 60–90 s is 150–225 words.
 */
export const wordRange = (seconds: { min: number; max: number }, wordsPerMinute = WORDS_PER_MINUTE) => ({
	min: Math.ceil((seconds.min * wordsPerMinute) / 60),
	max: Math.floor((seconds.max * wordsPerMinute) / 60),
});

/** A beat as the timer needs it from content. */
export interface BeatWindow {
	id: string;
	title: string;
	window: { min: number; max: number };
}

/** A timing preset as the timer needs it from content. */
export interface Preset {
	id: string;
	title: string;
	default: boolean;
	target: { min: number; max: number };
	thinBelow: number;
	tooLongAbove: number;
}

/** How a total length compares with a preset. */
export type LengthVerdict = 'thin' | 'short' | 'on-target' | 'long' | 'too-long';

/**
 * The plan for a total length: each beat's upper window, scaled so the beats add up to `total`
 * seconds. Without `total` the windows are used as written (the full loop story). Rounding
 * leftovers go to the action beat, the one with the most room.
 */
export function planBeats(beats: readonly BeatWindow[], total?: number): PlannedBeat[] {
	const natural = beats.reduce((sum, b) => sum + b.window.max, 0);
	if (total === undefined || total === natural || natural === 0) {
		return beats.map((b) => ({ id: b.id, title: b.title, seconds: b.window.max }));
	}
	const scaled = beats.map((b) => ({
		id: b.id,
		title: b.title,
		seconds: Math.max(1, Math.round((b.window.max * total) / natural)),
	}));
	const drift = total - scaled.reduce((sum, b) => sum + b.seconds, 0);
	const roomiest = scaled.reduce((best, b, i) => (b.seconds > scaled[best]!.seconds ? i : best), 0);
	scaled[roomiest]!.seconds = Math.max(1, scaled[roomiest]!.seconds + drift);
	return scaled;
}

/**
 * The total a preset's timer runs for: the default (loop-story) preset uses the beats' own
 * windows, which the content check keeps inside its target; other presets use their target's
 * upper end.
 */
export const presetTotal = (preset: Preset, beats: readonly BeatWindow[]) =>
	preset.default ? beats.reduce((sum, b) => sum + b.window.max, 0) : preset.target.max;

/** Judges a spoken length in seconds against a preset. */
export function judgeLength(seconds: number, preset: Pick<Preset, 'target' | 'thinBelow' | 'tooLongAbove'>): LengthVerdict {
	if (seconds < preset.thinBelow) return 'thin';
	if (seconds < preset.target.min) return 'short';
	if (seconds <= preset.target.max) return 'on-target';
	if (seconds <= preset.tooLongAbove) return 'long';
	return 'too-long';
}

/** A preset sized to a total the candidate chose, judged in proportion to the default preset. */
export function customPreset(total: number, base: Preset): Preset {
	const ratio = total / base.target.max;
	return {
		id: 'custom',
		title: 'Custom',
		default: false,
		target: { min: Math.round(base.target.min * ratio), max: total },
		thinBelow: Math.round(base.thinBelow * ratio),
		tooLongAbove: Math.round(base.tooLongAbove * ratio),
	};
}

/** Whole seconds past `limit` after `elapsed` seconds; 0 while within it (the clocks show "over by" from this). */
export const overBy = (elapsed: number, limit: number) => Math.max(0, Math.floor(elapsed) - Math.floor(limit));
