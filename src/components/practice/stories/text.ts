/** The story bank's UI text, one object per island, so that a misspelled key fails the type check. */
import { LABELS } from '../../../schemas/ids.ts';

/** The scopes as the editor's select names them. */
const SCOPE_LABELS = { self: 'Yourself', team: 'Your team', teams: 'Several teams', organization: 'The organization' } as const;

/** The story list, quick add and editor (prep-stories). */
export const storyBankText = {
	raw: 'Raw entry',
	shaped: 'Shaped',
	untyped: 'No story type yet',
	edit: 'Edit',
	duplicate: 'Duplicate',
	delete: 'Delete',
	print: 'Print sheet',
	copyTitle: '{title} (copy)',
	untitled: 'Untitled story',
	confirmDelete: 'Delete “{title}”? This cannot be undone on this device.',
	prompts: '{count} {count:prompt|prompts}',
	words: '{words} words',
	length: '{words} of {limit} words · about {time} spoken',
	over: '{words} words: over the {limit}-word guideline by {extra}. Cut the situation first.',
	saved: 'Saved “{title}”.',
	added: 'Added “{title}” to your bank.',
	deleted: 'Deleted “{title}”.',
	duplicated: 'Duplicated “{title}”.',
	saveFailed: 'Saving failed: the browser refused to store more data.',
	noTitle: 'Give the story a title first.',
	confirmDiscard: 'Close the editor and discard the changes you have not saved?',
	scopeUnset: 'Not set yet',
	scopes: SCOPE_LABELS,
	scopeHint: 'How far the work reached. The coverage below holds it against the level you target.',
	empty: 'No stories yet. Start with a raw entry above: a title and one line is enough in week 1.',
	count: 'Stories in your bank: {total} ({shaped} shaped, {raw} raw).',
	keptAside:
		'Your saved practice data could not be read ({reason}). A copy is kept aside in this browser; {progress} can download it.',
	partlyKeptAside:
		'Part of your saved practice data could not be read: {reason}. The original is kept aside in this browser; {progress} can download it.',
	unavailable: 'This browser does not let the site store data ({reason}): stories you write here will not be kept.',
};

/** The coverage matrix and its gap lists (prep-coverage). */
export const coverageText = {
	buckets: LABELS.bucket,
	themes: LABELS.theme,
	levels: LABELS.level,
	untitled: 'Untitled story',
	empty: 'Each story you add shows here, with how many prompts it answers.',
	setSize: '{shaped} {shaped:shaped story|shaped stories} so far; the aim is six to eight.',
	allColdCovered: 'Each of the four highest-signal prompts has a story.',
	noGaps: 'Every prompt has at least one story.',
	gapsSummary: 'Every prompt with no story ({count})',
	noMissingTypes: 'Your shaped stories cover every story type.',
	reach: {
		none: 'answers no prompt yet',
		one: 'answers one prompt: map it to one or two more',
		aim: 'answers {count} prompts',
		wide: 'answers {count} prompts: check it really fits each',
	},
	scope: {
		// "You target staff; none of your stories spans more than one team."
		none: {
			self: 'You target {level}; none of your stories has a scope yet.',
			team: 'You target {level}; none of your stories goes beyond your own work to your team.',
			teams: 'You target {level}; none of your stories spans more than one team.',
			organization: 'You target {level}; none of your stories reaches across the organization.',
		},
		some: 'You target {level}; {reaching} of your {scoped} stories with a scope {reaching:reaches|reach} {expected} or wider.',
		all: 'You target {level}; every story with a scope reaches {expected} or wider.',
		unset: 'Set each story’s scope in the editor to see your bank against the {level} bar for scope of ownership.',
		unscoped: '{count} {count:story has|stories have} no scope yet.',
		expected: { self: 'your own work', team: 'your team', teams: 'several teams', organization: 'the organization' },
	},
	answered: 'answered by {titles}',
	notAnswered: 'no story yet',
	/** Read after a highest-signal prompt's name, in place of the star. */
	highestSignal: '(highest signal)',
	/** Shown after a prompt that no story answers yet. */
	noStoryMark: '(no story yet)',
};

/** The printable story sheets and cheat sheet (prep-story-sheets). */
export const storySheetsText = {
	untitled: 'Untitled story',
	untyped: 'No story type yet',
	words: '{words} words',
	cheatEmpty: 'No shaped story yet: fill all six beats of a story to put it on the cheat sheet.',
	sheetPrompts: 'Answers',
	sheetMetrics: 'Figures to cite',
	sheetTags: 'Tags',
	sheetScope: 'Scope',
	scopes: SCOPE_LABELS,
};

export type StoryBankText = typeof storyBankText;
export type CoverageText = typeof coverageText;
export type StorySheetsText = typeof storySheetsText;
