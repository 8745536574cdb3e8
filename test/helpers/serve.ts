/** The static server lives with the scripts, which print the deck with it too. */
export * from '../../scripts/lib/serve.ts';
