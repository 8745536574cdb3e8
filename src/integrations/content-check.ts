/**
 * Runs the content check inside Astro, before anything is built: `astro build` (and `astro dev`)
 * stop on malformed content with the same `file → field → problem → fix` lines as
 * `npm run check:content`, in one process rather than a second one started by npm first.
 */
import type { AstroIntegration } from 'astro';
import { loadContent, reportProblems } from './load-content.ts';

export function contentCheck(contentDir: string): AstroIntegration {
	return {
		name: 'prep-content-check',
		hooks: {
			'astro:config:setup': () => {
				const { problems } = loadContent(process.cwd(), contentDir);
				if (problems.length === 0) return;
				const error = new Error(reportProblems(problems));
				error.stack = error.message; // the lines say what to fix; a stack trace would only bury them
				throw error;
			},
		},
	};
}
