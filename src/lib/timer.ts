/**
 * The practice timer's state machine, paced by the STAR-TR beats. Time is never counted in
 * ticks: the state records timestamps, and `readTimer(state, plan, now)` derives the elapsed
 * time and the current beat from them, so a background tab or a slow device never drifts.
 *
 * A beat runs for its planned seconds and then the next one starts by itself; "next beat" ends
 * the current beat early, and the next one gets its full window from that moment. After the
 * last beat's window the timer keeps counting (the candidate may still be talking) and reports
 * overtime until it is finished.
 */

/** One beat of a plan: its id, title and how many seconds it runs. */
export interface PlannedBeat {
	id: string;
	title: string;
	seconds: number;
}

export type TimerStatus = 'idle' | 'running' | 'paused' | 'finished';

export interface TimerState {
	status: TimerStatus;
	/** Milliseconds counted before the current running stretch (sum of earlier stretches). */
	banked: number;
	/** When the current running stretch began (ms timestamp); undefined unless running. */
	runningSince?: number;
	/** Index of the beat that was current at `beatStart`. */
	beatIndex: number;
	/** Elapsed milliseconds at which that beat began. */
	beatStart: number;
}

export interface TimerReading {
	status: TimerStatus;
	/** Total elapsed milliseconds. */
	elapsed: number;
	/** Index of the current beat. */
	beatIndex: number;
	/** Milliseconds into the current beat. */
	beatElapsed: number;
	/** Milliseconds left in the current beat's window (0 in overtime). */
	beatRemaining: number;
	/** True once the last beat's window has run out. */
	overtime: boolean;
}

export const createTimer = (): TimerState => ({ status: 'idle', banked: 0, beatIndex: 0, beatStart: 0 });

const elapsedAt = (state: TimerState, now: number) =>
	state.banked + (state.status === 'running' && state.runningSince !== undefined ? Math.max(0, now - state.runningSince) : 0);

/** Reads the timer at `now`: elapsed time and the beat it is in, after any automatic advances. */
export function readTimer(state: TimerState, plan: readonly PlannedBeat[], now: number): TimerReading {
	const elapsed = elapsedAt(state, now);
	let beatIndex = state.beatIndex;
	let beatStart = state.beatStart;
	// Walk forward through every beat whose window has run out since the recorded one began.
	while (beatIndex < plan.length - 1 && elapsed - beatStart >= plan[beatIndex]!.seconds * 1000) {
		beatStart += plan[beatIndex]!.seconds * 1000;
		beatIndex += 1;
	}
	const window = (plan[beatIndex]?.seconds ?? 0) * 1000;
	const beatElapsed = elapsed - beatStart;
	return {
		status: state.status,
		elapsed,
		beatIndex,
		beatElapsed,
		beatRemaining: Math.max(0, window - beatElapsed),
		overtime: beatIndex === plan.length - 1 && beatElapsed >= window,
	};
}

/** Starts an idle timer, or resumes a paused one. */
export function start(state: TimerState, now: number): TimerState {
	if (state.status === 'running' || state.status === 'finished') return state;
	return { ...state, status: 'running', runningSince: now };
}

/** Pauses a running timer, keeping the beat it is in. */
export function pause(state: TimerState, plan: readonly PlannedBeat[], now: number): TimerState {
	if (state.status !== 'running') return state;
	return settle(state, plan, now, 'paused');
}

/** Ends the current beat now; the next beat gets its full window. No-op on the last beat. */
export function nextBeat(state: TimerState, plan: readonly PlannedBeat[], now: number): TimerState {
	if (state.status === 'idle' || state.status === 'finished') return state;
	const reading = readTimer(state, plan, now);
	if (reading.beatIndex >= plan.length - 1) return state;
	return { ...state, beatIndex: reading.beatIndex + 1, beatStart: reading.elapsed };
}

/** Stops the timer for good; its reading keeps the final elapsed time. */
export function finish(state: TimerState, plan: readonly PlannedBeat[], now: number): TimerState {
	if (state.status === 'idle' || state.status === 'finished') return state;
	return settle(state, plan, now, 'finished');
}

/** Back to the start, as if never run. */
export const reset = (): TimerState => createTimer();

/** Freezes the running stretch into the bank and records the current beat. */
function settle(state: TimerState, plan: readonly PlannedBeat[], now: number, status: TimerStatus): TimerState {
	const reading = readTimer(state, plan, now);
	return { status, banked: reading.elapsed, beatIndex: reading.beatIndex, beatStart: reading.elapsed - reading.beatElapsed };
}
