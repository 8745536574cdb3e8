/**
 * Lighthouse (mobile, its defaults: a mid-range phone on a throttled connection, simulated) on
 * one page of every kind, in the system Chromium, against the built site served (gzipped, as a
 * host serves it) on 127.0.0.1.
 * Nothing is uploaded: Lighthouse runs in this process and its report stays in memory.
 */
import lighthouse from 'lighthouse';
import { launchBrowser } from './browser.ts';
import { PAGE_KINDS } from './page-kinds.ts';
import { serveStatic } from './serve.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRow {
	kind: string;
	path: string;
	/** Each category's score out of 100. */
	scores: Record<Category, number>;
	/** The audits that cost points, worst first, for a reader who wants to know why. */
	losing: string[];
	/**
	 * Lighthouse's measure of this machine's CPU for the run. Lighthouse expects at least 1000 for its
	 * 4x slowdown to stand for a mid-range phone; below that its performance score is pessimistic.
	 */
	benchmarkIndex: number;
}

/**
 * Scores of `pages` (every page kind, unless told) in `dist`; one Chromium, one page at a time, as
 * Lighthouse needs.
 */
export async function lighthouseScores(
	dist: string,
	pages: readonly { kind: string; path: string }[] = PAGE_KINDS,
	port = 9333,
): Promise<LighthouseRow[]> {
	// Compressed, as a host serves the site: Lighthouse's throttled network charges for every byte.
	const server = await serveStatic(dist.endsWith('/') ? dist : `${dist}/`, '/', { compress: true });
	// Lighthouse drives the browser over the DevTools port; Playwright only starts it, from the
	// same system Chromium and with the same flags as the browser tests.
	const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
	const rows: LighthouseRow[] = [];
	try {
		for (const { kind, path } of pages) {
			const result = await lighthouse(new URL(path.slice(1), server.url).href, {
				port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES],
			});
			if (!result) throw new Error(`Lighthouse returned no result for ${path}`);
			const { categories, audits } = result.lhr;
			const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) as Record<
				Category,
				number
			>;
			// Only audits that carry weight in a score: insights and diagnostics are advice, not points.
			const weighted = new Set(
				CATEGORIES.flatMap((c) => (categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)),
			);
			const losing = Object.values(audits)
				.filter((a) => weighted.has(a.id) && a.score !== null && a.score < 1)
				.sort((a, b) => (a.score ?? 0) - (b.score ?? 0))
				.map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`);
			rows.push({ kind, path, scores, losing, benchmarkIndex: Math.round(result.lhr.environment.benchmarkIndex) });
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return rows;
}
