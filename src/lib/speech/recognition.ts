/**
 * Speech recognition on the device only (Web Speech API, `processLocally`), behind a small
 * interface so that tests can inject recognition events. The page passes the browser's
 * constructor (`SpeechRecognition` or `webkitSpeechRecognition`); nothing here touches `window`.
 *
 * The privacy rule is enforced here, once: a recognizer starts only when the constructor has the
 * static `available()` check, `available({ langs, processLocally: true })` resolved 'available',
 * and an instance keeps `processLocally = true` once set. A browser without on-device recognition
 * therefore never starts server recognition: `transcribe` refuses instead.
 */

/** The language the guide's answers are spoken in. */
export const LANG = 'en-US';

/** What `available()` answers, reduced to what the page does with it. */
export type OnDevice = 'available' | 'downloadable' | 'unavailable';

/** One alternative of a recognition result. */
export interface AlternativeLike {
	readonly transcript: string;
}

/** One recognition result: its alternatives, and whether it is final. */
export interface ResultLike {
	readonly isFinal: boolean;
	readonly length: number;
	readonly [index: number]: AlternativeLike;
}

/** The `result` event's detail as the recognizer gives it. */
export interface ResultEventLike {
	readonly resultIndex: number;
	readonly results: { readonly length: number; readonly [index: number]: ResultLike };
}

/** The part of a `SpeechRecognition` instance this module uses. */
export interface RecognizerLike {
	lang: string;
	continuous: boolean;
	interimResults: boolean;
	processLocally?: boolean;
	start(): void;
	stop(): void;
	onresult: ((event: ResultEventLike) => void) | null;
	onend: (() => void) | null;
	onerror: ((event: { error: string }) => void) | null;
}

/** The part of the `SpeechRecognition` constructor this module uses. */
export interface RecognizerClass {
	new (): RecognizerLike;
	available?(options: { langs: string[]; processLocally: boolean }): Promise<string>;
	install?(options: { langs: string[]; processLocally?: boolean }): Promise<boolean>;
}

/** One final phrase of a transcript and when it arrived, in seconds since recording started. */
export interface Phrase {
	text: string;
	at: number;
}

/**
 * Whether this browser can transcribe `LANG` on the device: now, after a download, or not at all.
 * A check that has not answered within `timeoutMs` counts as not at all, so the page never waits on it.
 */
export async function onDeviceAvailability(Recognizer: RecognizerClass | undefined, timeoutMs = 3000): Promise<OnDevice> {
	if (!Recognizer || typeof Recognizer.available !== 'function') return 'unavailable';
	try {
		const answer = await Promise.race([
			Recognizer.available({ langs: [LANG], processLocally: true }),
			new Promise<string>((resolve) => setTimeout(() => resolve('unavailable'), timeoutMs)),
		]);
		if (answer === 'available') return 'available';
		// 'downloading' means another page started the download: the reader can wait for it the same way.
		if (answer === 'downloadable' || answer === 'downloading')
			return typeof Recognizer.install === 'function' ? 'downloadable' : 'unavailable';
		return 'unavailable';
	} catch {
		return 'unavailable'; // blocked by Permissions-Policy, or the check itself failed
	}
}

/** Downloads the on-device language pack; call only from a reader's click. True when it is installed. */
export async function installOnDevice(Recognizer: RecognizerClass | undefined): Promise<boolean> {
	if (!Recognizer || typeof Recognizer.install !== 'function') return false;
	try {
		return (await Recognizer.install({ langs: [LANG], processLocally: true })) === true;
	} catch {
		return false;
	}
}

/** A running transcription; `soFar()` gives the final phrases heard until now, `stop()` all of them. */
export interface Transcription {
	soFar(): Phrase[];
	stop(): Promise<Phrase[]>;
}

/** The final phrases of a result event, from `resultIndex` on, stamped `at`. */
export function finalPhrases(event: ResultEventLike, at: number): Phrase[] {
	const phrases: Phrase[] = [];
	for (let i = event.resultIndex; i < event.results.length; i++) {
		const result = event.results[i]!;
		const text = result.isFinal && result.length > 0 ? result[0]!.transcript.trim() : '';
		if (text) phrases.push({ text, at });
	}
	return phrases;
}

/**
 * Starts transcribing on the device, after `onDeviceAvailability` said 'available'. Returns null
 * (and starts nothing) when the recognizer does not take `processLocally`. `now()` is seconds
 * since the recording started. A recognizer that ends by itself mid-answer (a long silence ends
 * some) is started again until `stop()`.
 */
export function transcribe(Recognizer: RecognizerClass, now: () => number): Transcription | null {
	const phrases: Phrase[] = [];
	let stopping = false;
	let restarts = 0;
	let ended: () => void = () => undefined;
	const done = new Promise<void>((resolve) => (ended = resolve));
	const recognizer = new Recognizer();
	if (!('processLocally' in recognizer)) return null;
	recognizer.processLocally = true;
	if (recognizer.processLocally !== true) return null;
	recognizer.lang = LANG;
	recognizer.continuous = true;
	recognizer.interimResults = false;
	recognizer.onresult = (event) => phrases.push(...finalPhrases(event, now()));
	recognizer.onerror = () => undefined; // 'no-speech' and the like: 'end' follows, and decides
	recognizer.onend = () => {
		if (!stopping && restarts < 20) {
			restarts++;
			try {
				recognizer.start();
				return;
			} catch {
				// fall through: the transcript so far is what there is
			}
		}
		ended();
	};
	try {
		recognizer.start();
	} catch {
		return null;
	}
	return {
		soFar: () => [...phrases],
		async stop() {
			stopping = true;
			recognizer.stop();
			// The last result arrives just before 'end'; a recognizer that never ends gives what it has.
			await Promise.race([done, new Promise((resolve) => setTimeout(resolve, 3000))]);
			return phrases;
		},
	};
}
