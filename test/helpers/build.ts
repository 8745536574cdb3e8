/**
 * Runs `npm run build` from a test. Vitest puts Vite's own variables (BASE_URL, MODE, DEV, PROD,
 * SSR) and NODE_ENV=test into process.env; a child Astro build would take them for its own
 * settings (BASE_URL overrides the base path), so they are left out of the child's environment.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { ROOT } from './paths.ts';

const VITEST_ONLY = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'VITEST']);

/** `npm run build` in the project with `env` added to a clean copy of this process's environment. */
export function runBuild(env: Record<string, string>): SpawnSyncReturns<string> {
	const base = Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !VITEST_ONLY.has(key) && !key.startsWith('VITEST_')),
	);
	return spawnSync('npm', ['run', 'build'], { cwd: ROOT, env: { ...base, ...env }, encoding: 'utf8' });
}
