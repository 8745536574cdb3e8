/**
 * Malformed content fails the build with a message that names the file and the field. Each
 * fixture under test/fixtures/content-errors/ breaks one file of otherwise good content.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/integrations/load-content.ts';
import { formatProblem } from '../../src/lib/content-problems.ts';
import { contentWith } from '../helpers/content.ts';
import { ROOT } from '../helpers/paths.ts';

describe('the real content', () => {
	it('passes every schema and rule', () => {
		const { problems } = loadContent(ROOT, 'content');
		expect(problems.map(formatProblem)).toEqual([]);
	});
});

const cases = [
	{
		fixture: 'missing-field',
		line: 'prompts/outage-you-owned.md → probes → missing → add `probes`: write what the prompt probes',
	},
	{
		fixture: 'misspelled-field',
		line: 'prompts/outage-you-owned.md → pitfals → unknown field → did you mean `pitfalls`? Rename it.',
	},
	{
		fixture: 'bad-enum',
		line: 'prompts/outage-you-owned.md → bucket → "behavoral" is not allowed → use one of: behavioral, technical, situational',
	},
	{
		fixture: 'bad-competency',
		line: 'prompts/outage-you-owned.md → competencies[2] → "incident-comand" is not allowed → use one of: disagreement, ownership, incident-command, data-integrity, prioritization, influence, learning-from-failure, mentoring, communication, ambiguity, technical-judgment, motivation',
	},
	{
		fixture: 'broken-yaml',
		line: 'prompts/outage-you-owned.md → (frontmatter) → the YAML does not parse',
	},
	{
		fixture: 'dangling-reference',
		line: 'prompts/outage-you-owned.md → pitfalls[0] → no pitfalls entry "herosim" exists → did you mean "heroism"?',
	},
	{
		fixture: 'beat-windows',
		line: "beats/action.md → window.max → the beats' upper windows add up to 220 s (situation 20 + task 15 + action 120 + trade-off 30 + result 20 + reflection 15), outside loop-story's target of 120–180 s",
	},
	{
		fixture: 'answer-missing-beat',
		line: 'answers/outage-0214-payments.md → beats → missing the trade-off beat → list the six beats once each, in order: situation, task, action, trade-off, result, reflection',
	},
	{
		fixture: 'answer-bad-defend',
		line: 'answers/orders-table-migration.md → defend[1].reply → missing → add `defend[1].reply`: write a model reply',
	},
	{
		fixture: 'generic-cue',
		line: `prompts/outage-you-owned.md → beatCues.action → repeats the action beat's generic cue → write what the action beat says for "outage-you-owned"`,
	},
	{
		fixture: 'ladder-missing-beat',
		line: 'ladders/outage-you-owned.md → levels.staff.beats.trade-off → missing → add `levels.staff.beats.trade-off`: write what the trade-off beat says at this level',
	},
	{
		fixture: 'two-defaults',
		line: 'timing/screen-answer.md → default → 2 timing presets are marked default',
	},
	{
		fixture: 'glossary-missing-definition',
		line: 'glossary/brownout.md → definition → missing → add `definition`: write the definition',
	},
	{
		fixture: 'glossary-shared-alias',
		line: 'glossary/scream-test.md → aliases[1] → "brownout" is already the term of "brownout"',
	},
];

describe.each(cases)('the $fixture fixture', ({ fixture, line }) => {
	const content = contentWith(fixture);
	afterAll(content.remove);

	it('is reported with file, field, problem and fix', () => {
		const { problems } = loadContent(content.dir, content.dir);
		const lines = problems.map(formatProblem);
		expect(lines.some((l) => l.startsWith(line))).toBe(true);
	});

	it('fails npm run build with that message', () => {
		const build = spawnSync('npm', ['run', 'build'], {
			cwd: ROOT,
			env: { ...process.env, CONTENT_DIR: content.dir },
			encoding: 'utf8',
		});
		expect(build.status).not.toBe(0);
		expect(build.stderr).toContain(line);
	});
});
