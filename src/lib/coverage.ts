/**
 * The coverage matrix of the story bank: which stories answer which prompts. It shows the
 * prompts no story answers (the highest-signal ones first), how many prompts each story
 * answers (two or three is the aim), and the story types the shaped set does not cover yet.
 */
import type { Bucket, Theme } from '../schemas/ids.ts';

/** A prompt as the matrix needs it, in listing order. */
export interface CoveragePrompt {
	id: string;
	bucket: Bucket;
	theme: Theme;
	highestSignal: boolean;
}

/** A story as the matrix needs it. */
export interface CoverageStory {
	id: string;
	type: string | null;
	prompts: readonly string[];
	shaped: boolean;
}

export interface CoverageRow {
	promptId: string;
	highestSignal: boolean;
	/** Ids of the stories that answer this prompt, in the stories' order. */
	stories: string[];
}

export interface CoverageGroup {
	bucket: Bucket;
	theme: Theme;
	rows: CoverageRow[];
}

/** How widely a story can be used: none, one prompt, the aim (two or three), or more. */
export type Reach = 'none' | 'one' | 'aim' | 'wide';

export interface Coverage {
	groups: CoverageGroup[];
	/** Prompts no story answers: highest-signal first, then in listing order. */
	uncovered: string[];
	/** The highest-signal prompts among `uncovered`. */
	uncoveredHighestSignal: string[];
	/** Per story, how many known prompts it answers. */
	reach: { storyId: string; count: number; reach: Reach }[];
	/** Story types no shaped story is tagged with, in the order given. */
	missingTypes: string[];
	/** How many stories are shaped, against the six-to-eight set. */
	shaped: number;
}

/** The recommended size of the shaped set. */
export const SET_SIZE = { min: 6, max: 8 } as const;

const reachOf = (count: number): Reach => (count === 0 ? 'none' : count === 1 ? 'one' : count <= 3 ? 'aim' : 'wide');

/** Builds the matrix. `buckets` and `themes` give the group order; empty groups are left out. */
export function buildCoverage(input: {
	prompts: readonly CoveragePrompt[];
	stories: readonly CoverageStory[];
	storyTypes: readonly string[];
	buckets: readonly Bucket[];
	themes: readonly Theme[];
}): Coverage {
	const known = new Set(input.prompts.map((p) => p.id));
	const rows = new Map(
		input.prompts.map((p): [string, CoverageRow] => [
			p.id,
			{
				promptId: p.id,
				highestSignal: p.highestSignal,
				stories: input.stories.filter((s) => s.prompts.includes(p.id)).map((s) => s.id),
			},
		]),
	);
	const groups = input.buckets.flatMap((bucket) =>
		input.themes
			.map((theme): CoverageGroup => ({
				bucket,
				theme,
				rows: input.prompts.filter((p) => p.bucket === bucket && p.theme === theme).map((p) => rows.get(p.id)!),
			}))
			.filter((g) => g.rows.length > 0),
	);
	const open = input.prompts.filter((p) => rows.get(p.id)!.stories.length === 0);
	const uncoveredHighestSignal = open.filter((p) => p.highestSignal).map((p) => p.id);
	const shapedTypes = new Set(input.stories.filter((s) => s.shaped && s.type !== null).map((s) => s.type));
	return {
		groups,
		uncovered: [...uncoveredHighestSignal, ...open.filter((p) => !p.highestSignal).map((p) => p.id)],
		uncoveredHighestSignal,
		reach: input.stories.map((s) => {
			// A prompt removed from the guide since the story was linked no longer counts.
			const count = new Set(s.prompts.filter((id) => known.has(id))).size;
			return { storyId: s.id, count, reach: reachOf(count) };
		}),
		missingTypes: input.storyTypes.filter((t) => !shapedTypes.has(t)),
		shaped: input.stories.filter((s) => s.shaped).length,
	};
}
