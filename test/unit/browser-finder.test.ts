import { afterEach, describe, expect, it } from 'vitest';
import { findChromium, launchBrowser } from '../../scripts/lib/browser.ts';

const saved = process.env.CHROMIUM_PATH;
afterEach(() => {
	if (saved === undefined) delete process.env.CHROMIUM_PATH;
	else process.env.CHROMIUM_PATH = saved;
});

describe('finding Chromium', () => {
	it('uses CHROMIUM_PATH when it points at a file', () => {
		process.env.CHROMIUM_PATH = process.execPath;
		expect(findChromium()).toBe(process.execPath);
	});

	it('fails with one line that says how to install one when none is found', async () => {
		process.env.CHROMIUM_PATH = '/nowhere/chromium';
		const error = await launchBrowser().catch((e: Error) => e);
		expect(error).toBeInstanceOf(Error);
		expect((error as Error).message).toBe(
			'No Chromium found: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
		);
		expect((error as Error).stack).not.toContain('\n');
	});
});
