/** The Progress page's UI text, one object per island, so that a misspelled key fails the type check. */
import { LABELS } from '../../../schemas/ids.ts';

/** The progress tables (prep-progress). */
export const progressText = {
	levels: LABELS.level,
	noMocks: 'No mock loops yet. Run one from the mock loop page: it will show here.',
	mockAnswered: '{answered} of {total}',
	reply: 'reply {time}',
	replyNotTimed: 'reply not timed',
	trend: { first: 'first attempt', up: 'up', down: 'down', same: 'level' },
	none: 'No attempts yet. Open a prompt, time an answer and save your self-score: it will show here.',
	allPractised: 'Each of the {total} highest-signal prompts, the ones to prepare cold, has at least one saved attempt.',
	noneYet: 'None of the {total} highest-signal prompts, the ones to prepare cold, has a saved attempt yet:',
	someYet: '{missing} of the {total} highest-signal prompts, the ones to prepare cold, {missing:has|have} no saved attempt yet:',
	untimed: 'not timed',
	unknownPrompt: 'A prompt this site no longer has ({id})',
	keptAside: 'Your saved practice data could not be read ({reason}). A copy is kept aside in this browser; download it below.',
	partlyKeptAside:
		'Part of your saved practice data could not be read: {reason}. The original is kept aside in this browser; download it below.',
	unavailable: 'This browser does not let the site store data ({reason}), so there is no progress to show.',
	mockRecordings: '{count} {count:recording|recordings}: listen on the mock loop page',
};

/** Export, import, kept-aside copies and deleting (prep-practice-data). */
export const practiceDataText = {
	persistent: 'This browser keeps the site’s storage until you delete it. Export now and then to keep a copy elsewhere.',
	notPersistent:
		'This browser may delete this data on its own: Safari, for one, clears a site’s storage after seven days without a visit unless the site is installed. Export to keep a copy.',
	lastExported: 'Last exported: {date}.',
	neverExported: 'Not exported yet.',
	remind: 'Some of your practice is more than a week old and in no export yet: export it now.',
	recordingsSize:
		'Recordings use {size} in this browser ({count} {count:recording|recordings}). They are left out of exports unless you include them.',
	noRecordings: 'No recordings are stored in this browser.',
	recordingsDeleted: 'Every recording was deleted from this browser.',
	confirmDeleteRecordings: 'Delete every recording in this browser?',
	recordingsImported: ' {added} {added:recording|recordings} restored.',
	recordingsSkipped: ' {skipped} {skipped:recording|recordings} in the file could not be read and {skipped:was|were} left out.',
	recordingsFailed: ' The recordings in the file could not be stored in this browser.',
	imported: 'Imported: {added} new {added:attempt|attempts} merged; nothing already here was lost.',
	importSkipped: ' Left out, because they could not be read: {list}.',
	importedMore: ' Also merged: {stories} new or updated {stories:story|stories} and {mocks} mock {mocks:loop|loops}.',
	exported: 'Downloaded {file}.',
	recordingsLeftOut:
		' {count} {count:recording was|recordings were} left out: {count:its|their} audio could not be read in this browser.',
	recordingsNotExported: ' The recordings were left out: this browser would not read them.',
	saveFailed: 'The import could not be saved: the browser refused to store it.',
	downloadBackup: 'Download a copy kept aside',
	downloadBackupFrom: 'Download the copy kept aside on {date}',
	confirmDeleteAll:
		'Delete all your practice data from this browser: attempts, ticks, stories, the plan, mock loops, drafts, kept-aside copies and recordings? Export first if you want a copy. This cannot be undone.',
	deletedAll: 'All your practice data was deleted from this browser.',
	deleteAllFailed: 'The browser refused to delete some of the practice data. Reload the page to see what is left.',
	recordingsNotDeleted: ' The recordings could not be deleted; use “Delete all recordings” to try again.',
};

export type ProgressText = typeof progressText;
export type PracticeDataText = typeof practiceDataText;
