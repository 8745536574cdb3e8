/**
 * The `prep-checklist` element of ScoreChecklist.astro: it wires the checks in the markup to
 * stored practice data (ticks per prompt, the level, saved attempts).
 *
 * Its surface, for pages and other islands:
 * - `data-prompt="<prompt id>"` is the prompt scored; changing it moves the checklist to another
 *   prompt's checks and ticks (the mock loop holds one checklist for every prompt);
 * - `data-level="<level>"` sets the level scored against, as the reader's select would, without
 *   saving it as the reader's choice;
 * - `showScore()` scrolls to the checklist and focuses its heading (the timer's "Score this attempt");
 * - it listens for `prep:timed` to attach the time and `prep:follow-up-timed` to attach the
 *   follow-up and its reply's time, and fires `prep:scored` (bubbling) on save.
 */
import { checksAt, scoreAt, type ScoredCheck } from '../../../lib/checklist.ts';
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import type { FollowUpRecord } from '../../../lib/follow-up.ts';
import { attemptId, recordAttempt, setChecked } from '../../../lib/practice-store.ts';
import { clock, fillTemplate as fill } from '../../../lib/text.ts';
import { LEVELS, type Level } from '../../../schemas/ids.ts';
import { activate, bound, el, saveError } from '../shared/dom.ts';
import { emit, type TimedDetail } from '../shared/events.ts';
import { commitPractice, openPractice } from '../shared/practice-storage.ts';
import { showStoredDataNotice } from '../shared/stored-data-notice.ts';
import type { ChecklistText } from './text.ts';
import { defineIsland } from '../../own-task.ts';

const isLevel = (value: string | undefined): value is Level => LEVELS.includes(value as Level);

export class PrepChecklist extends HTMLElement {
	static observedAttributes = ['data-prompt', 'data-level'];
	#prompt = '';
	/** Every check in the markup, with the prompts it applies to (undefined: all of them). */
	#all: (ScoredCheck & { prompts?: string[] })[] = [];
	#timed: TimedDetail | undefined;
	#followUp: FollowUpRecord | undefined;
	#text!: ChecklistText;
	#progressHref = '';
	#connected = false;

	/** The checks that apply to the current prompt. */
	get #checks(): ScoredCheck[] {
		return this.#all.filter((c) => !c.prompts || c.prompts.includes(this.#prompt));
	}

	connectedCallback() {
		const data = readEmbeddedJson<{ text: ChecklistText; progressHref: string }>(this);
		this.#text = data.text;
		this.#progressHref = data.progressHref;
		this.#prompt = this.dataset['prompt']!;
		// The checks are in the markup; rebuild their model from it rather than shipping it twice.
		this.#all = [...this.querySelectorAll<HTMLElement>('.check')].map((check) => {
			const level = check.dataset['level'];
			const prompts = check.dataset['prompts']?.split(' ');
			return { id: check.querySelector('input')!.value, ...(isLevel(level) ? { level } : {}), ...(prompts ? { prompts } : {}) };
		});
		const loaded = openPractice();
		showStoredDataNotice(bound(this, 'notice'), loaded, this.#text);
		const select = this.#select();
		select.value = isLevel(this.dataset['level']) ? this.dataset['level'] : loaded.data.settings.level;
		activate(this, 'input, select, button');
		this.#loadTicks();

		select.addEventListener('change', () => this.#chooseLevel(this.#level()));
		this.addEventListener('change', (event) => {
			const box = event.target as HTMLElement;
			if (box.matches('input[type="checkbox"]')) this.#saveTicks(box.closest('.check')!);
		});
		this.querySelector('[data-action="save"]')!.addEventListener('click', () => this.#saveAttempt());
		this.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
			for (const box of this.#boxes()) box.checked = false;
			this.#saveTicks(this.#actions());
		});
		document.addEventListener('prep:timed', (event) => {
			// A page may hold a hidden checklist (the mock loop between answers): only a shown one is timed.
			if (this.hidden) return;
			this.#timed = event.detail;
			bound(this, 'timed').textContent = fill(this.#text.timed, { time: clock(this.#timed.seconds) });
		});
		// Ticks saved here or in another tab of the same prompt show at once.
		// The follow-up round's reply goes with the attempt saved next (src/lib/follow-up.ts).
		document.addEventListener('prep:follow-up-timed', (event) => {
			if (!this.hidden) this.#followUp = event.detail;
		});
		document.addEventListener('prep:practice-changed', () => {
			this.#loadTicks();
			this.#updateScore();
		});
		this.#connected = true;
		this.#showLevel(this.#level());
	}

	/** Moving to another prompt loads that prompt's ticks and checks; a new level shows its checks. */
	attributeChangedCallback(name: string) {
		if (!this.#connected) return;
		if (name === 'data-level') {
			const level = this.dataset['level'];
			if (isLevel(level) && level !== this.#select().value) {
				this.#select().value = level;
				this.#showLevel(level);
			}
			return;
		}
		if (this.dataset['prompt'] === this.#prompt) return;
		this.#prompt = this.dataset['prompt']!;
		this.#clearTimed();
		bound(this, 'saved').textContent = '';
		this.#loadTicks();
		this.#showLevel(this.#level());
	}

	/** Brings the checklist into view with focus on its heading, ready to score. */
	showScore() {
		const heading = this.querySelector<HTMLElement>('[data-score-heading]')!;
		heading.scrollIntoView({ block: 'start' });
		heading.focus();
	}

	#select() {
		return this.querySelector('select')!;
	}

	#boxes() {
		return [...this.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	}

	#level(): Level {
		const value = this.#select().value;
		return isLevel(value) ? value : 'senior';
	}

	#levelLabel() {
		return this.#select().selectedOptions[0]!.text;
	}

	#loadTicks() {
		const ticked = new Set(openPractice().data.checklists[this.#prompt]?.checked ?? []);
		for (const box of this.#boxes()) box.checked = ticked.has(box.value);
	}

	#clearTimed() {
		this.#timed = undefined;
		this.#followUp = undefined;
		bound(this, 'timed').textContent = this.#text.untimed;
	}

	/** The ticked checks of the current prompt (a hidden box of another prompt never counts). */
	#ticked() {
		const applies = new Set(this.#checks.map((c) => c.id));
		return this.#boxes()
			.filter((b) => b.checked && applies.has(b.value))
			.map((b) => b.value);
	}

	#chooseLevel(level: Level) {
		const { data } = openPractice();
		this.#report(commitPractice({ ...data, settings: { ...data.settings, level } }), this.#select().closest('label')!);
		this.#showLevel(level);
	}

	#showLevel(level: Level) {
		const shown = new Set(checksAt(this.#checks, level).map((c) => c.id));
		for (const check of this.querySelectorAll<HTMLElement>('.check'))
			check.hidden = !shown.has(check.querySelector('input')!.value);
		this.#updateScore();
	}

	#saveTicks(near: Element) {
		const { data } = openPractice();
		this.#report(commitPractice(setChecked(data, this.#prompt, this.#ticked(), new Date())), near);
		this.#updateScore();
	}

	#updateScore() {
		const score = scoreAt(this.#checks, this.#level(), this.#ticked());
		bound(this, 'score').textContent = fill(this.#text.score, { ...score, level: this.#levelLabel() });
	}

	#saveAttempt() {
		const level = this.#level();
		const score = scoreAt(this.#checks, level, this.#ticked());
		const now = new Date();
		const { data } = openPractice();
		const saved = commitPractice(
			recordAttempt(data, {
				id: attemptId(now, Math.random),
				promptId: this.#prompt,
				date: now.toISOString(),
				seconds: this.#timed?.seconds ?? null,
				preset: this.#timed?.preset ?? null,
				level,
				...score,
				...(this.#followUp ? { followUp: this.#followUp } : {}),
			}),
		);
		this.#report(saved, this.#actions());
		if (!saved) return;
		emit(this, 'prep:scored', { promptId: this.#prompt, level, ...score });
		for (const box of this.#boxes()) box.checked = false;
		const out = bound(this, 'saved');
		out.textContent = fill(this.#text.saved, {
			...score,
			level: this.#levelLabel(),
			time: this.#timed ? `, ${clock(this.#timed.seconds)}` : '',
		});
		out.append(' ', el('a', this.#text.progressLabel, { href: this.#progressHref }), '.');
		this.#clearTimed();
		this.#updateScore();
	}

	#actions() {
		return this.querySelector('.actions')!;
	}

	/** Says next to the control when the browser refused to store, once storage had been usable. */
	#report(saved: boolean, near: Element) {
		if (openPractice().status === 'unavailable') return;
		saveError(near, saved ? '' : this.#text.saveFailed);
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-checklist': PrepChecklist;
	}
}

defineIsland('prep-checklist', PrepChecklist);
