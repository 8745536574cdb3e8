/**
 * The self-score checklist of a prompt: one check per STAR-TR beat, one per pitfall the prompt
 * invites ("I avoided it"), and one per rubric dimension it probes at the level the candidate
 * picks. Check ids are stable strings (`beat:task`, `pitfall:blame`, `rubric:saying-no@staff`)
 * because stored ticks key on them.
 */
import type { Level } from '../schemas/ids.ts';

export type CheckGroup = 'beats' | 'pitfalls' | 'rubric';

export interface Check {
	id: string;
	group: CheckGroup;
	/** The yes/no question. */
	label: string;
	/** What "yes" means, in a line. */
	hint: string;
	/** For rubric checks, the level they belong to; the others apply at every level. */
	level?: Level;
}

export interface ChecklistSource {
	beats: { id: string; check: string; cue: string }[];
	pitfalls: { id: string; check: string; fix: string }[];
	rubric: { id: string; title: string; levels: Record<Level, { check: string; expectation: string }> }[];
}

/** Every check of a prompt, for every level; `checksAt` picks the ones that apply. */
export function buildChecks(source: ChecklistSource, levels: readonly Level[]): Check[] {
	return [
		...source.beats.map((b): Check => ({ id: `beat:${b.id}`, group: 'beats', label: b.check, hint: b.cue })),
		...source.pitfalls.map((p): Check => ({
			id: `pitfall:${p.id}`,
			group: 'pitfalls',
			label: p.check,
			hint: firstSentence(p.fix),
		})),
		...source.rubric.flatMap((r) =>
			levels.map((level): Check => ({
				id: `rubric:${r.id}@${level}`,
				group: 'rubric',
				label: r.levels[level].check,
				hint: `${r.title}: ${r.levels[level].expectation}`,
				level,
			})),
		),
	];
}

/** The first sentence of a text: hints stay one line. */
export const firstSentence = (text: string) => /^.*?[.!?](?=\s|$)/s.exec(text.trim())?.[0] ?? text.trim();

/** What scoring needs of a check: its id and, for rubric checks, its level. */
export type ScoredCheck = Pick<Check, 'id' | 'level'>;

/** The checks that count at a level: all beat and pitfall checks, and that level's rubric checks. */
export const checksAt = <T extends ScoredCheck>(checks: readonly T[], level: Level) =>
	checks.filter((c) => c.level === undefined || c.level === level);

/** The score of a set of ticks at a level: ticks on checks of other levels do not count. */
export function scoreAt(checks: readonly ScoredCheck[], level: Level, ticked: readonly string[]) {
	const counted = checksAt(checks, level);
	const ids = new Set(ticked);
	return { checked: counted.filter((c) => ids.has(c.id)).length, total: counted.length };
}
