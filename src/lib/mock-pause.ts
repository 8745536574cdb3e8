/**
 * The pause between a mock loop's prompts as the reader steers it: held (the countdown stops with
 * what it had left) and lengthened, besides ending early (`resume` with `skip` in mock.ts). While
 * held, the island keeps the milliseconds left (`pauseLeft` at the moment of holding); the state's
 * `pauseEndsAt` is set again from them when the countdown continues.
 */
import type { MockState } from './mock.ts';

/** Continues a held pause at `now` with the `leftMs` it had when held. */
export const continuePause = (state: MockState, leftMs: number, now: number): MockState =>
	state.phase === 'pause' ? { ...state, pauseEndsAt: now + Math.max(0, leftMs) } : state;

/** Lengthens a running pause by `ms` (outside a pause, nothing changes). */
export const extendPause = (state: MockState, ms: number): MockState =>
	state.phase === 'pause' ? { ...state, pauseEndsAt: state.pauseEndsAt! + Math.max(0, ms) } : state;
