/**
 * What an island that records answers calls to have each recording measured beside it: speaking
 * time, silences over three seconds, pace, and (where the browser transcribes on the device) the
 * transcript read by the analyzer. This module is the small part that ships with the island;
 * decoding, the signal logic and the analyzer live in speech-panel.ts, loaded by a dynamic import
 * only once a recording exists, and the recognition code only where the browser has a recognizer.
 */
import type { Phrase, RecognizerClass } from '../../../lib/speech/recognition.ts';

const loadPanel = () => import('./speech-panel.ts');

/** The browser's speech recognizer constructor (prefixed in Chromium), or undefined. */
export function recognizerClass(): RecognizerClass | undefined {
	const w = window as unknown as { SpeechRecognition?: RecognizerClass; webkitSpeechRecognition?: RecognizerClass };
	return w.SpeechRecognition ?? w.webkitSpeechRecognition;
}

/**
 * A transcript being made alongside a recording: `soFar()` gives the phrases heard until now
 * (none where the browser cannot transcribe on the device), `finish()` stops it and gives all of
 * them, or null when none was made.
 */
export interface PendingTranscript {
	soFar(): Phrase[];
	finish(): Promise<Phrase[] | null>;
}

/**
 * Starts transcribing alongside a recording that starts now, on the device only: nothing starts
 * unless the browser says on-device recognition of English is available (src/lib/speech/recognition.ts).
 */
export function startTranscript(): PendingTranscript {
	const Recognizer = recognizerClass();
	if (!Recognizer) return { soFar: () => [], finish: async () => null };
	const started = performance.now();
	const running = import('../../../lib/speech/recognition.ts')
		.then(async (r) =>
			(await r.onDeviceAvailability(Recognizer)) === 'available'
				? r.transcribe(Recognizer, () => (performance.now() - started) / 1000)
				: null,
		)
		.catch(() => null);
	let transcription: Awaited<typeof running> = null;
	void running.then((t) => (transcription = t));
	return { soFar: () => transcription?.soFar() ?? [], finish: async () => (await running)?.stop() ?? null };
}

/** The panel's place at the end of `container`, made on first use. */
function slotIn(container: HTMLElement): HTMLElement {
	let slot = container.querySelector<HTMLElement>(':scope > .speech');
	if (!slot) {
		slot = document.createElement('div');
		slot.className = 'speech';
		container.append(slot);
	}
	return slot;
}

/** Empties the panel in `container` (a new prompt, or a new recording, begins). */
export function clearSpeech(container: HTMLElement) {
	container.querySelector(':scope > .speech')?.replaceChildren();
}

/** Measures `blob` and shows it, with its transcript or a box to type it, at the end of `container`. */
export function showSpeech(container: HTMLElement, blob: Blob, transcript: PendingTranscript) {
	const slot = slotIn(container);
	void loadPanel().then((panel) => panel.renderPanel(slot, blob, transcript.finish()));
}

/**
 * Adds one line measuring `blob` (and its transcript, if this page made one) at the end of
 * `player`, and returns `player`. `key` (a stored recording's id) keeps a redrawn list from
 * decoding the same recording again.
 */
export function withSpeech<T extends HTMLElement>(player: T, blob: unknown, key?: string): T {
	if (blob instanceof Blob && blob.size > 0) void loadPanel().then((panel) => panel.renderLine(player, blob, key));
	return player;
}
