/**
 * Where a recorded answer is speech and where it is silence, from its samples alone: time
 * speaking, every silence longer than three seconds (the routine's "minute of dead air") with
 * where it falls, and the speaking share of each third of the answer. Pure, no Web Audio: the
 * page decodes the recording and passes one channel's samples and their rate.
 *
 * Method, chosen to be cheap (one pass over the samples, one sort of the frame levels):
 * - Frame energy: the RMS of each 20 ms frame, in dB below full scale.
 * - Adaptive threshold: the noise floor is a low percentile of the frame levels, the speech level
 *   a high one; a frame is voiced above a point a third of the way from the floor to the speech
 *   level (at least 6 dB above the floor), so a hissing laptop microphone and a quiet headset are
 *   judged alike. A recording whose loudest frames stay under -60 dBFS holds no speech at all.
 * - Clicks: a voiced run shorter than 60 ms inside silence is noise, not speech.
 * - Hangover: a pause shorter than 300 ms (between words) counts as speaking; longer pauses
 *   keep their measured length, so a silence is never shortened by the hangover.
 */

/** Tuning of `measureSpeech`; the defaults suit spoken interview answers. */
export interface SpeechOptions {
	/** Length of one analysis frame in seconds. */
	frameSeconds?: number;
	/** A silence at least this long is reported: the routine's dead air. */
	minSilenceSeconds?: number;
	/** Pauses shorter than this count as speaking (the gaps between words). */
	hangoverSeconds?: number;
	/** Voiced runs shorter than this are clicks, not speech. */
	minSpeechSeconds?: number;
}

/** A stretch without speech, in seconds from the start of the recording. */
export interface Silence {
	start: number;
	end: number;
	seconds: number;
}

/** One part of the answer (a third, or the whole of a short one) and how much of it was speech. */
export interface Segment {
	start: number;
	end: number;
	speakingSeconds: number;
	/** `speakingSeconds` as a share of the segment, 0–1. */
	share: number;
}

/** What `measureSpeech` finds in a recording. */
export interface SpeechMeasure {
	/** Length of the recording in seconds. */
	duration: number;
	speakingSeconds: number;
	/** Every silence of at least `minSilenceSeconds`, in order (the start and end of the recording included). */
	silences: Silence[];
	segments: Segment[];
}

/** Frames quieter than this (dBFS) count as digital silence; it keeps log(0) out. */
const FLOOR_DB = -100;
/** A recording whose speech level stays under this holds no speech. */
const NO_SPEECH_DB = -60;
/** Answers shorter than this are one segment; longer ones are split in thirds. */
const THIRDS_FROM_SECONDS = 9;

/** The level of each frame of `samples` in dBFS (RMS), `frameSeconds` long each, the last one possibly shorter. */
export function frameLevels(samples: Float32Array, sampleRate: number, frameSeconds = 0.02): Float32Array {
	const size = Math.max(1, Math.round(sampleRate * frameSeconds));
	const levels = new Float32Array(Math.ceil(samples.length / size));
	for (let f = 0; f < levels.length; f++) {
		const from = f * size;
		const to = Math.min(samples.length, from + size);
		let sum = 0;
		for (let i = from; i < to; i++) sum += samples[i]! * samples[i]!;
		const rms = Math.sqrt(sum / (to - from));
		levels[f] = rms > 0 ? Math.max(FLOOR_DB, 20 * Math.log10(rms)) : FLOOR_DB;
	}
	return levels;
}

/** The `p`-th percentile (0–1) of `values`, nearest rank. */
function percentile(sorted: Float32Array, p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.round(p * (sorted.length - 1))))]!;
}

/** The level (dBFS) above which a frame is voiced, or null when the recording holds no speech. */
export function speechThreshold(levels: Float32Array): number | null {
	if (levels.length === 0) return null;
	const sorted = Float32Array.from(levels).sort();
	const floor = percentile(sorted, 0.1);
	const speech = percentile(sorted, 0.95);
	if (speech < NO_SPEECH_DB) return null;
	// No contrast between quiet and loud frames: all speech (a recording that is all silence
	// was caught above). Below the floor itself, so every frame is voiced.
	if (speech - floor < 6) return floor - 1;
	return floor + Math.max(6, (speech - floor) / 3);
}

/** Runs of equal values in `flags`: [value, first index, length]. */
function runs(flags: readonly boolean[]): [boolean, number, number][] {
	const out: [boolean, number, number][] = [];
	for (let i = 0; i < flags.length; i++) {
		const last = out.at(-1);
		if (last && last[0] === flags[i]) last[2]++;
		else out.push([flags[i]!, i, 1]);
	}
	return out;
}

/** Measures speech and silence in one channel of a recording. */
export function measureSpeech(samples: Float32Array, sampleRate: number, options: SpeechOptions = {}): SpeechMeasure {
	const frameSeconds = options.frameSeconds ?? 0.02;
	const minSilence = options.minSilenceSeconds ?? 3;
	const hangoverFrames = Math.round((options.hangoverSeconds ?? 0.3) / frameSeconds);
	const minSpeechFrames = Math.ceil((options.minSpeechSeconds ?? 0.06) / frameSeconds - 1e-9);
	const duration = samples.length / sampleRate;
	const levels = frameLevels(samples, sampleRate, frameSeconds);
	const threshold = speechThreshold(levels);
	const speaking = Array.from(levels, (level) => threshold !== null && level > threshold);

	// Clicks first, so that a click inside a long silence does not split it.
	for (const [voiced, from, length] of runs(speaking))
		if (voiced && length < minSpeechFrames) speaking.fill(false, from, from + length);
	// Then the hangover: short pauses between speech are speaking.
	const all = runs(speaking);
	for (const [i, [voiced, from, length]] of all.entries()) {
		const inside = i > 0 && i < all.length - 1;
		if (!voiced && inside && length < hangoverFrames) speaking.fill(true, from, from + length);
	}

	const frameEnd = (f: number) => Math.min(duration, f * frameSeconds);
	const silences = runs(speaking)
		.filter(([voiced]) => !voiced)
		.map(([, from, length]) => ({ start: frameEnd(from), end: frameEnd(from + length) }))
		.map((s) => ({ ...s, seconds: s.end - s.start }))
		.filter((s) => s.seconds >= minSilence - 1e-9);
	const speakingBetween = (start: number, end: number) => {
		let seconds = 0;
		for (let f = 0; f < speaking.length; f++) {
			if (!speaking[f]) continue;
			const overlap = Math.min(end, frameEnd(f + 1)) - Math.max(start, frameEnd(f));
			if (overlap > 0) seconds += overlap;
		}
		return seconds;
	};
	const parts = duration >= THIRDS_FROM_SECONDS ? 3 : 1;
	const segments = Array.from({ length: duration > 0 ? parts : 0 }, (_, i) => {
		const start = (duration * i) / parts;
		const end = (duration * (i + 1)) / parts;
		const speakingSeconds = speakingBetween(start, end);
		return { start, end, speakingSeconds, share: speakingSeconds / (end - start) };
	});
	return { duration, speakingSeconds: speakingBetween(0, duration), silences, segments };
}
