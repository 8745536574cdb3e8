/**
 * The built site and a Chromium for one browser-test file: served and launched before its tests,
 * closed after them. `extraArgs` go to Chromium (the fake microphone, for instance).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { DIST } from './paths.ts';
import { serveStatic, type StaticServer } from './serve.ts';

export interface BuiltSite {
	/** The site's root URL, ending in a slash. */
	url: string;
	server: StaticServer;
	browser: Browser;
}

export function useBuiltSite(extraArgs: readonly string[] = []): BuiltSite {
	const site = {} as BuiltSite;
	beforeAll(async () => {
		site.server = await serveStatic(DIST);
		site.url = site.server.url;
		site.browser = await launchBrowser(extraArgs);
	});
	afterAll(async () => {
		await site.browser?.close();
		await site.server?.close();
	});
	return site;
}
