/**
 * The `prep-follow-up` element of FollowUp.astro: the interviewer's follow-up and the reply clock.
 *
 * Its surface, for pages and other islands:
 * - `ask(followUp)` shows the question and starts the reply clock (the mock loop calls it after
 *   each answer; on a prompt page "Ask me a follow-up" calls it with a choice of its own);
 * - `finish()` stops the clock (the Finish button does the same) and returns the reply's seconds;
 * - `clear()` hides the round, for the next prompt;
 * - it fires `prep:follow-up-timed` (bubbling) with the question, why it was asked and the seconds.
 */
import { readEmbeddedJson } from '../../../lib/embed-json.ts';
import { chooseFollowUp, FOLLOW_UP_WINDOW, judgeReply, type FollowUp } from '../../../lib/follow-up.ts';
import { clock, fillTemplate as fill } from '../../../lib/text.ts';
import { overBy } from '../../../lib/timing.ts';
import { activate, bound } from '../shared/dom.ts';
import { emit } from '../shared/events.ts';
import { openDrafts, openPractice } from '../shared/practice-storage.ts';
import type { FollowUpText } from './text.ts';
import { defineIsland } from '../../own-task.ts';

/** What a prompt page's round chooses from. */
interface Own {
	promptId: string;
	followUps: string[];
	offered: string[];
}

export class PrepFollowUp extends HTMLElement {
	#text!: FollowUpText;
	#own: Own | null = null;
	#asked: FollowUp | undefined;
	#startedAt: number | undefined;
	#interval: ReturnType<typeof setInterval> | undefined;

	connectedCallback() {
		const data = readEmbeddedJson<{ own: Own | null; text: FollowUpText }>(this);
		this.#text = data.text;
		this.#own = data.own;
		activate(this, 'button[data-action="ask"]');
		this.addEventListener('click', (event) => {
			const action = (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset['action'];
			if (action === 'ask') void this.#askOwn();
			else if (action === 'finish') this.finish();
		});
	}

	disconnectedCallback() {
		clearInterval(this.#interval);
	}

	/** True while the reply clock runs. */
	get running() {
		return this.#startedAt !== undefined;
	}

	/** Asks `followUp` and starts the reply clock. */
	ask(followUp: FollowUp) {
		this.#asked = followUp;
		this.#startedAt = Date.now();
		bound(this, 'round').hidden = false;
		bound(this, 'asked').textContent = followUp.question;
		bound(this, 'why').textContent = this.#text.why[followUp.reason];
		bound(this, 'result').textContent = '';
		this.#finishButton().disabled = false;
		bound(this, 'announce').textContent = fill(this.#text.asked, { question: followUp.question });
		clearInterval(this.#interval);
		this.#interval = setInterval(() => this.#render(), 250);
		this.#render();
	}

	/** Stops the reply clock; returns the reply's seconds, or null when no reply was running. */
	finish(): number | null {
		if (this.#startedAt === undefined || !this.#asked) return null;
		const seconds = Math.round((Date.now() - this.#startedAt) / 1000);
		this.#render();
		this.#startedAt = undefined;
		clearInterval(this.#interval);
		const finishButton = this.#finishButton();
		const hadFocus = document.activeElement === finishButton;
		finishButton.disabled = true;
		const sentence = fill(this.#text.replied, { time: clock(seconds), verdict: this.#text.verdicts[judgeReply(seconds)] });
		bound(this, 'result').textContent = sentence;
		bound(this, 'announce').textContent = sentence;
		// The Finish button just disabled itself: the question keeps the focus inside the round.
		if (hadFocus) bound(this, 'asked').focus();
		emit(this, 'prep:follow-up-timed', { ...this.#asked, seconds });
		return seconds;
	}

	/** Hides the round and stops its clock, for the next answer. */
	clear() {
		this.#startedAt = undefined;
		this.#asked = undefined;
		clearInterval(this.#interval);
		bound(this, 'round').hidden = true;
		bound(this, 'announce').textContent = '';
	}

	#finishButton() {
		return this.querySelector<HTMLButtonElement>('button[data-action="finish"]')!;
	}

	#render() {
		if (this.#startedAt === undefined) return;
		const elapsed = (Date.now() - this.#startedAt) / 1000;
		const over = overBy(elapsed, FOLLOW_UP_WINDOW.max);
		bound(this, 'clock').textContent = clock(Math.floor(elapsed));
		bound(this, 'over').textContent = over ? `(${fill(this.#text.overBy, { time: clock(over) })})` : '';
		bound(this, 'clock-line').toggleAttribute('data-over', over > 0);
	}

	/** A prompt page's choice: the kept draft judged by the analyzer, else the stored self-score. */
	async #askOwn() {
		const own = this.#own;
		if (!own) return;
		const draft = openDrafts().data.drafts[own.promptId]?.text ?? '';
		const analysis = draft.trim() ? (await import('../../../lib/analyzer.ts')).analyzeAnswer(draft) : null;
		const ticked = openPractice().data.checklists[own.promptId]?.checked ?? [];
		this.ask(
			chooseFollowUp({
				analysis,
				selfScore: { offered: own.offered, ticked },
				promptFollowUps: own.followUps,
				random: Math.random,
			}),
		);
		bound(this, 'asked').focus();
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'prep-follow-up': PrepFollowUp;
	}
}

defineIsland('prep-follow-up', PrepFollowUp);
