/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages share): a path pattern on its
 * own line, then indented `Name: value` lines; `#` starts a comment; `*` in a pattern matches
 * any run of characters. The test server uses it to answer as a static host would.
 */

export interface HeaderRule {
	/** The path pattern, e.g. `/*` or `/prompts/*`. */
	pattern: string;
	/** Header name → value. */
	headers: [string, string][];
}

/** Parses the file into rules, in file order. */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split(/\r?\n/)) {
		if (line.trim() === '' || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: [] });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" is not a "Name: value" line under a path`);
		rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
	}
	return rules;
}

const matcher = (pattern: string) =>
	new RegExp(
		`^${pattern
			.split('*')
			.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
			.join('.*')}$`,
	);

/** The headers every rule matching `path` adds, in file order. */
export function headersFor(rules: readonly HeaderRule[], path: string): [string, string][] {
	return rules.filter((rule) => matcher(rule.pattern).test(path)).flatMap((rule) => rule.headers);
}
