/**
 * A content problem as the build reports it: which file, which field, what is wrong, and how to
 * fix it. Both schema errors and cross-entry rule breaks become these, so authors see one format.
 */
import type { z } from 'astro/zod';

export interface ContentProblem {
	/** Path of the file from the project root, e.g. `content/prompts/outage.md`. */
	file: string;
	/** Dotted path of the field, e.g. `beatCues.trade-off` or `followUps[2]`; `(file)` for the whole file. */
	field: string;
	/** What is wrong. */
	problem: string;
	/** What the author should change. */
	fix: string;
}

/** `file → field → problem → fix`, the line the build prints for each problem. */
export const formatProblem = (p: ContentProblem) => `${p.file} → ${p.field} → ${p.problem} → ${p.fix}`;

/** Formats a zod issue path as authors write it in YAML: `a.b[2].c`. */
export function fieldPath(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(frontmatter)';
	return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

const show = (value: unknown) => (typeof value === 'string' ? `"${value}"` : JSON.stringify(value));

/** Edit distance, to suggest the field an author probably meant. */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let previous = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const current = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
			previous = current;
		}
	}
	return row[b.length]!;
}

/** The closest of `known` to `name`, when it is close enough to be a typo. */
export function closest(name: string, known: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
	for (const candidate of known) {
		const d = distance(name.toLowerCase(), candidate.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return best;
}

/**
 * Turns the issues of a failed `safeParse` into problems. `knownKeys` lists the fields the
 * schema accepts at the top level, to suggest one for a misspelled key.
 */
export function problemsFromZod(file: string, error: z.ZodError, knownKeys: readonly string[] = []): ContentProblem[] {
	return error.issues.flatMap((issue): ContentProblem[] => {
		const field = fieldPath(issue.path);
		const input = (issue as { input?: unknown }).input;
		switch (issue.code) {
			case 'unrecognized_keys':
				return issue.keys.map((key) => {
					const guess = issue.path.length === 0 ? closest(key, knownKeys) : undefined;
					return {
						file,
						field: fieldPath([...issue.path, key]),
						problem: 'unknown field',
						fix: guess ? `did you mean \`${guess}\`? Rename it.` : 'remove it, or check the schema for the right name',
					};
				});
			case 'invalid_value':
				return [
					{
						file,
						field,
						problem: `${show(input)} is not allowed`,
						fix: `use one of: ${issue.values.map((v) => String(v)).join(', ')}`,
					},
				];
			case 'invalid_type':
				return [
					input === undefined
						? {
								file,
								field,
								problem: 'missing',
								fix: issue.message.startsWith('Invalid input')
									? `add \`${field}\` (a ${issue.expected})`
									: `add \`${field}\`: ${issue.message}`,
							}
						: {
								file,
								field,
								problem: `expected ${issue.expected}, received ${show(input)}`,
								fix: `write a ${issue.expected} here`,
							},
				];
			default:
				return [{ file, field, problem: issue.message, fix: fixFor(issue) }];
		}
	});
}

function fixFor(issue: z.core.$ZodIssue): string {
	// A schema's own check can carry its fix in `params.fix` (see the answer's beats).
	if (issue.code === 'custom' && typeof issue.params?.['fix'] === 'string') return issue.params['fix'];
	if (issue.code === 'too_small') return `give at least ${String(issue.minimum)}`;
	if (issue.code === 'too_big') return `give at most ${String(issue.maximum)}`;
	return 'see the schema in src/schemas/ for what this field holds';
}
