/**
 * Astro integration that turns the `__CSP__` placeholder of `public/_headers` into the union of
 * every built page's policy, so a static host sends the same policy as a header (plus
 * `frame-ancestors`, which only a header can carry). Each page's own meta policy was completed
 * with the hashes of its inline code as it was rendered (src/middleware.ts); a page without one
 * fails the build.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { metaPolicy, renderHeaders, unionPolicies, type Policy } from '../lib/csp.ts';

/** Every `.html` file under `dir`. */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return htmlFiles(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

/** Writes the static host's `_headers` file with the union of the built pages' policies. */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'prep-security-headers',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const policies: Policy[] = [];
				const bare: string[] = [];
				for (const file of htmlFiles(out)) {
					const policy = metaPolicy(readFileSync(file, 'utf8'));
					if (policy) policies.push(policy);
					else bare.push(file.slice(out.length));
				}
				if (bare.length > 0)
					throw new Error(`No Content-Security-Policy meta tag in: ${bare.join(', ')}. Is security.csp on in astro.config.mjs?`);
				const headersFile = join(out, '_headers');
				const template = readFileSync(headersFile, 'utf8');
				if (!template.includes('__CSP__'))
					throw new Error('public/_headers has no __CSP__ placeholder for the Content-Security-Policy.');
				writeFileSync(headersFile, renderHeaders(template, unionPolicies(policies)));
				logger.info(`Wrote _headers with the policies of ${policies.length} pages.`);
			},
		},
	};
}
