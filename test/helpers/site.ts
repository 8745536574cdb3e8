/**
 * The built site and a Chromium for one browser-test file: served and launched before its tests,
 * closed after them. `extraArgs` go to Chromium (the fake microphone, for instance).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { DIST } from './paths.ts';
import { serveStatic, type ServeOptions, type StaticServer } from '../../scripts/lib/serve.ts';

export interface BuiltSite {
	/** The site's root URL, ending in a slash. */
	url: string;
	server: StaticServer;
	browser: Browser;
}

/** `serviceWorker: true` serves the offline worker too (see `ServeOptions`); off by default. */
export function useBuiltSite(extraArgs: readonly string[] = [], { serviceWorker = false }: ServeOptions = {}): BuiltSite {
	const site = {} as BuiltSite;
	beforeAll(async () => {
		site.server = await serveStatic(DIST, '/', { serviceWorker });
		site.url = site.server.url;
		site.browser = await launchBrowser(extraArgs);
	});
	afterAll(async () => {
		await site.browser?.close();
		await site.server?.close();
	});
	return site;
}

/**
 * A fresh profile on the site's browser (its own storage), with downloads allowed. A page error
 * fails the test. `acceptDialogs` says yes to every confirm(); leave it off to answer them in the
 * test. `javaScriptEnabled: false` shows the page as it is without scripts.
 */
export async function freshPage(
	site: BuiltSite,
	{ acceptDialogs = false, javaScriptEnabled = true }: { acceptDialogs?: boolean; javaScriptEnabled?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
	const context = await site.browser.newContext({ acceptDownloads: true, javaScriptEnabled });
	const page = await context.newPage();
	page.on('pageerror', (error) => {
		throw error;
	});
	if (acceptDialogs) page.on('dialog', (dialog) => void dialog.accept());
	return { context, page };
}
