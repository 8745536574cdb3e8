/**
 * Lighthouse (mobile: its simulated mid-range phone on a throttled connection) on one page of
 * every kind, in the system Chromium, against the built site served (gzipped, as a host serves
 * it) on 127.0.0.1. The CPU slowdown is calibrated to this machine first, as Lighthouse asks of a
 * host slower than the desktop its 4x assumes (cpu-slowdown.ts), so that the phone simulated
 * here is the phone Lighthouse simulates elsewhere.
 * Nothing is uploaded: Lighthouse runs in this process and its report stays in memory.
 */
import lighthouse, { type Flags } from 'lighthouse';
import { launchBrowser } from './browser.ts';
import { cpuSlowdownFor, median } from './cpu-slowdown.ts';
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
	 * Lighthouse's measure of this machine's CPU during the run; well below the calibration's, the
	 * machine was busy and the page is measured again.
	 */
	benchmarkIndex: number;
}

/** How this machine's CPU was measured before the runs, and the slowdown that follows from it. */
export interface CpuCalibration {
	/** Lighthouse's BenchmarkIndex, the middle of `readings`. */
	benchmarkIndex: number;
	readings: number[];
	/** The CPU slowdown every page is run with. */
	slowdown: number;
}

/** A run whose host index falls below this share of the calibration's was slowed by other work. */
const BUSY_SHARE = 0.75;
const ATTEMPTS = 3;

/**
 * Scores of `pages` (every page kind, unless told) in `dist`; one Chromium, one page at a time, as
 * Lighthouse needs.
 */
export async function lighthouseScores(
	dist: string,
	pages: readonly { kind: string; path: string }[] = PAGE_KINDS,
	calibration?: CpuCalibration,
	port = 9333,
): Promise<{ rows: LighthouseRow[]; calibration: CpuCalibration }> {
	// Compressed, as a host serves the site: Lighthouse's throttled network charges for every byte.
	const server = await serveStatic(dist.endsWith('/') ? dist : `${dist}/`, '/', { compress: true });
	// Lighthouse drives the browser over the DevTools port; Playwright only starts it, from the
	// same system Chromium and with the same flags as the browser tests.
	const browser = await launchBrowser([`--remote-debugging-port=${port}`]);
	const rows: LighthouseRow[] = [];
	const run = (path: string, flags: Flags) =>
		lighthouse(new URL(path.slice(1), server.url).href, { port, output: 'json', logLevel: 'error', ...flags }).then((result) => {
			if (!result) throw new Error(`Lighthouse returned no result for ${path}`);
			return result.lhr;
		});
	try {
		// Three short runs read the CPU; their middle sets the slowdown for every page.
		if (!calibration) {
			const readings: number[] = [];
			for (let i = 0; i < 3; i++)
				readings.push(
					Math.round((await run(pages[0]!.path, { onlyAudits: ['first-contentful-paint'] })).environment.benchmarkIndex),
				);
			const benchmarkIndex = median(readings);
			calibration = { benchmarkIndex, readings, slowdown: cpuSlowdownFor(benchmarkIndex) };
		}
		const throttling = { cpuSlowdownMultiplier: calibration.slowdown };
		for (const { kind, path } of pages) {
			let lhr = await run(path, { onlyCategories: [...CATEGORIES], throttling });
			// A run slowed by other work on the machine measures the machine, not the page: run it again.
			for (
				let attempt = 1;
				attempt < ATTEMPTS && lhr.environment.benchmarkIndex < BUSY_SHARE * calibration.benchmarkIndex;
				attempt++
			)
				lhr = await run(path, { onlyCategories: [...CATEGORIES], throttling });
			const { categories, audits } = lhr;
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
			rows.push({ kind, path, scores, losing, benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) });
		}
	} finally {
		await browser.close();
		await server.close();
	}
	return { rows, calibration };
}
