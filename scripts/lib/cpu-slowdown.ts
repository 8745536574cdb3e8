/**
 * The CPU slowdown that makes Lighthouse's simulated phone the same phone on this machine as on
 * the desktop its defaults assume. Lighthouse's mobile preset slows the host's CPU 4x, a figure
 * chosen for a fast desktop (a BenchmarkIndex near 1,500); on a slower host the same 4x stands
 * for a much slower phone, and Lighthouse itself then warns that the tested device "appears to
 * have a slower CPU than Lighthouse expects" and points to its calibration
 * (docs/throttling.md, "CPU throttling"). This is that calibration: the table of Lighthouse's
 * CPU throttling calculator, a straight line between its anchors.
 */

/** Lighthouse's calculator: a host's BenchmarkIndex and the slowdown that stands for its phone there. */
const ANCHORS: readonly [benchmarkIndex: number, slowdown: number][] = [
	[150, 1],
	[800, 2],
	[1300, 3],
	[1533, 4],
	[1766, 5],
	[2000, 6],
];

/** Lighthouse's default, for a host at or above the index its defaults assume. */
export const DEFAULT_SLOWDOWN = 4;

/**
 * The slowdown for a host of this BenchmarkIndex. Above the table the line goes on as Lighthouse's
 * does; below 150 a host is already as slow as the phone, so nothing is slowed.
 */
export function cpuSlowdownFor(benchmarkIndex: number): number {
	if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0) throw new Error(`Not a BenchmarkIndex: ${benchmarkIndex}`);
	if (benchmarkIndex <= ANCHORS[0]![0]) return 1;
	const upper = ANCHORS.findIndex(([index]) => index >= benchmarkIndex);
	const [[i0, s0], [i1, s1]] = upper === -1 ? [ANCHORS.at(-2)!, ANCHORS.at(-1)!] : [ANCHORS[upper - 1]!, ANCHORS[upper]!];
	return Math.round((s0 + ((benchmarkIndex - i0) * (s1 - s0)) / (i1 - i0)) * 100) / 100;
}

/** The middle of some readings: one busy moment during calibration should not set the slowdown. */
export function median(values: readonly number[]): number {
	if (!values.length) throw new Error('No readings');
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
