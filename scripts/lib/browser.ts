/**
 * Finds and launches a Chromium for the browser tests and the deck PDF script. The browser comes
 * from the system (Debian's `chromium`), never from a download; where none is found they fail with
 * one line that says how to install one.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The Chromium to use: $CHROMIUM_PATH, then the usual install locations. */
export function findChromium(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	return CANDIDATES.find((path) => existsSync(path));
}

/** Launches headless Chromium with the flags this sandboxed, offline machine needs. */
/** `extraArgs` are added to the flags, e.g. the fake microphone for the recording test. */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
	const executablePath = findChromium();
	if (!executablePath) {
		const error = new Error(
			'No Chromium found: install one (Debian: apt-get install -y chromium) or set CHROMIUM_PATH to its executable.',
		);
		error.stack = error.message; // one line, no stack trace: the fix is all the reader needs
		throw error;
	}
	return chromium.launch({
		executablePath,
		headless: true,
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run',
			'--disable-quic',
			...extraArgs,
		],
	});
}
