/**
 * One page of every kind the site builds, for the quality gates (accessibility, privacy, CSP)
 * and the benchmark's bytes per page kind. A new kind of page is one line here; the build test
 * `test/build/page-kinds.test.ts` fails, naming the page, when a built page fits no kind.
 */

export interface PageKind {
	/** What a reader would call the page. */
	kind: string;
	/** One page of the kind, as a site path without the base: `/prompts/outage-you-owned/`. */
	path: string;
	/** Every built page of this kind (site paths); guide pages are matched by their content file instead. */
	matches?: RegExp;
}

/** The page kinds, each with the one page that stands for it. */
export const PAGE_KINDS: readonly PageKind[] = [
	{ kind: 'home', path: '/' },
	{ kind: 'guide page', path: '/framework/' },
	{ kind: 'question-bank index', path: '/prompts/' },
	{ kind: 'prompt', path: '/prompts/outage-you-owned/', matches: /^\/prompts\/[^/]+\/$/ },
	{ kind: 'sample-answer index', path: '/answers/' },
	{ kind: 'sample answer', path: '/answers/outage-0214-payments/', matches: /^\/answers\/[^/]+\/$/ },
	{ kind: 'level ladder', path: '/ladders/outage-you-owned/', matches: /^\/ladders\/[^/]+\/$/ },
	{ kind: 'pitfall index', path: '/pitfalls/' },
	{ kind: 'pitfall', path: '/pitfalls/heroism/', matches: /^\/pitfalls\/[^/]+\/$/ },
	{ kind: 'rubric', path: '/rubric/' },
	{ kind: 'practice routine', path: '/practice/routine/' },
	{ kind: 'practice with AI', path: '/practice/ai/' },
	{ kind: 'glossary', path: '/glossary/' },
	{ kind: 'not found', path: '/404.html', matches: /^\/404\.html$/ },
	{ kind: 'flashcards', path: '/flashcards/' },
	{ kind: 'progress', path: '/practice/progress/' },
	{ kind: 'answer analyzer', path: '/practice/analyzer/' },
	{ kind: 'story bank', path: '/practice/stories/' },
	{ kind: 'four-week plan', path: '/practice/plan/' },
	{ kind: 'mock loop', path: '/practice/mock/' },
];
