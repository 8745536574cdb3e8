/**
 * One recorded answer from the microphone, as the mock loop and a prompt page's recorder both
 * take it: the microphone opened once however often the button is pressed, an on-device
 * transcript made alongside where the browser can (speech/speech-hook.ts), and on stop the take
 * as a stored recording, kept in this browser (recordings-storage.ts).
 */
import { recordingId } from '../../../lib/recordings.ts';
import type { Phrase } from '../../../lib/speech/recognition.ts';
import { startTranscript, type PendingTranscript } from '../speech/speech-hook.ts';
import { saveRecording, startCapture, type Capture, type StoredRecording } from './recordings-storage.ts';

/** A finished take: the recording, and its transcript (pending until recognition stops). */
export interface Take {
	recording: StoredRecording;
	transcript: PendingTranscript;
}

export class AnswerTake {
	#capture: Capture | undefined;
	/** True while the microphone is being opened, so that a second press cannot open another. */
	#opening = false;
	#transcript: PendingTranscript | undefined;

	/** True from a successful `start` until `stop`. */
	get running(): boolean {
		return this.#capture !== undefined;
	}

	/** What the transcript has heard so far (nothing where the browser cannot transcribe on the device). */
	heardSoFar(): Phrase[] {
		return this.#transcript?.soFar() ?? [];
	}

	/**
	 * Opens the microphone and starts the transcript. Resolves false when a start is already under
	 * way; rejects, with the browser's reason, when the microphone cannot be used.
	 */
	async start(): Promise<boolean> {
		if (this.#opening || this.#capture) return false;
		this.#opening = true;
		try {
			this.#capture = await startCapture();
		} finally {
			this.#opening = false;
		}
		this.#transcript = startTranscript();
		return true;
	}

	/** Stops recording: the take of `promptId` in `sessionId`, or undefined when nothing was recording. */
	async stop(sessionId: string, promptId: string): Promise<Take | undefined> {
		const capture = this.#capture;
		if (!capture) return undefined;
		this.#capture = undefined;
		const transcript = this.#transcript ?? startTranscript();
		this.#transcript = undefined;
		const blob = await capture.stop();
		const recording: StoredRecording = {
			id: recordingId(sessionId, promptId),
			sessionId,
			promptId,
			mime: blob.type || capture.mime,
			size: blob.size,
			createdAt: new Date().toISOString(),
			blob,
		};
		return { recording, transcript };
	}
}

/** Keeps a take's recording in this browser; resolves with the browser's refusal, if any. */
export async function keepTake(take: Take): Promise<string | undefined> {
	try {
		await saveRecording(take.recording);
		return undefined;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}
