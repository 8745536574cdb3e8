/** Chromium discovery lives with the scripts, which print the deck with it too. */
export * from '../../scripts/lib/browser.ts';
