/**
 * The events the practice islands send each other, declared once with their detail types. The
 * global event maps make `addEventListener('prep:timed', (e) => e.detail.seconds)` typed, and
 * `emit` refuses a detail of the wrong shape.
 */
import type { FollowUpReason } from '../../../lib/follow-up.ts';
import type { Level } from '../../../schemas/ids.ts';

/** Fired (bubbling) by `prep-timer` when the candidate finishes a timed answer. */
export interface TimedDetail {
	seconds: number;
	preset: string;
}

/** Fired (bubbling) by `prep-checklist` when it saved an attempt. */
export interface ScoredDetail {
	promptId: string;
	level: Level;
	checked: number;
	total: number;
}

/** Fired (bubbling) by `prep-follow-up` when the reply to a follow-up was timed. */
export interface FollowUpTimedDetail {
	reason: FollowUpReason;
	question: string;
	seconds: number;
}

/** Every island event: its name and its detail (`null` for a plain signal). */
export interface PrepEvents {
	'prep:timed': TimedDetail;
	'prep:scored': ScoredDetail;
	'prep:follow-up-timed': FollowUpTimedDetail;
	/** Fired on `document` after any island saved practice data. */
	'prep:practice-changed': null;
	/** Fired on `document` after recordings were added or deleted. */
	'prep:recordings-changed': null;
}

type PrepEventMap = { [K in keyof PrepEvents]: CustomEvent<PrepEvents[K]> };

declare global {
	// Interface merging is the only way to add events to the DOM's own maps.
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type
	interface HTMLElementEventMap extends PrepEventMap {}
	// eslint-disable-next-line @typescript-eslint/no-empty-object-type
	interface DocumentEventMap extends PrepEventMap {}
}

/** Dispatches an island event; element events bubble so that a page or a containing island hears them. */
export function emit<K extends keyof PrepEvents>(target: EventTarget, type: K, detail: PrepEvents[K]) {
	target.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
}
