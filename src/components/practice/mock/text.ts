/** The mock loop's UI text: one object, so that a misspelled key fails the type check. */
import { LABELS } from '../../../schemas/ids.ts';

export const mockText = {
	buckets: LABELS.bucket,
	levels: LABELS.level,
	bucketLoop: 'The {bucket} bucket',
	randomLoop: '{count} prompts drawn at random',
	position: 'Prompt {n} of {total}',
	next: 'Next prompt',
	finish: 'Finish the loop',
	pauseLeft: 'Next prompt in {time}.',
	/** Said once when a pause starts; the countdown itself is not a live region. */
	pauseStarts: 'Pause. The next prompt starts in {time}, or start it now.',
	/** The pause held by the reader: shown and said once; the time stands still. */
	pauseHeld: 'Countdown held with {time} to go.',
	pauseRunning: 'Countdown running again: the next prompt starts in {time}.',
	pauseExtended: 'Added 30 seconds: the next prompt starts in {time}.',
	pauseExtendedHeld: 'Added 30 seconds: {time} to go once the countdown runs again.',
	startRecording: 'Start recording',
	stopRecording: 'Stop recording',
	recording: 'Recording… It stays in this browser.',
	recorded: 'Recorded {size}. Play it back in the summary.',
	noMic: 'The microphone could not be used ({reason}); the loop goes on without recording.',
	timed: 'Timed: {time}.',
	scored: 'Self-score saved: {checked} of {total}.',
	summary: 'You answered {answered} of {total} {total:prompt|prompts} in {time} of speaking.',
	repeatNone: 'Nothing to repeat: every answer was on target and well scored.',
	reasons: { 'not-answered': 'not answered', length: 'off the target length', score: 'self-score under 70%' },
	verdicts: { thin: 'thin', short: 'a little short', 'on-target': 'on target', long: 'long', 'too-long': 'too long' },
	notTimed: 'not timed',
	noFollowUp: 'none asked',
	reply: 'reply {time}',
	replyNotTimed: 'reply not timed',
	notScored: 'not scored',
	saved: 'Saved to your progress.',
	saveFailed: 'This loop could not be saved: the browser refused to store it.',
	storage: '{count} {count:recording uses|recordings use} {size} in this browser.',
	noRecordings: 'No recordings are stored in this browser yet.',
	play: 'Play',
	speed: '{rate}x',
	speedName: 'Play at {rate}x: {recording}',
	delete: 'Delete',
	deleteAll: 'Delete all recordings',
	unreadable: 'The audio of this recording cannot be read in this browser.',
	confirmDeleteAll: 'Delete every recording in this browser?',
	unavailable: 'This browser does not let the site store data ({reason}): the loop runs, but nothing is saved.',
	keptAside:
		'Your saved practice data could not be read ({reason}). A copy is kept aside in this browser, and a fresh record was started; {progress} can download it.',
	partlyKeptAside:
		'Part of your saved practice data could not be read: {reason}. The original is kept aside in this browser; {progress} can download it.',
};

export type MockText = typeof mockText;
