/**
 * The `prep-answer-recorder` element of AnswerRecorder.astro: one button starts and stops the
 * microphone; the take is stored in this browser (shared/recordings-storage.ts) and shown with its
 * player and its measure (speech/speech-hook.ts), which loads only once a recording exists.
 */
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import { formatBytes, recordingId } from '../../../lib/recordings.ts';
import { fillTemplate as fill } from '../../../lib/text.ts';
import { activate, bound } from '../shared/dom.ts';
import { player } from '../shared/player.ts';
import {
	canRecord,
	recordingsSupported,
	saveRecording,
	startCapture,
	type Capture,
	type StoredRecording,
} from '../shared/recordings-storage.ts';
import { clearSpeech, showSpeech, startTranscript, type PendingTranscript } from '../speech/speech-hook.ts';
import type { RecorderText } from './text.ts';

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export class PrepAnswerRecorder extends HTMLElement {
	#text!: RecorderText;
	#capture: Capture | undefined;
	/** True while the microphone is being opened, so that a second press cannot open another. */
	#opening = false;
	#transcript: PendingTranscript | undefined;

	connectedCallback() {
		this.#text = readEmbeddedJson<{ text: RecorderText }>(this).text;
		activate(this, '[data-action="record"]');
		const button = this.#button();
		if (!canRecord() || !recordingsSupported()) {
			button.disabled = true;
			bound(this, 'unsupported').hidden = false;
			return;
		}
		button.addEventListener('click', () => void (this.#capture ? this.#stop() : this.#start()));
	}

	disconnectedCallback() {
		void this.#stop(); // leaving the page turns the microphone off and keeps what was said
	}

	#button() {
		return this.querySelector<HTMLButtonElement>('[data-action="record"]')!;
	}

	async #start() {
		if (this.#opening) return;
		const status = bound(this, 'status');
		this.#opening = true;
		status.textContent = this.#text.opening;
		try {
			this.#capture = await startCapture();
		} catch (error) {
			status.textContent = fill(this.#text.noMic, { reason: reasonOf(error) });
			return;
		} finally {
			this.#opening = false;
		}
		clearSpeech(bound(this, 'take'));
		this.#transcript = startTranscript(); // on the device only, and only where the browser can
		// The label says what a press does now; aria-pressed as well would read "Stop recording, pressed".
		const button = this.#button();
		button.textContent = this.#text.stopRecording;
		button.dataset['recording'] = '';
		status.textContent = this.#text.recording;
	}

	async #stop() {
		const capture = this.#capture;
		if (!capture) return;
		this.#capture = undefined;
		const button = this.#button();
		button.textContent = this.#text.startRecording;
		delete button.dataset['recording'];
		const blob = await capture.stop();
		const createdAt = new Date();
		const promptId = this.dataset['promptId']!;
		const time = createdAt.toLocaleTimeString();
		// Each take is its own session: the mock loop's list shows it with the prompt's name and time.
		const sessionId = `prompt-${createdAt.getTime()}`;
		const take = bound(this, 'take');
		take.replaceChildren(player(blob, fill(this.#text.take, { prompt: this.dataset['promptShort']!, time }), this.#text));
		take.hidden = false;
		showSpeech(take, blob, this.#transcript ?? startTranscript());
		this.#transcript = undefined;
		const recording: StoredRecording = {
			id: recordingId(sessionId, promptId),
			sessionId,
			promptId,
			mime: blob.type || capture.mime,
			size: blob.size,
			createdAt: createdAt.toISOString(),
			blob,
		};
		const status = bound(this, 'status');
		try {
			await saveRecording(recording);
			status.textContent = fill(this.#text.recorded, { size: formatBytes(blob.size), time });
		} catch (error) {
			status.textContent = fill(this.#text.notSaved, { reason: reasonOf(error) });
		}
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-answer-recorder': PrepAnswerRecorder;
	}
}

customElements.define('prep-answer-recorder', PrepAnswerRecorder);
