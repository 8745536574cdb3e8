/**
 * Visits a built page in Chromium and records what the privacy and security gates judge: every
 * request the page makes, every Content-Security-Policy violation, and uncaught errors.
 */
import type { Page } from 'playwright-core';

export interface Visit {
	/** Every URL the page requested, the page itself included. */
	requests: string[];
	/** CSP violations: from `securitypolicyviolation` events and from the console. */
	violations: string[];
	/** Uncaught exceptions in the page's scripts. */
	errors: string[];
}

/** Starts recording on `page`; call before the first `goto`. Returns the live record. */
export async function record(page: Page): Promise<Visit> {
	const visit: Visit = { requests: [], violations: [], errors: [] };
	page.on('request', (request) => visit.requests.push(request.url()));
	page.on('pageerror', (error) => visit.errors.push(error.message));
	page.on('console', (message) => {
		if (/Content.Security.Policy|Permissions-Policy/i.test(message.text())) visit.violations.push(message.text());
	});
	await page.exposeFunction('__prepViolation', (text: string) => visit.violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = (window as unknown as { __prepViolation: (t: string) => void }).__prepViolation;
			report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
		});
	});
	return visit;
}

/** Empties a record between pages. */
export function reset(visit: Visit) {
	visit.requests.length = 0;
	visit.violations.length = 0;
	visit.errors.length = 0;
}

/** Opens Starlight's search dialog, types `query` and waits for the first result. */
export async function search(page: Page, query: string) {
	const open = page.getByRole('button', { name: 'Search' });
	await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>('button[data-open-modal]')?.disabled);
	await open.click();
	await page.getByRole('dialog').getByRole('textbox', { name: 'Search' }).fill(query);
	await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
}
