/**
 * `npm run check:content`: validates content/ (or the folder given as the first argument, or
 * CONTENT_DIR) and exits 1 with `file → field → problem → fix` lines when anything is wrong.
 * Every build runs the same check first (src/integrations/content-check.ts), so malformed
 * content never reaches Astro's content layer.
 */
import { loadContent, reportProblems } from '../src/integrations/load-content.ts';

const contentDir = process.argv[2] ?? process.env.CONTENT_DIR ?? 'content';
const { content, problems } = loadContent(process.cwd(), contentDir);
if (problems.length > 0) {
	console.error(reportProblems(problems));
	process.exit(1);
}
const counts = Object.entries(content).map(([name, entries]) => `${entries.length} ${name}`);
console.log(`Content check passed: ${counts.join(', ')}.`);
