import { fileURLToPath } from 'node:url';

/** The project root, whatever folder the tests are started from. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The built site that `npm test` builds before the build and browser tests. */
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
