import { describe, expect, it } from 'vitest';
import { frameLevels, measureSpeech, speechThreshold } from '../../src/lib/speech/silences.ts';

const RATE = 16_000;

/** A deterministic noise source (so a failing case fails the same way every run). */
function noise(seed: number) {
	let x = seed;
	return () => {
		x = (x * 1_103_515_245 + 12_345) % 2 ** 31;
		return (x / 2 ** 31) * 2 - 1;
	};
}

type Part = { speech: number } | { silence: number } | { click: number };

/**
 * A synthetic answer: "speech" is a 220 Hz tone at -12 dBFS with a syllable rhythm (80 ms dips
 * every 250 ms, as between words), "silence" is noise at `noiseDb`, "click" a short full-scale burst.
 */
function signal(parts: Part[], { noiseDb = -200, rate = RATE } = {}) {
	const random = noise(7);
	const noiseAmp = 10 ** (noiseDb / 20);
	const out: number[] = [];
	for (const part of parts) {
		const seconds = 'speech' in part ? part.speech : 'silence' in part ? part.silence : part.click;
		const n = Math.round(seconds * rate);
		for (let i = 0; i < n; i++) {
			const t = i / rate;
			const hiss = noiseDb > -200 ? random() * noiseAmp : 0;
			if ('speech' in part) {
				const inDip = t % 0.25 > 0.17;
				out.push(inDip ? hiss : 0.35 * Math.sin(2 * Math.PI * 220 * t) + hiss);
			} else if ('click' in part) out.push(random() * 0.9);
			else out.push(hiss);
		}
	}
	return Float32Array.from(out);
}

const near = (actual: number, expected: number, tolerance = 0.05) => Math.abs(actual - expected) <= tolerance;

describe('frame levels', () => {
	it('gives a full-scale square wave 0 dBFS and digital silence the floor', () => {
		const square = Float32Array.from({ length: 640 }, (_, i) => (i % 2 ? 1 : -1));
		expect([...frameLevels(square, RATE)]).toEqual([0, 0]);
		expect([...frameLevels(new Float32Array(320), RATE)]).toEqual([-100]);
	});

	it('measures a half-amplitude sine at about -9 dBFS', () => {
		const sine = Float32Array.from({ length: RATE }, (_, i) => 0.5 * Math.sin((2 * Math.PI * 440 * i) / RATE));
		for (const level of frameLevels(sine, RATE)) expect(Math.abs(level + 9.03)).toBeLessThan(0.2); // frames hold partial periods
	});
});

describe('the speech threshold', () => {
	it('finds no speech in a recording of silence or faint hiss', () => {
		expect(speechThreshold(frameLevels(signal([{ silence: 5 }]), RATE))).toBeNull();
		expect(speechThreshold(frameLevels(signal([{ silence: 5 }], { noiseDb: -70 }), RATE))).toBeNull();
		expect(speechThreshold(new Float32Array())).toBeNull();
	});

	it('sits between the noise floor and the speech level, wherever the floor is', () => {
		for (const noiseDb of [-80, -50, -35]) {
			const levels = frameLevels(signal([{ speech: 2 }, { silence: 4 }, { speech: 2 }], { noiseDb }), RATE);
			const threshold = speechThreshold(levels)!;
			expect(threshold).toBeGreaterThan(noiseDb);
			expect(threshold).toBeLessThan(-12);
		}
	});
});

describe('measuring a recorded answer', () => {
	it.each([
		['no noise', -200],
		['a quiet room', -60],
		['a hissing microphone', -40],
	])('finds the gaps made, and only those, with %s', (_, noiseDb) => {
		// The browser test's layout: 1 s speech, 4 s silence, 2 s speech, 3.5 s silence, 2 s speech.
		const parts: Part[] = [{ speech: 1 }, { silence: 4 }, { speech: 2 }, { silence: 3.5 }, { speech: 2 }];
		const m = measureSpeech(signal(parts, { noiseDb }), RATE);
		expect(m.duration).toBeCloseTo(12.5, 5);
		expect(m.silences).toHaveLength(2);
		const [first, second] = m.silences;
		expect(near(first!.start, 1, 0.1) && near(first!.end, 5, 0.05)).toBe(true);
		expect(near(second!.start, 7, 0.1) && near(second!.end, 10.5, 0.05)).toBe(true);
		expect(near(first!.seconds, first!.end - first!.start, 1e-9)).toBe(true);
		// The dips between "syllables" count as speaking: 5 s of speech, give or take the last dip.
		expect(near(m.speakingSeconds, 5, 0.25)).toBe(true);
	});

	it('reports a silence of exactly three seconds but not one of 2.9 s', () => {
		const m = measureSpeech(signal([{ speech: 1 }, { silence: 3 }, { speech: 1 }, { silence: 2.9 }, { speech: 1 }]), RATE);
		expect(m.silences.map((s) => Math.round(s.start * 10) / 10)).toEqual([0.9]);
	});

	it('keeps a long silence whole when a click falls inside it', () => {
		const m = measureSpeech(signal([{ speech: 1 }, { silence: 2 }, { click: 0.02 }, { silence: 2 }, { speech: 1 }]), RATE);
		expect(m.silences).toHaveLength(1);
		expect(near(m.silences[0]!.seconds, 4.02, 0.15)).toBe(true);
	});

	it('splits a silence at a real word spoken inside it', () => {
		const m = measureSpeech(signal([{ speech: 1 }, { silence: 2 }, { speech: 0.3 }, { silence: 2 }, { speech: 1 }]), RATE);
		expect(m.silences).toEqual([]);
	});

	it('counts silence at the start and at the end of a recording', () => {
		const m = measureSpeech(signal([{ silence: 3.5 }, { speech: 2 }, { silence: 4 }]), RATE);
		expect(m.silences.map((s) => [Math.round(s.start * 10) / 10, Math.round(s.end * 10) / 10])).toEqual([
			[0, 3.5],
			[5.4, 9.5],
		]);
	});

	it('treats a recording with no speech as one silence and no speaking time', () => {
		const m = measureSpeech(signal([{ silence: 6 }], { noiseDb: -65 }), RATE);
		expect(m.speakingSeconds).toBe(0);
		expect(m.silences).toEqual([{ start: 0, end: 6, seconds: 6 }]);
	});

	it('treats an even tone without pauses as all speech', () => {
		const tone = Float32Array.from({ length: 5 * RATE }, (_, i) => 0.3 * Math.sin((2 * Math.PI * 300 * i) / RATE));
		const m = measureSpeech(tone, RATE);
		expect(m.silences).toEqual([]);
		expect(m.speakingSeconds).toBeCloseTo(5, 5);
	});

	it('gives the speaking share of each third of a longer answer, and one segment for a short one', () => {
		const m = measureSpeech(signal([{ speech: 4 }, { silence: 4 }, { speech: 1 }, { silence: 3 }]), RATE);
		expect(m.segments.map((s) => [s.start, s.end])).toEqual([
			[0, 4],
			[4, 8],
			[8, 12],
		]);
		expect(m.segments.map((s) => Math.round(s.share * 10) / 10)).toEqual([1, 0, 0.2]);
		expect(measureSpeech(signal([{ speech: 2 }, { silence: 1 }]), RATE).segments).toHaveLength(1);
		expect(measureSpeech(new Float32Array(), RATE)).toMatchObject({ duration: 0, segments: [], silences: [] });
	});

	it('reads the same at 48 kHz as at 16 kHz', () => {
		const parts: Part[] = [{ speech: 1 }, { silence: 4 }, { speech: 1 }];
		const at48 = measureSpeech(signal(parts, { noiseDb: -50, rate: 48_000 }), 48_000);
		const at16 = measureSpeech(signal(parts, { noiseDb: -50 }), RATE);
		expect(at48.silences.length).toBe(1);
		expect(near(at48.silences[0]!.start, at16.silences[0]!.start, 0.021)).toBe(true);
	});
});
