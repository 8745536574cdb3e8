/**
 * The `prep-timer` element of PracticeTimer.astro: it wires the buttons, keys and announcements
 * to the timing in src/lib/timer.ts and src/lib/timing.ts.
 *
 * Its surface, for pages and other islands:
 * - `data-preset="<preset id>"` chooses the length, as the reader's radio would;
 * - `data-locked` (present) locks the length choice, for a mock loop that judges every answer
 *   against the preset chosen in its setup;
 * - `reset()` starts over, for the next answer;
 * - `start()` starts an idle timer, as the Start button would (a mock loop starts each answer's);
 * - it fires `prep:timed` (bubbling) when the candidate finishes.
 */
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import { clock, fillTemplate as fill } from '../../../lib/text.ts';
import {
	createTimer,
	finish,
	nextBeat,
	pause,
	readTimer,
	reset,
	start,
	type PlannedBeat,
	type TimerState,
} from '../../../lib/timer.ts';
import { customPreset, judgeLength, overBy, planBeats, presetTotal, type BeatWindow, type Preset } from '../../../lib/timing.ts';
import { activate, bound, fieldError } from '../shared/dom.ts';
import { emit } from '../shared/events.ts';
import { commitPractice, openPractice } from '../shared/practice-storage.ts';
import type { TimerText } from './text.ts';
import { defineIsland } from '../../own-task.ts';

type Beat = BeatWindow & { cue: string };
type Action = 'toggle' | 'next' | 'finish' | 'reset' | 'score';

/** Keys the timer answers to while it has focus. */
const KEYS: Record<string, Action> = { s: 'toggle', n: 'next', f: 'finish', r: 'reset' };

export class PrepTimer extends HTMLElement {
	static observedAttributes = ['data-preset', 'data-locked'];
	#beats: Beat[] = [];
	#presets: Preset[] = [];
	#text!: TimerText;
	#preset!: Preset;
	#plan: PlannedBeat[] = [];
	#state: TimerState = createTimer();
	#shownBeat = -1;
	#overtimeAnnounced = false;
	#interval: ReturnType<typeof setInterval> | undefined;
	#audio: AudioContext | undefined;
	#connected = false;

	connectedCallback() {
		const data = readEmbeddedJson<{ beats: Beat[]; presets: Preset[]; text: TimerText }>(this);
		this.#beats = data.beats;
		this.#presets = data.presets;
		this.#text = data.text;
		this.#preset = this.#presets.find((p) => p.default) ?? this.#presets[0]!;
		this.#plan = planBeats(this.#beats);
		this.querySelector<HTMLElement>('.now')!.hidden = false;
		activate(this, 'button, fieldset, input[name="sound"]');
		this.#button('next').disabled = true;
		this.#button('finish').disabled = true;

		const sound = this.#soundBox();
		sound.checked = openPractice().data.settings.sound;
		sound.addEventListener('change', () => {
			const { data } = openPractice();
			commitPractice({ ...data, settings: { ...data.settings, sound: sound.checked } });
		});
		document.addEventListener('prep:practice-changed', () => (sound.checked = openPractice().data.settings.sound));
		this.addEventListener('click', (event) => {
			const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
			if (action) this.#act(action as Action);
		});
		this.addEventListener('keydown', (event) => this.#onKey(event));
		this.#presetField().addEventListener('change', () => this.#choosePreset());
		this.#connected = true;
		this.attributeChangedCallback();
		this.#render();
	}

	disconnectedCallback() {
		clearInterval(this.#interval);
	}

	/** Applies `data-preset` and `data-locked`. */
	attributeChangedCallback() {
		if (!this.#connected) return;
		this.#syncLengthLock();
		const wanted = this.dataset['preset'];
		const radio = wanted ? this.querySelector<HTMLInputElement>(`input[name="preset"][value="${CSS.escape(wanted)}"]`) : null;
		if (radio && !radio.checked) {
			radio.checked = true;
			this.#choosePreset();
		}
	}

	/**
	 * The length can change only while the timer is idle or finished, so that arrowing through the
	 * choices never resets a run; a mock loop locks it for the whole loop (`data-locked`).
	 */
	#syncLengthLock() {
		const running = this.#state.status === 'running' || this.#state.status === 'paused';
		this.#presetField().disabled = this.hasAttribute('data-locked') || running;
		bound(this, 'length-lock').hidden = !running || this.hasAttribute('data-locked');
	}

	/** Starts over: the next answer gets a fresh timer. */
	reset() {
		this.#act('reset');
	}

	/** Starts the timer when it is idle; does nothing once it runs. */
	start() {
		if (this.#state.status === 'idle') this.#act('toggle');
	}

	#button(action: Action) {
		return this.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!;
	}

	#presetField() {
		return this.querySelector<HTMLFieldSetElement>('fieldset.presets')!;
	}

	#soundBox() {
		return this.querySelector<HTMLInputElement>('input[name="sound"]')!;
	}

	#onKey(event: KeyboardEvent) {
		if (event.altKey || event.ctrlKey || event.metaKey) return;
		if ((event.target as HTMLElement).matches('input[type="number"], input[type="text"], textarea')) return;
		const action = KEYS[event.key.toLowerCase()];
		if (!action) return;
		event.preventDefault();
		this.#act(action);
	}

	#act(action: Action) {
		const now = Date.now();
		const before = this.#state.status;
		const say = this.#text.announce;
		if (action === 'toggle') {
			this.#state = before === 'running' ? pause(this.#state, this.#plan, now) : start(this.#state, now);
			if (before === 'idle') {
				const first = this.#beats[0]!;
				this.#shownBeat = 0; // announced here with the start, not again by #render
				this.#announce(`${say.started} ${first.title}: ${first.cue}`);
			} else if (before === 'running') {
				this.#announce(fill(say.paused, { time: clock(readTimer(this.#state, this.#plan, now).elapsed / 1000) }));
			} else {
				this.#announce(say.resumed);
			}
		} else if (action === 'next') {
			this.#state = nextBeat(this.#state, this.#plan, now);
		} else if (action === 'finish') {
			this.#state = finish(this.#state, this.#plan, now);
			this.#showResult(readTimer(this.#state, this.#plan, now).elapsed / 1000);
			// Finish disables itself: focus goes on to the result's next step, not to the page.
			if (this.contains(document.activeElement) || document.activeElement === document.body)
				this.querySelector<HTMLElement>('[data-action="score"]')!.focus();
		} else if (action === 'reset') {
			this.#state = reset();
			this.#shownBeat = -1;
			this.#overtimeAnnounced = false;
			this.querySelector<HTMLElement>('.result')!.hidden = true;
			this.#announce(say.reset);
		} else if (action === 'score') {
			// The checklist the page shows (a mock loop moves one checklist between prompts).
			[...document.querySelectorAll('prep-checklist')].find((checklist) => !checklist.hidden)?.showScore();
		}
		this.#syncTicking();
		this.#render();
	}

	#choosePreset() {
		if (this.#state.status !== 'idle') this.#act('reset');
		const choice = this.querySelector<HTMLInputElement>('input[name="preset"]:checked')!.value;
		const base = this.#presets.find((p) => p.default) ?? this.#presets[0]!;
		const field = this.querySelector<HTMLInputElement>('input[name="custom-total"]')!;
		const customTotal = Number(field.value);
		const inRange = field.value.trim() !== '' && customTotal >= Number(field.min) && customTotal <= Number(field.max);
		// A length outside the range is said on the field and not used; the reader's number stays.
		if (choice === 'custom' || document.activeElement === field) {
			fieldError(
				field,
				inRange ? '' : fill(this.#text.customRange, { min: clock(Number(field.min)), max: clock(Number(field.max)) }),
			);
		}
		if (choice === 'custom' && inRange) {
			this.#preset = customPreset(Math.round(customTotal), base);
			this.#plan = planBeats(this.#beats, this.#preset.target.max);
		} else if (choice === 'custom') {
			return;
		} else {
			this.#preset = this.#presets.find((p) => p.id === choice) ?? base;
			this.#plan = planBeats(this.#beats, presetTotal(this.#preset, this.#beats));
		}
		this.#render();
	}

	#syncTicking() {
		clearInterval(this.#interval);
		this.#interval = undefined;
		// Redraw a few times a second while running; the reading comes from timestamps, so a
		// throttled background tab shows the right time as soon as it redraws.
		if (this.#state.status === 'running') this.#interval = setInterval(() => this.#render(), 250);
	}

	#render() {
		const reading = readTimer(this.#state, this.#plan, Date.now());
		const beat = this.#beats[reading.beatIndex]!;
		const planned = this.#plan[reading.beatIndex]!;
		bound(this, 'beat').textContent = beat.title;
		bound(this, 'cue').textContent = beat.cue;
		bound(this, 'beat-time').textContent = clock(reading.beatElapsed / 1000);
		bound(this, 'beat-window').textContent = clock(planned.seconds);
		bound(this, 'total').textContent = clock(reading.elapsed / 1000);
		const plannedTotal = this.#plan.reduce((s, b) => s + b.seconds, 0);
		bound(this, 'planned').textContent = clock(plannedTotal);
		this.#showOver('beat', reading.beatElapsed / 1000, planned.seconds);
		this.#showOver('total', reading.elapsed / 1000, plannedTotal);
		this.querySelectorAll<HTMLLIElement>('.beats li').forEach((li, i) => {
			if (i === reading.beatIndex) li.setAttribute('aria-current', 'step');
			else li.removeAttribute('aria-current');
			bound(li, 'window').textContent = clock(this.#plan[i]!.seconds);
		});
		this.#syncLengthLock();
		const toggle = this.#button('toggle');
		toggle.textContent =
			this.#text.toggle[reading.status === 'running' ? 'pause' : reading.status === 'paused' ? 'resume' : 'start'];
		toggle.disabled = reading.status === 'finished';
		this.#button('next').disabled =
			reading.status === 'idle' || reading.status === 'finished' || reading.beatIndex === this.#plan.length - 1;
		this.#button('finish').disabled = reading.status === 'idle' || reading.status === 'finished';
		if (reading.status === 'running' && reading.beatIndex !== this.#shownBeat) {
			if (this.#shownBeat !== -1) this.#chime();
			this.#shownBeat = reading.beatIndex;
			this.#announce(`${beat.title}: ${beat.cue}`);
		}
		if (reading.overtime && reading.status === 'running' && !this.#overtimeAnnounced) {
			this.#overtimeAnnounced = true;
			this.#chime();
			this.#announce(this.#text.announce.overtime);
		}
	}

	/** Marks a clock line that runs past its window, in colour and in words ("over by 1:25"). */
	#showOver(line: 'beat' | 'total', elapsed: number, limit: number) {
		const over = overBy(elapsed, limit);
		bound(this, `${line}-clock`).toggleAttribute('data-over', over > 0);
		bound(this, `${line}-over`).textContent = over ? `(${fill(this.#text.overBy, { time: clock(over) })})` : '';
	}

	#showResult(seconds: number) {
		const p = this.#preset;
		const sentence = fill(this.#text.verdicts[judgeLength(seconds, p)], {
			time: clock(seconds),
			target: `${clock(p.target.min)}–${clock(p.target.max)}`,
			thin: clock(p.thinBelow),
			max: clock(p.target.max),
			tooLong: clock(p.tooLongAbove),
		});
		bound(this, 'verdict').textContent = sentence;
		this.querySelector<HTMLElement>('.result')!.hidden = false;
		this.#announce(sentence);
		emit(this, 'prep:timed', { seconds: Math.round(seconds), preset: p.id });
	}

	/** Says a milestone politely to screen readers: starts, beat changes, pauses, the result. */
	#announce(message: string) {
		bound(this, 'announce').textContent = message;
	}

	/** A short, soft tone, only when the candidate turned sound on. */
	#chime() {
		if (!this.#soundBox().checked) return;
		try {
			this.#audio ??= new AudioContext();
			const tone = this.#audio.createOscillator();
			const gain = this.#audio.createGain();
			tone.frequency.value = 660;
			gain.gain.setValueAtTime(0.08, this.#audio.currentTime);
			gain.gain.exponentialRampToValueAtTime(0.0001, this.#audio.currentTime + 0.25);
			tone.connect(gain).connect(this.#audio.destination);
			tone.start();
			tone.stop(this.#audio.currentTime + 0.25);
		} catch {
			// No audio output: the visual and spoken cues still carry the beat change.
		}
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-timer': PrepTimer;
	}
}

defineIsland('prep-timer', PrepTimer);
