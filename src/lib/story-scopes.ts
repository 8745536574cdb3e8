/**
 * The scopes a story's work can reach, as stories store them. Its own module, apart from the
 * coverage logic (story-scope.ts), because every island's stored record checks its stories' scope.
 */

/** The scopes, narrowest first. Stored in stories, so renaming one is a migration. */
export const SCOPES = ['self', 'team', 'teams', 'organization'] as const;
export type StoryScope = (typeof SCOPES)[number];

/** True for a scope this site knows. */
export const isScope = (x: unknown): x is StoryScope => typeof x === 'string' && (SCOPES as readonly string[]).includes(x);
