/**
 * The `prep-answer-recorder` element of AnswerRecorder.astro: one button starts and stops the
 * microphone; the take is stored in this browser (shared/recordings-storage.ts) and shown with its
 * player and its measure (speech/speech-hook.ts). Only the button is wired as the page loads: the
 * recording code (microphone, storage, player, measure) loads on the first press, so a reader who
 * never records never downloads it.
 */
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import { fillTemplate as fill } from '../../../lib/text.ts';
import type { AnswerTake } from '../shared/answer-take.ts';
import { canRecord, recordingsSupported } from '../shared/can-record.ts';
import { activate, bound } from '../shared/dom.ts';
import type { RecorderText } from './text.ts';
import { defineIsland } from '../../own-task.ts';

/** Everything a take needs, loaded together on the first press. */
const loadRecording = () =>
	Promise.all([
		import('../shared/answer-take.ts'),
		import('../shared/player.ts'),
		import('../speech/speech-hook.ts'),
		import('../../../lib/recordings.ts'),
	]).then(([take, { player }, speech, { formatBytes }]) => ({ ...take, player, ...speech, formatBytes }));

export class PrepAnswerRecorder extends HTMLElement {
	#text!: RecorderText;
	#take: AnswerTake | undefined;
	#recording: ReturnType<typeof loadRecording> | undefined;

	connectedCallback() {
		this.#text = readEmbeddedJson<{ text: RecorderText }>(this).text;
		activate(this, '[data-action="record"]');
		const button = this.#button();
		if (!canRecord() || !recordingsSupported()) {
			button.disabled = true;
			bound(this, 'unsupported').hidden = false;
			return;
		}
		button.addEventListener('click', () => void (this.#take?.running ? this.#stop() : this.#start()));
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
		const recording = await (this.#recording ??= loadRecording());
		this.#take ??= new recording.AnswerTake();
		try {
			if (!(await this.#take.start())) return;
		} catch (error) {
			status.textContent = fill(this.#text.noMic, { reason: error instanceof Error ? error.message : String(error) });
			return;
		}
		recording.clearSpeech(bound(this, 'take'));
		// The label says what a press does now; aria-pressed as well would read "Stop recording, pressed".
		const button = this.#button();
		button.textContent = this.#text.stopRecording;
		button.dataset['recording'] = '';
		status.textContent = this.#text.recording;
	}

	async #stop() {
		if (!this.#take?.running || !this.#recording) return;
		const { keepTake, player, showSpeech, formatBytes } = await this.#recording;
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

defineIsland('prep-answer-recorder', PrepAnswerRecorder);
