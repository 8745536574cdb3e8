/** The draft-first panel's UI text: one object, so that a misspelled key fails the type check. */
export const draftFirstText = {
	caption: 'Your draft beside the sample, beat by beat, as the analyzer reads both',
	beat: 'Beat',
	yours: 'Your draft',
	sample: 'The sample',
	found: 'Found:',
	missing: 'Not found in your draft.',
	sampleMissing: 'The analyzer does not find this beat here:',
	empty: 'Your draft is empty: the sample is shown below, and the comparison fills in once you write.',
	compared: 'Compared: your draft covers {n} of 6 beats. The sample follows beat by beat below.',
	kept: 'Your draft is kept in this browser.',
	forgotten: 'Your draft is no longer kept.',
	notKept: 'This browser refused to keep the draft; it stays in the box while the page is open.',
};

export type DraftFirstText = typeof draftFirstText;
