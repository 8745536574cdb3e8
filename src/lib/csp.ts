/**
 * Content-Security-Policy helpers for the built site. Astro's `security.csp` hashes the scripts
 * and styles it bundles, but not `is:inline` scripts (Starlight's theme and sidebar scripts),
 * styles that components inside MDX hoist, nor `style=""` attributes. These functions find every
 * inline script, style and style attribute of a page, so that the build can complete the policy
 * with their hashes instead of falling back to `'unsafe-inline'`. Pure: text in, text out.
 */
import { createHash } from 'node:crypto';

/** A policy as directive name → sources, in the order they were written. */
export type Policy = Map<string, string[]>;

/** The inline code of a page that a policy must allow, each as a CSP hash source. */
export interface InlineHashes {
	/** Executable inline `<script>` elements (JSON data blocks are not scripts to CSP). */
	scripts: string[];
	/** Inline `<style>` elements. */
	styles: string[];
	/** Values of `style=""` attributes, allowed through `style-src-attr 'unsafe-hashes'`. */
	styleAttributes: string[];
}

/**
 * Hash sources already computed, by text. Every page repeats the same theme script and icon
 * style attributes (about 80 a page), so a build of hundreds of pages hashes each text once.
 */
const hashes = new Map<string, string>();

/** The CSP hash source of a text: `'sha256-…'`. */
export function hashSource(text: string): string {
	let source = hashes.get(text);
	if (source === undefined) {
		source = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
		hashes.set(text, source);
	}
	return source;
}

/** Parses `a x y; b z` into a policy; later repeats of a directive are ignored, as browsers do. */
export function parsePolicy(text: string): Policy {
	const policy: Policy = new Map();
	for (const part of text.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
		if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
	}
	return policy;
}

/** Writes a policy back as one header value. */
export const serializePolicy = (policy: Policy) => [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');

/** Adds sources to a directive, keeping its existing ones first and dropping duplicates. */
export function addSources(policy: Policy, directive: string, sources: readonly string[]): Policy {
	if (sources.length === 0) return policy;
	const next = new Map(policy);
	next.set(directive, [...new Set([...(policy.get(directive) ?? []), ...sources])]);
	return next;
}

/** The union of several policies: every source any of them allows, per directive. */
export function unionPolicies(policies: readonly Policy[]): Policy {
	const union: Policy = new Map();
	for (const policy of policies) {
		for (const [name, sources] of policy) union.set(name, [...new Set([...(union.get(name) ?? []), ...sources])]);
	}
	return union;
}

const EXECUTABLE = new Set(['', 'module', 'text/javascript', 'application/javascript']);
const decodeAttribute = (value: string) =>
	value
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** Every inline script, style and style attribute of a page, as hash sources. */
export function inlineHashes(html: string): InlineHashes {
	const scripts: string[] = [];
	for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const attributes = m[1]!;
		if (/\ssrc\s*=/i.test(attributes)) continue;
		const type = /\stype="([^"]*)"/i.exec(attributes)?.[1]?.toLowerCase() ?? '';
		if (EXECUTABLE.has(type)) scripts.push(hashSource(m[2]!));
	}
	const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => hashSource(m[1]!));
	// Attributes inside <script> text are code, not markup; strip scripts before looking.
	const markup = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
	const styleAttributes = [...markup.matchAll(/<[a-z][^>]*?\sstyle="([^"]*)"/gi)].map((m) => hashSource(decodeAttribute(m[1]!)));
	const unique = (list: string[]) => [...new Set(list)];
	return { scripts: unique(scripts), styles: unique(styles), styleAttributes: unique(styleAttributes) };
}

/**
 * Completes a page's policy with the hashes of its own inline code: scripts in `script-src`,
 * style elements in `style-src`, style attributes in `style-src-attr` with `'unsafe-hashes'`
 * (the only way to allow an attribute without `'unsafe-inline'`).
 */
export function completePolicy(policy: Policy, hashes: InlineHashes): Policy {
	let next = addSources(policy, 'script-src', hashes.scripts);
	next = addSources(next, 'style-src', hashes.styles);
	if (hashes.styleAttributes.length > 0)
		next = addSources(next, 'style-src-attr', ["'unsafe-hashes'", ...hashes.styleAttributes]);
	return next;
}

const META = /<meta http-equiv="content-security-policy" content="([^"]*)">/i;

/** The policy a page carries in its `<meta http-equiv>`, if any. */
export function metaPolicy(html: string): Policy | undefined {
	const match = META.exec(html);
	return match ? parsePolicy(decodeAttribute(match[1]!)) : undefined;
}

/** The page with its meta policy completed by its own inline hashes; unchanged without one. */
export function completePagePolicy(html: string): { html: string; policy?: Policy } {
	const policy = metaPolicy(html);
	if (!policy) return { html };
	const completed = completePolicy(policy, inlineHashes(html));
	const content = serializePolicy(completed).replace(/"/g, '&quot;');
	return {
		html: html.replace(META, () => `<meta http-equiv="content-security-policy" content="${content}">`),
		policy: completed,
	};
}

/**
 * Fills the `_headers` template (Netlify and Cloudflare Pages format): each `__CSP__` becomes the
 * site-wide policy. Directives only a header can carry (`frame-ancestors`) are added here, since
 * browsers ignore them in a meta tag.
 */
export function renderHeaders(template: string, policy: Policy): string {
	const header = serializePolicy(addSources(policy, 'frame-ancestors', ["'none'"]));
	return template.replace(/__CSP__/g, header);
}
