/**
 * How far a story's work reached: the candidate's own work, their team, several teams, or the
 * organization. The rubric's scope-of-ownership dimension (content/rubric/scope-of-ownership.md)
 * expects a wider reach at each level, and the coverage matrix says whether the bank has a story
 * that shows it: "You target staff; none of your stories spans more than one team."
 */
import type { Level } from '../schemas/ids.ts';
import { fillTemplate } from './text.ts';

// The scopes themselves live apart (story-scopes.ts), so that reading a stored story does not ship this module.
import { SCOPES, type StoryScope } from './story-scopes.ts';

export { isScope, SCOPES, type StoryScope } from './story-scopes.ts';

/**
 * The narrowest scope a story needs to show the level's bar for scope of ownership, read from the
 * rubric's rows: mid owns one service (your own work); senior a domain whose calls reach services
 * other people on the team wrote; staff a migration or platform other teams' plans depend on;
 * principal a direction for teams across the organization.
 */
export const EXPECTED_SCOPE: Readonly<Record<Level, StoryScope>> = {
	mid: 'self',
	senior: 'team',
	staff: 'teams',
	principal: 'organization',
};

/** True when `scope` is at least as wide as `expected`. */
export const reaches = (scope: StoryScope, expected: StoryScope) => SCOPES.indexOf(scope) >= SCOPES.indexOf(expected);

/** The bank against the target level's expected scope. */
export interface ScopeCoverage {
	level: Level;
	expected: StoryScope;
	/** Stories with a scope, and how many of them reach the expected one. */
	scoped: number;
	reaching: number;
	/** Stories with no scope set yet. */
	unscoped: number;
}

/** Counts the stories whose scope reaches what `level` expects. */
export function scopeCoverage(stories: readonly { scope?: StoryScope | undefined }[], level: Level): ScopeCoverage {
	const expected = EXPECTED_SCOPE[level];
	const scoped = stories.filter((s): s is { scope: StoryScope } => s.scope !== undefined);
	return {
		level,
		expected,
		scoped: scoped.length,
		reaching: scoped.filter((s) => reaches(s.scope, expected)).length,
		unscoped: stories.length - scoped.length,
	};
}

/** The sentences `describeScope` fills; `{level}`, `{reaching}`, `{scoped}`, `{expected}`, `{count}`. */
export interface ScopeText {
	none: Readonly<Record<StoryScope, string>>;
	some: string;
	all: string;
	unset: string;
	unscoped: string;
	expected: Readonly<Record<StoryScope, string>>;
}

/**
 * The coverage matrix's line on scope: how many stories reach the expected scope, or that none
 * does, then how many still have no scope. `level` is the level as the sentence names it.
 */
export function describeScope(c: ScopeCoverage, level: string, t: ScopeText): string {
	const values = { level, reaching: c.reaching, scoped: c.scoped, expected: t.expected[c.expected], count: c.unscoped };
	if (c.scoped === 0) return fillTemplate(t.unset, values);
	const main = fillTemplate(c.reaching === 0 ? t.none[c.expected] : c.reaching === c.scoped ? t.all : t.some, values);
	return c.unscoped ? `${main} ${fillTemplate(t.unscoped, values)}` : main;
}
