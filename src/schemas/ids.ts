/**
 * The fixed identifiers the rest of the site keys on: islands, stored practice data and URLs use
 * these strings, so renaming one is a migration, not an edit.
 */

/** The three question buckets of the second seed. */
export const BUCKETS = ['behavioral', 'technical', 'situational'] as const;
export type Bucket = (typeof BUCKETS)[number];

/** The six STAR-TR beats, in the order they are spoken. */
export const BEATS = ['situation', 'task', 'action', 'trade-off', 'result', 'reflection'] as const;
export type BeatId = (typeof BEATS)[number];

/** The seniority levels the rubric describes and the self-score checklist is set to. */
export const LEVELS = ['mid', 'senior', 'staff', 'principal'] as const;
export type Level = (typeof LEVELS)[number];

/** The eight failure modes, in the order of how often they sink a candidate. */
export const PITFALLS = [
	'plural-pronouns',
	'heroism',
	'blame',
	'vague-metrics',
	'no-trade-off',
	'no-reflection',
	'sanitized-on-call',
	'over-rehearsed',
] as const;
export type PitfallId = (typeof PITFALLS)[number];

/** Themes group prompts inside a bucket; the question bank filters on them. */
export const THEMES = ['incidents', 'reliability', 'data', 'apis', 'delivery', 'collaboration', 'mentoring', 'career'] as const;
export type Theme = (typeof THEMES)[number];

/** Where a prompt comes from: the loop guide's fifteen, the screen list's eight, or added by us. */
export const ORIGINS = ['loop-fifteen', 'screen-eight', 'added'] as const;
export type Origin = (typeof ORIGINS)[number];

/**
 * What a prompt probes. A prompt carries one to four; the question bank and search filter on them.
 * A prompt probes one when a good answer has to handle it (a disagreement, a data-integrity risk).
 */
export const COMPETENCIES = [
	'disagreement',
	'ownership',
	'incident-command',
	'data-integrity',
	'prioritization',
	'influence',
	'learning-from-failure',
	'mentoring',
	'communication',
	'ambiguity',
	'technical-judgment',
	'motivation',
] as const;
export type Competency = (typeof COMPETENCIES)[number];

/**
 * How a question is asked. Behavioural questions ask for one past event ("Tell me about a
 * time…"), competency questions ask for a general approach ("How do you approach…?"),
 * hypothetical ones ask what the candidate would do.
 */
export const QUESTION_STYLES = ['past-event', 'general-approach', 'hypothetical'] as const;
export type QuestionStyle = (typeof QUESTION_STYLES)[number];

/** The rounds of a loop in which behavioral questions are asked. */
export const LOOP_STAGES = ['recruiter-screen', 'hiring-manager', 'values-panel', 'system-design'] as const;
export type LoopStage = (typeof LOOP_STAGES)[number];

/** Human labels for the identifiers above; pages and islands show these, never the raw ids. */
export const LABELS = {
	bucket: { behavioral: 'Behavioral', technical: 'Technical', situational: 'Situational' },
	level: { mid: 'Mid-level', senior: 'Senior', staff: 'Staff', principal: 'Principal' },
	theme: {
		incidents: 'Incidents and on-call',
		reliability: 'Reliability and performance',
		data: 'Data and storage',
		apis: 'APIs and contracts',
		delivery: 'Delivery and prioritization',
		collaboration: 'Collaboration and disagreement',
		mentoring: 'Mentoring and growth',
		career: 'Career and self',
	},
	competency: {
		disagreement: 'Disagreement',
		ownership: 'Ownership',
		'incident-command': 'Incident command',
		'data-integrity': 'Data integrity',
		prioritization: 'Prioritization',
		influence: 'Influence',
		'learning-from-failure': 'Learning from failure',
		mentoring: 'Mentoring',
		communication: 'Communication',
		ambiguity: 'Ambiguity',
		'technical-judgment': 'Technical judgment',
		motivation: 'Motivation',
	},
	/** The mark of a prompt by where it comes from; only the fifteen loop prompts are marked. */
	origin: {
		'loop-fifteen': 'Loop fifteen',
		'screen-eight': 'Screen list',
		added: 'Added',
	},
	questionStyle: {
		'past-event': 'Behavioral (a past event)',
		'general-approach': 'Competency (a general approach)',
		hypothetical: 'Hypothetical (what would you do)',
	},
	/** Where a question comes up, phrased to follow "It tends to come up in". */
	loopStage: {
		'recruiter-screen': 'the recruiter screen',
		'hiring-manager': 'the hiring-manager round',
		'values-panel': 'a values or leadership panel',
		'system-design': 'system-design rounds',
	},
} as const satisfies Record<string, Record<string, string>>;

/** What the study plan does with a week's task when fewer than four weeks are left before the interview. */
export const WHEN_SHORT = ['keep', 'drop', 'drop-under-two-weeks'] as const;
export type WhenShort = (typeof WHEN_SHORT)[number];
