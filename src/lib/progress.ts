/**
 * What the Progress page shows, from the saved attempts: per prompt attempted, its last and best
 * score and the trend between its last two attempts; and the highest-signal prompts not yet
 * practiced.
 */
import type { Attempt } from './practice-store.ts';

export type Trend = 'first' | 'up' | 'down' | 'same';

export interface PromptProgress {
	promptId: string;
	attempts: number;
	last: Attempt;
	best: Attempt;
	trend: Trend;
}

/** A score as a fraction from 0 to 1 (0 for an empty checklist). */
export const ratio = (a: Pick<Attempt, 'checked' | 'total'>) => (a.total === 0 ? 0 : a.checked / a.total);

/** Progress per prompt, most recently practiced first. */
export function summarizeProgress(attempts: readonly Attempt[]): PromptProgress[] {
	const byPrompt = new Map<string, Attempt[]>();
	for (const attempt of [...attempts].sort((a, b) => Date.parse(a.date) - Date.parse(b.date))) {
		byPrompt.set(attempt.promptId, [...(byPrompt.get(attempt.promptId) ?? []), attempt]);
	}
	return [...byPrompt.entries()]
		.map(([promptId, list]): PromptProgress => {
			const last = list.at(-1)!;
			const previous = list.at(-2);
			const best = list.reduce((b, a) => (ratio(a) > ratio(b) ? a : b));
			const trend: Trend = !previous
				? 'first'
				: ratio(last) > ratio(previous)
					? 'up'
					: ratio(last) < ratio(previous)
						? 'down'
						: 'same';
			return { promptId, attempts: list.length, last, best, trend };
		})
		.sort((a, b) => Date.parse(b.last.date) - Date.parse(a.last.date));
}

/** The ids of `highestSignal` prompts with no attempt yet, in the order given. */
export const unpracticed = (highestSignal: readonly string[], attempts: readonly Attempt[]) =>
	highestSignal.filter((id) => !attempts.some((a) => a.promptId === id));
