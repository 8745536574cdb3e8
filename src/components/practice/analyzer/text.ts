/** The answer analyzer's UI text: one object, so that a misspelled key fails the type check. */
export const analyzerText = {
	summary: '{words} words, about {time} spoken at {wpm} words a minute: {pace}.',
	pace: {
		thin: 'thin for a {preset} ({target})',
		short: 'short of the {preset} target ({target})',
		'on-target': 'on target for a {preset} ({target})',
		long: 'long for a {preset} ({target})',
		'too-long': 'too long for a {preset} ({target})',
	},
	paceRange: 'Enter a pace from {min} to {max} words a minute; until then the analyzer uses {default}.',
	covered: 'covered',
	missing: 'missing',
	noFindings: 'No pitfall found in the text. Check the questions below, which text alone cannot settle.',
	/** Hidden words around a sentence's beat tag in the marked answer, read as "Tagged Situation: At 02:14…". */
	beatTagBefore: 'Tagged ',
	beatTagAfter: ': ',
	noQuantities: 'No numbers found. A senior answer is judged on them: latency, rates, counts, money, durations.',
	moreQuantities: 'and {n} more {n:number|numbers}',
	triggeredBy: 'Triggered by',
	empty: 'Start writing: feedback appears as you type.',
	kept: 'Draft kept in this browser.',
	keptAside: 'Your kept drafts could not be read ({reason}). A copy is kept aside in this browser; {progress} can download it.',
	partlyKeptAside:
		'Part of your kept drafts could not be read: {reason}. The original is kept aside in this browser; {progress} can download it.',
	unavailable: 'This browser does not let the site store data ({reason}): drafts cannot be kept.',
	forgotten: 'Draft deleted from this browser.',
	notKept: 'The draft could not be saved: the browser refused.',
};

export type AnalyzerText = typeof analyzerText;
