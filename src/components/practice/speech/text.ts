/** The spoken-answer panel's UI text: one object, so that a misspelled key fails the type check. */
export const speechText = {
	heading: 'Your answer, measured in this browser',
	measuring: 'Measuring the recording…',
	cannotDecode: 'This recording could not be measured in this browser.',
	/** `{share}` is the speaking share of the whole recording, in per cent. */
	spoke: 'Speaking {speaking} of {total} ({share}%).',
	silences: '{n} {n:silence|silences} longer than 3 seconds:',
	noSilence: 'No silence longer than 3 seconds.',
	silence: '{seconds} s of silence at {at}',
	shareByThird: 'Speaking share by third: {shares}.',
	paceByThird: 'Pace: {wpm} words a minute ({thirds} by third).',
	pace: 'Pace: {wpm} words a minute.',
	transcriptLabel: 'What you said (kept only in this browser, and only until you leave the page)',
	transcribed: 'Transcribed on this device; your voice was not sent anywhere.',
	cannotTranscribe:
		'This browser cannot transcribe speech on the device, and the site never sends your voice away to do it: type what you said to check it.',
	canDownload: 'This browser can transcribe on the device once it downloads English speech recognition.',
	download: 'Download on-device transcription',
	downloading: 'Downloading English speech recognition to this device…',
	downloaded: 'Downloaded: your next recording is transcribed on this device.',
	downloadFailed: 'The download did not finish; typing what you said still works.',
	words: '{n} {n:word|words}.',
	fillers: 'Fillers: {list}.',
	noFillers: 'No filler words.',
	beatsCovered: 'Beats heard: {list}.',
	beatsMissing: 'Not heard: {list}.',
	numbers: 'Numbers: {list}.',
	noNumbers: 'No numbers: a senior answer is judged on them.',
	none: 'none',
	beats: {
		situation: 'situation',
		task: 'task',
		action: 'action',
		'trade-off': 'trade-off',
		result: 'result',
		reflection: 'reflection',
	},
};

export type SpeechText = typeof speechText;
