import { describe, expect, it } from 'vitest';
import {
	installOnDevice,
	onDeviceAvailability,
	transcribe,
	type RecognizerClass,
	type RecognizerLike,
	type ResultEventLike,
} from '../../src/lib/speech/recognition.ts';
import { readTranscript, transcriptText } from '../../src/lib/speech/transcript.ts';

/** A recognizer the test drives: it records how it was set up and emits the results it is told to. */
function fakeRecognizer({ available = 'available', local = true }: { available?: string; local?: boolean } = {}) {
	const made: FakeRecognizer[] = [];
	class FakeRecognizer implements RecognizerLike {
		lang = '';
		continuous = false;
		interimResults = true;
		declare processLocally?: boolean; // an accessor on the prototype when `local`, as in Chromium
		/** Where the fake keeps processLocally when it has the accessor. */
		local = false;
		starts = 0;
		stops = 0;
		onresult: RecognizerLike['onresult'] = null;
		onend: RecognizerLike['onend'] = null;
		onerror: RecognizerLike['onerror'] = null;
		static availableAsked: unknown[] = [];
		static installs = 0;
		constructor() {
			made.push(this);
		}
		static async available(options: unknown) {
			FakeRecognizer.availableAsked.push(options);
			return available;
		}
		static async install() {
			FakeRecognizer.installs++;
			return true;
		}
		start() {
			this.starts++;
		}
		stop() {
			this.stops++;
			queueMicrotask(() => this.onend?.());
		}
		/** Emits final (and one interim) results as the browser does: the whole list, from `resultIndex`. */
		say(results: [string, boolean][], resultIndex = 0) {
			const list = results.map(([transcript, isFinal]) => ({ isFinal, length: 1, 0: { transcript } }));
			this.onresult?.({ resultIndex, results: list } as unknown as ResultEventLike);
		}
	}
	// Without on-device support the instance has no processLocally at all, as in older browsers.
	if (local)
		Object.defineProperty(FakeRecognizer.prototype, 'processLocally', {
			get(this: FakeRecognizer) {
				return this.local;
			},
			set(this: FakeRecognizer, value: boolean) {
				this.local = value;
			},
		});
	return { Recognizer: FakeRecognizer as unknown as RecognizerClass & typeof FakeRecognizer, made };
}

describe('on-device availability', () => {
	it('asks for en-US on the device only, and passes on what the browser says', async () => {
		const { Recognizer } = fakeRecognizer();
		expect(await onDeviceAvailability(Recognizer)).toBe('available');
		expect(Recognizer.availableAsked).toEqual([{ langs: ['en-US'], processLocally: true }]);
		expect(await onDeviceAvailability(fakeRecognizer({ available: 'downloadable' }).Recognizer)).toBe('downloadable');
		expect(await onDeviceAvailability(fakeRecognizer({ available: 'downloading' }).Recognizer)).toBe('downloadable');
		expect(await onDeviceAvailability(fakeRecognizer({ available: 'unavailable' }).Recognizer)).toBe('unavailable');
	});

	it('says unavailable without the API, without the static check, or when the check throws or never answers', async () => {
		expect(await onDeviceAvailability(undefined)).toBe('unavailable');
		expect(await onDeviceAvailability(class {} as unknown as RecognizerClass)).toBe('unavailable');
		const blocked = class {
			static available() {
				return Promise.reject(new DOMException('blocked by permissions policy', 'NotAllowedError'));
			}
		} as unknown as RecognizerClass;
		expect(await onDeviceAvailability(blocked)).toBe('unavailable');
		const silent = class {
			static available() {
				return new Promise(() => undefined);
			}
		} as unknown as RecognizerClass;
		expect(await onDeviceAvailability(silent, 10)).toBe('unavailable');
	});

	it('installs the language pack when asked', async () => {
		const { Recognizer } = fakeRecognizer({ available: 'downloadable' });
		expect(await installOnDevice(Recognizer)).toBe(true);
		expect(Recognizer.installs).toBe(1);
		expect(await installOnDevice(undefined)).toBe(false);
	});
});

describe('transcribing', () => {
	it('never starts a recognizer that cannot be held to the device', () => {
		const { Recognizer, made } = fakeRecognizer({ local: false });
		expect(transcribe(Recognizer, () => 0)).toBeNull();
		expect(made.every((r) => r.starts === 0)).toBe(true);
	});

	it('starts on the device, keeps final results with their time, and restarts when the recognizer ends by itself', async () => {
		const { Recognizer, made } = fakeRecognizer();
		let now = 0;
		const running = transcribe(Recognizer, () => now)!;
		const r = made[0]!;
		expect([r.processLocally, r.lang, r.continuous, r.starts]).toEqual([true, 'en-US', true, 1]);
		now = 3;
		r.say([['so the pager went off', true]]);
		now = 6;
		r.say(
			[
				['so the pager went off', true],
				['and um we', false],
			],
			1,
		); // the browser sends the results from the first one that changed
		r.onend!(); // a long pause ended it: it starts again
		expect(r.starts).toBe(2);
		now = 8;
		r.say(
			[
				['so the pager went off', true],
				['and um we rolled back in 4 minutes', true],
			],
			1,
		);
		expect(await running.stop()).toEqual([
			{ text: 'so the pager went off', at: 3 },
			{ text: 'and um we rolled back in 4 minutes', at: 8 },
		]);
		expect(r.stops).toBe(1);
		expect(r.starts).toBe(2); // the end that stop() caused does not restart it
	});
});

describe('reading a transcript with its recording', () => {
	const measure = {
		duration: 12,
		segments: [
			{ start: 0, end: 4, speakingSeconds: 4, share: 1 },
			{ start: 4, end: 8, speakingSeconds: 2, share: 0.5 },
			{ start: 8, end: 12, speakingSeconds: 1, share: 0.25 },
		],
	};

	it('joins recognized phrases into sentences for the analyzer', () => {
		expect(
			transcriptText([
				{ text: 'we rolled back', at: 1 },
				{ text: ' ', at: 2 },
				{ text: 'Done!', at: 3 },
			]),
		).toBe('We rolled back. Done!');
	});

	it('feeds the analyzer, counts fillers, and gives the pace overall and per segment', () => {
		const reading = readTranscript(
			[
				{ text: 'um we decided to roll back the deploy', at: 3.5 },
				{ text: 'we basically cut errors from 12% to 0.4% in 4 minutes', at: 7.9 },
				{ text: 'next time I would add a canary', at: 12.2 },
			],
			measure,
		);
		expect(reading.text).toBe(
			'Um we decided to roll back the deploy. We basically cut errors from 12% to 0.4% in 4 minutes. Next time I would add a canary.',
		);
		expect(reading.words).toBe(26);
		expect(reading.wordsPerMinute).toBe(130); // 26 words in 12 s
		expect(reading.segmentPace).toEqual([120, 165, 105]); // 8, 11 and 7 words in 4 s each
		expect(reading.fillers).toEqual({
			total: 2,
			each: [
				{ filler: 'um', count: 1 },
				{ filler: 'basically', count: 1 },
			],
		});
		expect(reading.analysis.quantities.map((q) => q.text)).toEqual(expect.arrayContaining(['12%', '0.4%']));
		expect(reading.analysis.beats.reflection.covered).toBe(true);
		expect(reading.analysis.findings.map((f) => f.pitfall)).toContain('plural-pronouns');
	});

	it('reads a typed transcript the same way, with no pace per segment', () => {
		const reading = readTranscript('I paged the database team, like, twice.', measure);
		expect(reading.words).toBe(7);
		expect(reading.wordsPerMinute).toBe(35);
		expect(reading.segmentPace).toEqual([]);
		expect(reading.fillers.total).toBe(1);
		expect(readTranscript('', null)).toMatchObject({ words: 0, wordsPerMinute: null, fillers: { total: 0 } });
	});
});
