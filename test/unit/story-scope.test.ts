import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coverageText } from '../../src/components/practice/stories/text.ts';
import { loadContent } from '../../src/integrations/load-content.ts';
import {
	describeScope,
	EXPECTED_SCOPE,
	isScope,
	reaches,
	SCOPES,
	scopeCoverage,
	type StoryScope,
} from '../../src/lib/story-scope.ts';
import { LEVELS, type Level } from '../../src/schemas/ids.ts';
import { ROOT } from '../helpers/paths.ts';

const stories = (...scopes: (StoryScope | undefined)[]) => scopes.map((scope) => (scope ? { scope } : {}));
const line = (level: Level, ...scopes: (StoryScope | undefined)[]) =>
	describeScope(scopeCoverage(stories(...scopes), level), coverageText.levels[level].toLowerCase(), coverageText.scope);

describe('the scope each level expects', () => {
	it.each([
		['mid', 'self'],
		['senior', 'team'],
		['staff', 'teams'],
		['principal', 'organization'],
	] as const)('%s expects a story of %s or wider', (level, scope) => expect(EXPECTED_SCOPE[level]).toBe(scope));

	it('widens with each level, as the rubric’s rows do', () => {
		const order = LEVELS.map((l) => SCOPES.indexOf(EXPECTED_SCOPE[l]));
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	// The map is read from the rubric; if the rubric's staff or principal row stops saying so, revisit it.
	it('follows the scope-of-ownership rows of the rubric', () => {
		const { content } = loadContent(ROOT, join(ROOT, 'content'));
		const levels = content.rubric.find((r) => r.id === 'scope-of-ownership')!.data.levels;
		expect(levels.senior.expectation).toMatch(/services other people wrote/);
		expect(levels.staff.expectation).toMatch(/other teams/);
		expect(levels.principal.expectation).toMatch(/across many teams/);
	});

	it.each([
		['teams', 'team', true],
		['team', 'teams', false],
		['organization', 'organization', true],
		['self', 'team', false],
	] as const)('%s reaches %s: %s', (scope, expected, result) => expect(reaches(scope, expected)).toBe(result));

	it('knows the four scopes and nothing else', () => {
		expect(SCOPES.every(isScope)).toBe(true);
		expect([undefined, null, 'galaxy', 3].some(isScope)).toBe(false);
	});
});

describe('the coverage line', () => {
	it('says when no story of a staff candidate spans more than one team', () =>
		expect(line('staff', 'self', 'team', 'team')).toBe('You target staff; none of your stories spans more than one team.'));

	it('counts the stories that reach the expected scope, in words that agree with the number', () => {
		expect(line('staff', 'teams', 'team')).toBe(
			'You target staff; 1 of your 2 stories with a scope reaches several teams or wider.',
		);
		expect(line('staff', 'teams')).toBe('You target staff; every story with a scope reaches several teams or wider.');
		expect(line('senior', 'team', 'organization', 'self')).toBe(
			'You target senior; 2 of your 3 stories with a scope reach your team or wider.',
		);
	});

	it('names the stories with no scope yet', () =>
		expect(line('principal', 'teams', undefined)).toBe(
			'You target principal; none of your stories reaches across the organization. 1 story has no scope yet.',
		));

	it('asks for scopes when no story has one', () =>
		expect(line('mid', undefined, undefined)).toBe(
			'Set each story’s scope in the editor to see your bank against the mid-level bar for scope of ownership.',
		));

	it('counts old stories, saved without a scope, as not set', () =>
		expect(scopeCoverage(stories(undefined, 'teams'), 'staff')).toEqual({
			level: 'staff',
			expected: 'teams',
			scoped: 1,
			reaching: 1,
			unscoped: 1,
		}));
});
