/**
 * The `prep-mock` element of MockLoop.astro. It reads the setup form, draws the prompts
 * (src/lib/mock.ts), shows one prompt at a time with its single practice timer and checklist,
 * records answers on request, pauses between prompts, and ends with a summary it saves to
 * practice storage. Showing a prompt starts its timer and, when chosen, its recording; finishing
 * the answer asks the interviewer's follow-up, and the recording runs on through the reply.
 * It drives the timer, the checklist and the follow-up round only through their element APIs
 * (`data-preset`, `data-locked`, `reset()`, `start()`; `data-prompt`, `data-level`; `ask()`,
 * `finish()`, `clear()`) and their events.
 */
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import { chooseFollowUp, type AnalysisEvidence, type FollowUp } from '../../../lib/follow-up.ts';
import {
	advance,
	createMock,
	endMock,
	pauseLeft,
	recordFollowUp,
	recordReply,
	recordScore,
	recordTime,
	resume,
	seededRandom,
	selectLoop,
	summarizeMock,
	type LoopChoice,
	type LoopPrompt,
	type MockState,
} from '../../../lib/mock.ts';
import { continuePause, extendPause } from '../../../lib/mock-pause.ts';
import { attemptId, type MockSession } from '../../../lib/practice-store.ts';
import { formatBytes, totalSize } from '../../../lib/recordings.ts';
import { clock, fillTemplate as fill } from '../../../lib/text.ts';
import type { Preset } from '../../../lib/timing.ts';
import type { Bucket, Level } from '../../../schemas/ids.ts';
import { AnswerTake, keepTake } from '../shared/answer-take.ts';
import { bound, el } from '../shared/dom.ts';
import { player } from '../shared/player.ts';
import { nameCellsByColumn } from '../shared/table.ts';
import { listOnlyShownHeadings } from '../shared/toc.ts';
import { commitPractice, openPractice } from '../shared/practice-storage.ts';
import {
	canRecord,
	clearRecordings,
	deleteRecording,
	listRecordings,
	recordingsSupported,
	type StoredRecording,
} from '../shared/recordings-storage.ts';
import { showStoredDataNotice } from '../shared/stored-data-notice.ts';
// Spoken-answer measuring (speech/): the hook is small; the analysis loads only once a recording exists.
import { clearSpeech, showSpeech, withSpeech } from '../speech/speech-hook.ts';
import type { MockText } from './text.ts';
import { defineIsland } from '../../own-task.ts';

type PromptInfo = LoopPrompt & {
	question: string;
	short: string;
	href: string;
	followUps: string[];
	/** The self-score checks that can show a gap (src/lib/follow-up.ts). */
	offered: string[];
};

/** How much "Add 30 seconds" adds to the pause between prompts. */
const EXTEND_MS = 30_000;

/** The mock loop island. */
export class PrepMock extends HTMLElement {
	#prompts = new Map<string, PromptInfo>();
	#presets: Preset[] = [];
	#text!: MockText;
	#state: MockState | undefined;
	#session:
		| {
				id: string;
				startedAt: string;
				loop: { kind: string; label: string };
				preset: Preset;
				level: Level;
				pauseMs: number;
				record: boolean;
		  }
		| undefined;
	#interval: ReturnType<typeof setInterval> | undefined;
	/** While the reader holds the pause: the milliseconds it had left. */
	#held: number | undefined;
	/** The answer being recorded, with its on-device transcript (shared/answer-take.ts). */
	#take = new AnswerTake();
	#recorded = new Map<string, StoredRecording>();

	connectedCallback() {
		const data = readEmbeddedJson<{ prompts: PromptInfo[]; presets: Preset[]; text: MockText }>(
			this,
			':scope > script[type="application/json"]',
		);
		this.#prompts = new Map(data.prompts.map((p) => [p.id, p]));
		this.#presets = data.presets;
		this.#text = data.text;
		for (const note of this.querySelectorAll<HTMLElement>(':scope > .needs-js')) note.hidden = true;
		const form = this.querySelector<HTMLFormElement>('form[data-form="setup"]')!;
		for (const c of form.querySelectorAll<HTMLFieldSetElement | HTMLButtonElement>('fieldset, button')) c.disabled = false;
		const record = form.elements.namedItem('record') as HTMLInputElement;
		record.disabled = !canRecord() || !recordingsSupported();
		this.#checklist().hidden = true;
		listOnlyShownHeadings(this);

		const loaded = openPractice();
		(form.elements.namedItem('level') as HTMLSelectElement).value = loaded.data.settings.level;
		showStoredDataNotice(bound(this, 'notice'), loaded, this.#text);

		form.addEventListener('submit', (e) => {
			e.preventDefault();
			this.#start(form);
		});
		this.addEventListener('click', (e) => {
			// `data-mock`, not `data-action`: the timer and checklists inside use data-action for their own buttons.
			const action = (e.target as HTMLElement).closest<HTMLElement>('[data-mock]')?.dataset['mock'];
			if (action) this.#act(action, e.target as HTMLElement);
		});
		this.addEventListener('prep:timed', (e) => {
			const { seconds } = e.detail;
			if (!this.#state) return;
			this.#state = recordTime(this.#state, seconds);
			bound(this, 'answer-status').textContent = fill(this.#text.timed, { time: clock(seconds) });
			// The recording runs on: the reply to the follow-up is recorded with the answer.
			void this.#askFollowUp();
		});
		this.addEventListener('prep:follow-up-timed', (e) => {
			if (!this.#state) return;
			this.#state = recordReply(this.#state, e.detail.seconds);
			if (this.#take.running) void this.#stopRecording();
		});
		this.addEventListener('prep:scored', (e) => {
			const { checked, total } = e.detail;
			if (!this.#state) return;
			this.#state = recordScore(this.#state, checked, total);
			bound(this, 'answer-status').textContent = fill(this.#text.scored, { checked, total });
		});
		document.addEventListener('prep:recordings-changed', () => void this.#renderRecordings());
		void this.#renderRecordings();
	}

	disconnectedCallback() {
		clearInterval(this.#interval);
	}

	#checklist() {
		return this.querySelector('prep-checklist')!;
	}

	#timer() {
		return this.querySelector('prep-timer')!;
	}

	#followUp() {
		return this.querySelector('prep-follow-up')!;
	}

	/**
	 * The follow-up for the current answer: judged on its text when there is one (`analysis`, from
	 * a transcript), else on the ticks of its self-score so far, else one of the prompt's own.
	 */
	#followUpFor(prompt: PromptInfo, analysis: AnalysisEvidence | null = null): FollowUp {
		const ticked = openPractice().data.checklists[prompt.id]?.checked ?? [];
		return chooseFollowUp({
			analysis,
			selfScore: { offered: prompt.offered, ticked },
			promptFollowUps: prompt.followUps,
			random: Math.random,
		});
	}

	/**
	 * Asks the current answer's follow-up, once, and starts its reply clock. Speech hook: what the
	 * browser has transcribed on the device so far is the answer's text, judged by the analyzer
	 * (loaded only then); without a transcript the self-score decides.
	 */
	async #askFollowUp() {
		const state = this.#state;
		if (!state || state.phase !== 'answer' || state.items[state.index]!.followUp) return;
		const { index } = state;
		const prompt = this.#prompts.get(state.items[index]!.promptId)!;
		const heard = this.#take.heardSoFar(); // speech hook: what the on-device transcript has heard
		let analysis: AnalysisEvidence | null = null;
		if (heard.length > 0) {
			const [{ transcriptText }, { analyzeAnswer }] = await Promise.all([
				import('../../../lib/speech/transcript.ts'),
				import('../../../lib/analyzer.ts'),
			]);
			analysis = analyzeAnswer(transcriptText(heard));
		}
		// The reader may have moved on while the analyzer loaded.
		const now = this.#state;
		if (!now || now.phase !== 'answer' || now.index !== index || now.items[index]!.followUp) return;
		const followUp = this.#followUpFor(prompt, analysis);
		this.#state = recordFollowUp(now, followUp);
		this.#followUp().ask(followUp);
	}

	#start(form: HTMLFormElement) {
		const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
		const kind = (form.querySelector<HTMLInputElement>('input[name="loop"]:checked')?.value ??
			'highest-signal') as LoopChoice['kind'];
		const t = this.#text;
		let choice: LoopChoice;
		let label: string;
		if (kind === 'bucket') {
			const bucket = value('bucket') as Bucket;
			choice = { kind, bucket };
			label = fill(t.bucketLoop, { bucket: t.buckets[bucket]! });
		} else if (kind === 'random') {
			const count = Math.max(1, Math.round(Number(value('count')) || 1));
			choice = { kind, count };
			label = fill(t.randomLoop, { count });
		} else {
			choice = { kind } as LoopChoice;
			label = form.querySelector<HTMLInputElement>('input[name="loop"]:checked')!.parentElement!.textContent!.trim();
		}
		const shuffled = (form.elements.namedItem('shuffle') as HTMLInputElement).checked;
		const now = new Date();
		const ids = selectLoop([...this.#prompts.values()], choice, seededRandom(now.getTime()), shuffled);
		const preset =
			this.#presets.find((p) => p.id === form.querySelector<HTMLInputElement>('input[name="timing"]:checked')?.value) ??
			this.#presets[0]!;
		const level = value('level') as Level;
		const { data } = openPractice();
		commitPractice({ ...data, settings: { ...data.settings, level } });
		this.#session = {
			id: `mock-${attemptId(now, Math.random)}`,
			startedAt: now.toISOString(),
			loop: { kind, label },
			preset,
			level,
			pauseMs: Math.max(0, Number(value('pause')) || 0) * 1000,
			record: (form.elements.namedItem('record') as HTMLInputElement).checked,
		};
		this.#recorded.clear();
		this.#state = createMock(ids);
		// The one timer runs every answer at the chosen length, locked for the loop: the summary
		// judges every answer against the preset chosen in setup.
		this.#timer().dataset['preset'] = preset.id;
		this.#timer().dataset['locked'] = '';
		form.hidden = true;
		bound(this, 'summary').hidden = true;
		bound(this, 'run').hidden = false;
		this.#showPrompt();
	}

	#act(action: string, target: HTMLElement) {
		if (action === 'again') {
			this.#setUpAgain();
			return;
		}
		if (!this.#state || !this.#session) {
			if (action === 'delete-all') void this.#deleteAll();
			if (action === 'delete-recording') void deleteRecording(target.dataset['id']!);
			return;
		}
		if (action === 'next') void this.#next();
		else if (action === 'end') {
			this.#followUp().finish(); // records a running reply before the loop ends
			void this.#finish(endMock(this.#state!));
		} else if (action === 'skip-pause') {
			this.#state = resume(this.#state, Date.now(), true);
			this.#showPrompt();
		} else if (action === 'hold-pause') this.#holdPause();
		else if (action === 'extend-pause') this.#extendPause();
		else if (action === 'record') void (this.#take.running ? this.#stopRecording() : this.#startRecording());
		else if (action === 'delete-all') void this.#deleteAll();
		else if (action === 'delete-recording') void deleteRecording(target.dataset['id']!);
	}

	/** Back to the setup form after a loop, with focus on its heading. */
	#setUpAgain() {
		this.#state = undefined;
		bound(this, 'summary').hidden = true;
		this.querySelector<HTMLFormElement>('form[data-form="setup"]')!.hidden = false;
		this.querySelector<HTMLElement>('#set-up')!.focus();
	}

	async #next() {
		if (!this.#state || !this.#session) return;
		this.#followUp().finish(); // a reply still running is timed where it stands
		if (this.#take.running) await this.#stopRecording();
		const next = advance(this.#state, Date.now(), this.#session.pauseMs);
		if (next.phase === 'done') {
			await this.#finish(next);
			return;
		}
		this.#state = next;
		this.#showPrompt();
	}

	/**
	 * Shows the pause countdown or the current prompt with its timer and checklist. `focusQuestion`
	 * moves focus to the new question; a pause that ends by itself passes false unless the focus
	 * was still on the pause, so that it never pulls the reader away from where they went.
	 */
	#showPrompt(focusQuestion = true) {
		const state = this.#state!;
		const t = this.#text;
		const prompt = this.#prompts.get(state.items[state.index]!.promptId)!;
		const pausing = state.phase === 'pause';
		bound(this, 'position').textContent = fill(t.position, { n: state.index + 1, total: state.items.length });
		bound(this, 'question').hidden = pausing;
		bound(this, 'answer').hidden = pausing;
		bound(this, 'pause').hidden = !pausing;
		this.querySelector<HTMLButtonElement>('[data-mock="next"]')!.hidden = pausing;
		clearInterval(this.#interval);
		this.#held = undefined;
		this.querySelector('[data-mock="hold-pause"]')!.setAttribute('aria-pressed', 'false');
		if (pausing) {
			bound(this, 'pause-announce').textContent = fill(t.pauseStarts, { time: this.#pauseTime() });
			this.#countDown();
			// "Next prompt" just hid itself: the pause's own button takes the focus.
			if (this.#state?.phase === 'pause') this.querySelector<HTMLButtonElement>('[data-mock="skip-pause"]')!.focus();
			return;
		}
		bound(this, 'pause-announce').textContent = '';
		bound(this, 'question').textContent = prompt.question;
		bound(this, 'answer-status').textContent = '';
		bound(this, 'record-status').textContent = '';
		bound(this, 'recorder').hidden = !this.#session!.record;
		clearSpeech(bound(this, 'recorder')); // speech hook: the last prompt's measure goes with it
		this.querySelector('[data-mock="next"]')!.textContent = state.index === state.items.length - 1 ? t.finish : t.next;
		this.#followUp().clear();
		this.#timer().reset(); // a fresh timer for each answer
		// One checklist serves every prompt of the loop: pointing it at a prompt loads that prompt's checks.
		const checklist = this.#checklist();
		checklist.dataset['prompt'] = prompt.id;
		checklist.dataset['level'] = this.#session!.level;
		checklist.hidden = false;
		if (focusQuestion) bound(this, 'question').focus();
		this.#startAnswer();
	}

	/** A prompt on screen is a prompt being answered: its timer starts and, when chosen, its recording. */
	#startAnswer() {
		this.#timer().start();
		if (this.#session!.record && !this.#take.running) void this.#startRecording();
	}

	/** What the pause has left, as the reader sees it: frozen while held. */
	#pauseTime() {
		return clock(Math.ceil((this.#held ?? pauseLeft(this.#state!, Date.now())) / 1000));
	}

	/** Counts the pause down on screen (not in the live region) until it ends and the prompt shows. */
	#countDown() {
		clearInterval(this.#interval);
		const focusInPause = () => document.activeElement === document.body || bound(this, 'pause').contains(document.activeElement);
		const tick = () => {
			if (!this.#state) return clearInterval(this.#interval);
			this.#state = resume(this.#state, Date.now());
			if (this.#state.phase === 'answer') this.#showPrompt(focusInPause());
			else bound(this, 'pause-left').textContent = fill(this.#text.pauseLeft, { time: this.#pauseTime() });
		};
		tick();
		if (this.#state?.phase === 'pause') this.#interval = setInterval(tick, 250);
	}

	/** Holds the countdown, or lets it run again; said once either way, and focus stays on the button. */
	#holdPause() {
		if (this.#state?.phase !== 'pause') return;
		const t = this.#text;
		const holding = this.#held === undefined;
		if (holding) {
			this.#held = pauseLeft(this.#state, Date.now());
			clearInterval(this.#interval);
			bound(this, 'pause-left').textContent = fill(t.pauseHeld, { time: this.#pauseTime() });
		} else {
			this.#state = continuePause(this.#state, this.#held!, Date.now());
			this.#held = undefined;
		}
		this.querySelector('[data-mock="hold-pause"]')!.setAttribute('aria-pressed', String(holding));
		bound(this, 'pause-announce').textContent = fill(holding ? t.pauseHeld : t.pauseRunning, { time: this.#pauseTime() });
		if (!holding) this.#countDown();
	}

	/** Adds half a minute to the pause, held or running, and says the new time once. */
	#extendPause() {
		if (this.#state?.phase !== 'pause') return;
		const t = this.#text;
		const held = this.#held !== undefined;
		if (held) this.#held! += EXTEND_MS;
		else this.#state = extendPause(this.#state, EXTEND_MS);
		const time = this.#pauseTime();
		bound(this, 'pause-left').textContent = fill(held ? t.pauseHeld : t.pauseLeft, { time });
		bound(this, 'pause-announce').textContent = fill(held ? t.pauseExtendedHeld : t.pauseExtended, { time });
	}

	async #startRecording() {
		try {
			if (!(await this.#take.start())) return;
		} catch (error) {
			bound(this, 'record-status').textContent = fill(this.#text.noMic, {
				reason: error instanceof Error ? error.message : String(error),
			});
			return;
		}
		clearSpeech(bound(this, 'recorder'));
		// The label says what a press does now; no aria-pressed as well, which would read "Stop recording, pressed".
		const button = this.querySelector<HTMLButtonElement>('[data-mock="record"]')!;
		button.textContent = this.#text.stopRecording;
		button.dataset['recording'] = '';
		bound(this, 'record-status').textContent = this.#text.recording;
	}

	async #stopRecording() {
		if (!this.#take.running || !this.#state || !this.#session) return;
		const button = this.querySelector<HTMLButtonElement>('[data-mock="record"]')!;
		button.textContent = this.#text.startRecording;
		delete button.dataset['recording'];
		const promptId = this.#state.items[this.#state.index]!.promptId;
		const take = (await this.#take.stop(this.#session.id, promptId))!;
		// Speech hook: measure the recording (and read its transcript) beside it.
		showSpeech(bound(this, 'recorder'), take.recording.blob, take.transcript);
		this.#recorded.set(promptId, take.recording);
		const refused = await keepTake(take);
		bound(this, 'record-status').textContent = refused
			? fill(this.#text.noMic, { reason: refused })
			: fill(this.#text.recorded, { size: formatBytes(take.recording.size) });
	}

	async #finish(state: MockState) {
		clearInterval(this.#interval);
		if (this.#take.running) await this.#stopRecording();
		const session = this.#session!;
		const done = endMock(state);
		this.#state = undefined;
		const record: MockSession = {
			id: session.id,
			startedAt: session.startedAt,
			finishedAt: new Date().toISOString(),
			loop: session.loop,
			preset: session.preset.id,
			level: session.level,
			items: done.items,
		};
		const { data } = openPractice();
		const saved = commitPractice({ ...data, mocks: [...data.mocks, record] });
		this.#renderSummary(record, saved);
	}

	#renderSummary(session: MockSession, saved: boolean) {
		const t = this.#text;
		const preset = this.#session!.preset;
		const summary = summarizeMock(session.items, preset);
		bound(this, 'run').hidden = true;
		this.#checklist().hidden = true;
		bound(this, 'summary').hidden = false;
		bound(this, 'summary-status').textContent =
			`${fill(t.summary, { answered: summary.answered, total: summary.rows.length, time: clock(summary.totalSeconds) })} ${saved ? t.saved : t.saveFailed}`;
		bound(this, 'summary-rows').replaceChildren(
			...summary.rows.map((row) => {
				const prompt = this.#prompts.get(row.promptId)!;
				const tr = el('tr');
				const th = el('th', undefined, { scope: 'row' });
				th.append(el('a', prompt.question, { href: prompt.href }));
				const recording = this.#recorded.get(row.promptId);
				const cells: (string | Node)[] = [
					row.seconds === null ? t.notTimed : clock(row.seconds),
					row.verdict === null
						? t.notTimed
						: `${t.verdicts[row.verdict]!} (${clock(preset.target.min)}–${clock(preset.target.max)})`,
					row.score === null ? t.notScored : `${Math.round(row.score * 100)}%`,
					this.#followUpCell(row.followUp),
					recording ? withSpeech(player(recording.blob, prompt.short, t), recording.blob) : '', // speech hook
				];
				tr.append(
					th,
					...cells.map((c) => {
						const td = el('td');
						td.append(c);
						return td;
					}),
				);
				return tr;
			}),
		);
		nameCellsByColumn(bound(this, 'summary-rows').closest('table')!);
		const repeat = summary.rows.filter((r) => r.repeat.length > 0);
		bound(this, 'repeat').replaceChildren(
			...(repeat.length === 0
				? [el('li', t.repeatNone)]
				: repeat.map((r) => {
						const li = el('li');
						const prompt = this.#prompts.get(r.promptId)!;
						li.append(el('a', prompt.question, { href: prompt.href }), ` (${r.repeat.map((x) => t.reasons[x]).join(', ')})`);
						return li;
					})),
		);
		this.querySelector<HTMLElement>('#summary')!.focus();
	}

	/** The follow-up asked after an answer and its reply's time. */
	#followUpCell(followUp: MockSession['items'][number]['followUp'] | null) {
		if (!followUp) return this.#text.noFollowUp;
		const t = this.#text;
		return `${followUp.question} (${followUp.seconds === null ? t.replyNotTimed : fill(t.reply, { time: clock(followUp.seconds) })})`;
	}

	async #deleteAll() {
		if (!window.confirm(this.#text.confirmDeleteAll)) return;
		await clearRecordings();
	}

	async #renderRecordings() {
		const t = this.#text;
		const list = bound(this, 'recordings');
		if (!recordingsSupported()) return;
		let all: StoredRecording[];
		try {
			all = await listRecordings();
		} catch {
			return; // IndexedDB refused (private mode in some browsers): nothing to list
		}
		// With nothing stored, one sentence says so; an empty list would only repeat it.
		bound(this, 'storage').textContent = all.length
			? fill(t.storage, { count: all.length, size: formatBytes(totalSize(all)) })
			: t.noRecordings;
		this.querySelector<HTMLButtonElement>('[data-mock="delete-all"]')!.disabled = all.length === 0;
		list.hidden = all.length === 0;
		list.replaceChildren(
			...all.map((r) => {
				const prompt = this.#prompts.get(r.promptId);
				const label = `${prompt?.short ?? r.promptId}, ${new Date(r.createdAt).toLocaleString()}`;
				// Delete sits on the player's own row, lined up with its play and speed buttons.
				const controls = player(r.blob, label, t);
				controls.append(
					el('button', t.delete, {
						type: 'button',
						'data-mock': 'delete-recording',
						'data-id': r.id,
						'aria-label': `${t.delete}: ${label}`,
					}),
				);
				const li = el('li');
				li.append(
					el('span', `${label} · ${formatBytes(Number.isFinite(r.size) ? r.size : 0)}`),
					withSpeech(controls, r.blob, `${r.id}:${r.size}`), // speech hook
				);
				return li;
			}),
		);
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-mock': PrepMock;
	}
}

defineIsland('prep-mock', PrepMock, ['prep-timer', 'prep-checklist', 'prep-follow-up']);
