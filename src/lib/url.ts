/**
 * Links inside the site are written root-relative (`/prompts/x/`); when the site is hosted under
 * a sub-path they must carry the base. Pure so that the rehype plugin and pages share it.
 */

/** Prefixes a root-relative path with `base` ("/" or "/sub/"); leaves other links alone. */
export function withBase(path: string, base: string): string {
	if (!path.startsWith('/') || path.startsWith('//')) return path;
	const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
	if (prefix === '' || path === prefix || path.startsWith(`${prefix}/`)) return path;
	return `${prefix}${path}`;
}
