/**
 * Unit and schema tests run on plain modules, so they need none of Astro's Vite config (which
 * would load the content for the sidebar on every run). Build and browser tests read `dist/`,
 * which `npm test` builds first; they run one file at a time because they share a server port
 * range and Chromium is heavy on a 2-core machine.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		testTimeout: 60_000,
		hookTimeout: 180_000,
		fileParallelism: false,
		// Browser tests poll for what the page shows; on a loaded 2-core CI machine a microphone
		// or a search index can take seconds to answer, longer than the 1 s default.
		expect: { poll: { timeout: 10_000, interval: 50 } },
	},
});
