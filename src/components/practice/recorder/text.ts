/** A prompt page's recorder's UI text (prep-answer-recorder), one object, so that a misspelled key fails the type check. */
export const recorderText = {
	startRecording: 'Start recording',
	stopRecording: 'Stop recording',
	opening: 'Opening the microphone…',
	recording: 'Recording. Answer out loud, then stop.',
	recorded: 'Recorded {size} at {time}. Listen back below.',
	notSaved: 'Recorded, but this browser would not store it ({reason}): listen now, it is gone when you leave the page.',
	noMic: 'The microphone could not be used ({reason}).',
	take: '{prompt}, {time}',
	speed: '{rate}x',
	speedName: 'Play at {rate}x: {recording}',
	unreadable: 'The audio of this recording cannot be read in this browser.',
};

export type RecorderText = typeof recorderText;
