/**
 * The `prep-answer-recorder` element of AnswerRecorder.astro: one button starts and stops the
 * microphone; the take is stored in this browser (shared/recordings-storage.ts) and shown with its
 * player and its measure (speech/speech-hook.ts), which loads only once a recording exists.
 */
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import { formatBytes } from '../../../lib/recordings.ts';
import { fillTemplate as fill } from '../../../lib/text.ts';
import { AnswerTake, keepTake } from '../shared/answer-take.ts';
import { activate, bound } from '../shared/dom.ts';
import { player } from '../shared/player.ts';
import { canRecord, recordingsSupported } from '../shared/recordings-storage.ts';
import { clearSpeech, showSpeech } from '../speech/speech-hook.ts';
import type { RecorderText } from './text.ts';

export class PrepAnswerRecorder extends HTMLElement {
	#text!: RecorderText;
	#take = new AnswerTake();

	connectedCallback() {
		this.#text = readEmbeddedJson<{ text: RecorderText }>(this).text;
		activate(this, '[data-action="record"]');
		const button = this.#button();
		if (!canRecord() || !recordingsSupported()) {
			button.disabled = true;
			bound(this, 'unsupported').hidden = false;
			return;
		}
		button.addEventListener('click', () => void (this.#take.running ? this.#stop() : this.#start()));
	}

	disconnectedCallback() {
		void this.#stop(); // leaving the page turns the microphone off and keeps what was said
	}

	#button() {
		return this.querySelector<HTMLButtonElement>('[data-action="record"]')!;
	}

	async #start() {
		const status = bound(this, 'status');
		status.textContent = this.#text.opening;
		try {
			if (!(await this.#take.start())) return;
		} catch (error) {
			status.textContent = fill(this.#text.noMic, { reason: error instanceof Error ? error.message : String(error) });
			return;
		}
		clearSpeech(bound(this, 'take'));
		// The label says what a press does now; aria-pressed as well would read "Stop recording, pressed".
		const button = this.#button();
		button.textContent = this.#text.stopRecording;
		button.dataset['recording'] = '';
		status.textContent = this.#text.recording;
	}

	async #stop() {
		if (!this.#take.running) return;
		const button = this.#button();
		button.textContent = this.#text.startRecording;
		delete button.dataset['recording'];
		// Each take is its own session: the mock loop's list shows it with the prompt's name and time.
		const take = (await this.#take.stop(`prompt-${Date.now()}`, this.dataset['promptId']!))!;
		const { blob, createdAt, size } = take.recording;
		const time = new Date(createdAt).toLocaleTimeString();
		const shown = bound(this, 'take');
		shown.replaceChildren(player(blob, fill(this.#text.take, { prompt: this.dataset['promptShort']!, time }), this.#text));
		shown.hidden = false;
		showSpeech(shown, blob, take.transcript);
		const refused = await keepTake(take);
		bound(this, 'status').textContent = refused
			? fill(this.#text.notSaved, { reason: refused })
			: fill(this.#text.recorded, { size: formatBytes(size), time });
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-answer-recorder': PrepAnswerRecorder;
	}
}

customElements.define('prep-answer-recorder', PrepAnswerRecorder);
