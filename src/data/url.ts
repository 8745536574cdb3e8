import { withBase } from '../lib/url.ts';

/** A root-relative site path with this build's base path, for links in pages and components. */
export const url = (path: string) => withBase(path, import.meta.env.BASE_URL);
